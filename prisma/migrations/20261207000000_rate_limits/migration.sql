-- Rate-limit counters shared by every app process on one PostgreSQL server (see prisma/schema.prisma,
-- model RateLimit, and src/lib/rate-limit.ts). The layout is the one rate-limiter-flexible's
-- PostgreSQL store reads and writes (its own uses varchar(255); keys here are at most ~80 characters); it is created here so that the app never creates tables itself.

CREATE TABLE "rate_limits" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);
