import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./src", import.meta.url)),
      "@policies": fileURLToPath(new URL("./policies", import.meta.url)),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    // Handler tests evaluate far faster than any client would; the budget itself is tested with its
    // own figures (tests/unit/http/request-budget.test.ts) and on the production server (tests/faults).
    env: { EVALUATE_REQUESTS_PER_SECOND: "1000000" },
  },
});
