-- Share links and the policy data they were computed with (see prisma/schema.prisma).

CREATE TABLE "policy_snapshots" (
    "version" TEXT NOT NULL,
    "policy_id" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "policy_snapshots_pkey" PRIMARY KEY ("version")
);

CREATE TABLE "shares" (
    "id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "policy_id" TEXT NOT NULL,
    "policy_version" TEXT NOT NULL,
    "request" JSONB NOT NULL,
    "result" JSONB NOT NULL,

    CONSTRAINT "shares_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "shares_policy_version_idx" ON "shares"("policy_version");

ALTER TABLE "shares" ADD CONSTRAINT "shares_policy_version_fkey" FOREIGN KEY ("policy_version") REFERENCES "policy_snapshots"("version") ON DELETE RESTRICT ON UPDATE CASCADE;
