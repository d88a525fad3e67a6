-- Short links may carry the applicant's name, typed by the user before sharing (NULL unless they did),
-- and the server keeps the key it signs self-contained result links with (see prisma/schema.prisma).

ALTER TABLE "shares" ADD COLUMN "applicant_name" TEXT;

CREATE TABLE "app_secrets" (
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_secrets_pkey" PRIMARY KEY ("name")
);
