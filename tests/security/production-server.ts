/**
 * The production server (`npm start`: scripts/serve.mjs on the production build) as the security,
 * fault and load tests see it: started on a free port with its own database, stopped or killed by
 * its process id.
 *
 * The script is run with node directly rather than through npm so that the pid is the server's
 * own: SIGKILL must hit the process that holds the database, and RSS samples must measure it.
 * `cluster: true` starts `npm run start:cluster` instead (WEB_CONCURRENCY processes); the pid is then
 * the primary's.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureBuild, root } from "../../scripts/ensure-build.mjs";

/** NEXT_DIST_DIR lets a developer test a build of their own without touching the shared `.next`. */
export const distDir = process.env.NEXT_DIST_DIR || ".next";

const SERVE = path.join(root, "scripts", "serve.mjs");

/**
 * Builds when needed (scripts/ensure-build.mjs: when missing or older than its sources), into
 * `distDir` with `env` set for the build (the load benchmark's build routes its reference route).
 */
export const ensureProductionBuild = ({ distDir: dir = distDir, env = {} }: { distDir?: string; env?: Record<string, string> } = {}): void => {
  const status = ensureBuild({ distDir: dir, env });
  if (status !== 0) throw new Error(`next build failed with status ${status}`);
};

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

export const tempDir = (prefix: string): string => mkdtempSync(path.join(tmpdir(), `policy-calc-${prefix}-`));

export interface ServerOptions {
  /** Extra environment, e.g. DATABASE_URL or PGLITE_DIR. Without either the server gets a fresh PGlite directory. */
  env?: Record<string, string>;
  port?: number;
  /** `npm run start:cluster`: set WEB_CONCURRENCY in env (and DATABASE_URL: several processes need a server). */
  cluster?: boolean;
  /** Node's own flags, before the script (the load benchmark's `--trace-gc-nvp`; start:cluster's processes inherit them). */
  nodeFlags?: string[];
  /** Reads what the server prints (otherwise ignored), as it comes. */
  onStdout?: (text: string) => void;
}

export interface ProductionServer {
  url: string;
  port: number;
  pid: number;
  pgliteDir: string | undefined;
  /** Everything the server wrote to stderr so far (capped), for assertions and failure messages. */
  stderr(): string;
  /** Sends `signal` and waits for the process to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Stops the server and removes the database directory startServer made for it (never one it was given). */
  dispose(): Promise<void>;
  exited: Promise<number | null>;
}

const STDERR_CAP = 256 * 1024;

const waitUntilAnswering = async (url: string, child: ChildProcess, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited with ${child.exitCode ?? child.signalCode}`);
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not answer within ${timeoutMs} ms`);
};

/** Spawns the server without waiting for it: for tests of a start-up that must fail. */
export const spawnServer = ({ env = {}, port, cluster = false, nodeFlags = [], onStdout }: ServerOptions & { port: number }) =>
  spawn(process.execPath, [...nodeFlags, SERVE, "-p", String(port), "-H", "127.0.0.1", ...(cluster ? ["--cluster"] : [])], {
    cwd: root,
    stdio: ["ignore", onStdout ? "pipe" : "ignore", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: "",
      // The tests play many clients behind one proxy, each named by the last X-Forwarded-For entry.
      TRUSTED_PROXIES: "1",
      ...env,
    },
  });

export const startServer = async ({ env = {}, port, cluster, nodeFlags, onStdout }: ServerOptions = {}): Promise<ProductionServer> => {
  const chosenPort = port ?? (await freePort());
  const pgliteDir = env.DATABASE_URL ? undefined : (env.PGLITE_DIR ?? tempDir("server-db"));
  const child = spawnServer({ env: { ...(pgliteDir ? { PGLITE_DIR: pgliteDir } : {}), ...env }, port: chosenPort, cluster, nodeFlags, onStdout });
  if (onStdout) child.stdout!.setEncoding("utf8").on("data", onStdout);
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
    if (stderr.length < STDERR_CAP) stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  const ownDir = env.DATABASE_URL || env.PGLITE_DIR ? undefined : pgliteDir;
  const url = `http://127.0.0.1:${chosenPort}`;
  try {
    await waitUntilAnswering(url, child, 60_000);
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${(error as Error).message}\n${stderr.slice(-4000)}`);
  }
  return {
    url,
    port: chosenPort,
    pid: child.pid!,
    pgliteDir,
    stderr: () => stderr,
    stop,
    dispose: async () => {
      await stop();
      if (ownDir) removeTempDir(ownDir);
    },
    exited,
  };
};

/** Removes a database directory the tests made; never anything outside the temp folder. */
export const removeTempDir = (dir: string | undefined): void => {
  if (dir && path.resolve(dir).startsWith(path.resolve(tmpdir()) + path.sep)) rmSync(dir, { recursive: true, force: true });
};
