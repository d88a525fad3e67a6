/**
 * `npm run test:e2e`: build if needed (scripts/ensure-build.mjs), then the Playwright tests.
 * Arguments are passed on to `playwright test`.
 */
import { ensureBuild, run } from "./ensure-build.mjs";

const built = ensureBuild();
process.exit(built === 0 ? run("npx", ["playwright", "test", ...process.argv.slice(2)]) : built);
