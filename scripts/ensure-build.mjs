/**
 * The browser tests and the benchmarks run against a production build. Build only when there is
 * none or something it is made from changed since, which keeps reruns fast.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("..", import.meta.url));

const INPUTS = ["src", "policies", "public", "prisma", "package.json", "package-lock.json", "next.config.ts", "postcss.config.mjs", "tsconfig.json"];

const newest = (path) => {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
};

export const run = (command, args, env = {}) => spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;

/**
 * Returns the build's exit status: 0 when the build is current or was rebuilt. `distDir` (default
 * `.next`) and `env` make a build of another kind in a folder of its own (NEXT_DIST_DIR, next.config.ts).
 */
export const ensureBuild = ({ distDir = ".next", env = {} } = {}) => {
  const buildId = join(root, distDir, "BUILD_ID");
  const built = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  if (built >= Math.max(...INPUTS.map((p) => newest(join(root, p))))) return 0;
  console.log(built ? `Sources changed since the last build in ${distDir}: rebuilding.` : `No production build in ${distDir} yet: building.`);
  const tsconfig = join(root, "tsconfig.json");
  const before = readFileSync(tsconfig, "utf8");
  const status = run("npx", ["next", "build"], { ...env, NEXT_DIST_DIR: distDir });
  // A build into another folder makes Next add that folder to tsconfig's include list; it is not the project's.
  if (readFileSync(tsconfig, "utf8") !== before) writeFileSync(tsconfig, before);
  return status;
};
