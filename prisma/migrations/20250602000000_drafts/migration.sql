-- What-if drafts of the regulator workspace (see prisma/schema.prisma, model Draft).

CREATE TABLE "drafts" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "policy_id" TEXT NOT NULL,
    "base_version" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "drafts_pkey" PRIMARY KEY ("id")
);
