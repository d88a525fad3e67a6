/**
 * A PostgreSQL server of the fault tests' own, in a temporary directory on a free port, that they
 * stop, crash and start again (the shared DATABASE_URL_TEST server of .ci/run must never be
 * stopped). The binaries come from the Debian package (`apt-get install -y postgresql`); as root,
 * PostgreSQL runs as the postgres user, which it insists on.
 */
import { spawnSync } from "node:child_process";
import { chownSync, existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { freePort, removeTempDir, tempDir } from "../security/production-server";

const binDir = (): string => {
  const root = "/usr/lib/postgresql";
  const version = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a))[0] : undefined;
  const dir = process.env.PG_BIN ?? (version && path.join(root, version, "bin"));
  if (!dir || !existsSync(path.join(dir, "pg_ctl"))) {
    throw new Error("PostgreSQL is not installed: apt-get install -y postgresql (or set PG_BIN to the folder of pg_ctl)");
  }
  return dir;
};

const asRoot = process.getuid?.() === 0;

const run = (bin: string, args: string[]): string => {
  const [command, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
  const result = spawnSync(command, argv, { encoding: "utf8", timeout: 120_000 });
  if (result.status !== 0) throw new Error(`${path.basename(bin)} ${args.join(" ")} failed:\n${result.stdout}${result.stderr}`);
  return result.stdout;
};

export interface PostgresServer {
  url: string;
  /** "fast" is an orderly shutdown; "immediate" is a crash: no checkpoint, recovery from the WAL on start. */
  stop(mode: "fast" | "immediate"): void;
  start(): void;
  /** SIGSTOP to the server and every backend: it holds its sockets open and answers nothing, like a hung host. */
  freeze(): void;
  /** SIGCONT to the same processes. */
  thaw(): void;
  log(): string;
  dispose(): void;
}

export const startPostgres = async (): Promise<PostgresServer> => {
  const bin = binDir();
  const dataDir = tempDir("postgres");
  if (asRoot) {
    const pg = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
    const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
    chownSync(dataDir, Number(pg.stdout), Number(gid.stdout));
  }
  const port = await freePort();
  const logFile = path.join(dataDir, "server.log");
  const pgData = path.join(dataDir, "data");
  run(path.join(bin, "initdb"), ["-D", pgData, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"]);
  const start = () =>
    run(path.join(bin, "pg_ctl"), ["-D", pgData, "-l", logFile, "-w", "-t", "60", "-o", `-p ${port} -k ${dataDir} -c listen_addresses=127.0.0.1`, "start"]);
  const stop = (mode: "fast" | "immediate") => run(path.join(bin, "pg_ctl"), ["-D", pgData, "-m", mode, "-w", "stop"]);
  start();
  /** The postmaster (first line of postmaster.pid) and its children, read from /proc. */
  const processes = (): number[] => {
    const postmaster = Number(readFileSync(path.join(pgData, "postmaster.pid"), "utf8").split("\n")[0]);
    const children = readdirSync("/proc")
      .filter((name) => /^\d+$/.test(name))
      .filter((pid) => {
        try {
          // Field 4 of /proc/PID/stat, after the parenthesised command name, is the parent's pid.
          return Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")[1]) === postmaster;
        } catch {
          return false; // exited meanwhile
        }
      })
      .map(Number);
    return [postmaster, ...children];
  };
  const signal = (name: NodeJS.Signals) => {
    for (const pid of processes()) process.kill(pid, name);
  };
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop,
    start,
    freeze: () => signal("SIGSTOP"),
    thaw: () => signal("SIGCONT"),
    log: () => (existsSync(logFile) ? readFileSync(logFile, "utf8") : ""),
    dispose: () => {
      try {
        stop("immediate");
      } catch {
        // already stopped
      }
      removeTempDir(dataDir);
    },
  };
};
