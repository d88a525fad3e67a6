/**
 * The suites that run against the production server: `npm run test:fuzz` (tests/security) and
 * `npm run test:faults` (tests/faults). They start servers and databases of their own, so files run
 * one after another; the build is made once, before any of them, when it is missing or stale.
 */
import { defineConfig } from "vitest/config";
import base from "./vitest.config";

export default defineConfig({
  resolve: base.resolve,
  test: {
    include: ["tests/security/**/*.test.ts", "tests/faults/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/security/global-setup.ts"],
    fileParallelism: false,
    maxConcurrency: 8,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
