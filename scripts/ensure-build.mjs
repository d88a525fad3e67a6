/**
 * The browser tests and the UI benchmark run against the production build. Build only when there
 * is none or something it is made from changed since, which keeps reruns fast.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("..", import.meta.url));

const BUILD_ID = join(root, ".next", "BUILD_ID");
const INPUTS = ["src", "policies", "public", "prisma", "package.json", "package-lock.json", "next.config.ts", "postcss.config.mjs", "tsconfig.json"];

const newest = (path) => {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
};

export const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: "inherit" }).status ?? 1;

/** Returns the build's exit status: 0 when the build is current or was rebuilt. */
export const ensureBuild = () => {
  const built = existsSync(BUILD_ID) ? statSync(BUILD_ID).mtimeMs : 0;
  if (built >= Math.max(...INPUTS.map((p) => newest(join(root, p))))) return 0;
  console.log(built ? "Sources changed since the last build: rebuilding." : "No production build yet: building.");
  return run("npx", ["next", "build"]);
};
