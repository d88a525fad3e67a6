/**
 * Runs after `npm install` (the package's postinstall): generates the Prisma client into
 * src/generated/prisma (gitignored) so a fresh clone builds and tests with no extra step.
 *
 * Prisma's CLI insists on locating its native schema engine even for `generate`, which never runs
 * it, and that binary cannot be downloaded on every machine. Pointing it at any executable that
 * exists is enough; migrations do not use it either (the app applies prisma/migrations itself).
 */
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(dirname(createRequire(import.meta.url).resolve("prisma/package.json")), "build", "index.js");

execFileSync(process.execPath, [cli, "generate", "--schema", join(root, "prisma", "schema.prisma")], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
