/**
 * Browser tests in real Chromium (the system one: nothing is downloaded at install time) against the
 * production build. `npm run test:e2e` builds first when the build is missing or stale
 * (scripts/e2e.mjs); `npx playwright test` expects a current build.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);

// Share links write to the database, so the server under test gets its own empty one. Set once in
// the runner process; the workers inherit it instead of making their own.
process.env.E2E_PGLITE_DIR ??= mkdtempSync(path.join(tmpdir(), "policy-calc-e2e-"));

export default defineConfig({
  testDir: "tests/e2e",
  // Two cores: one worker keeps the server and the browser from starving each other.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-gpu"],
    },
  },
  projects: [
    { name: "desktop", use: { viewport: { width: 1280, height: 900 } } },
    { name: "mobile", use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
  ],
  webServer: {
    command: `npm run start -- -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
    env: { PGLITE_DIR: process.env.E2E_PGLITE_DIR, DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1" },
  },
});
