/**
 * A server whose start-up fails ends with a message and a non-zero status, instead of staying up
 * and answering 500 to everything, health included (as it did on a locked embedded database).
 */
import { once } from "node:events";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/database";
import { freePort, removeTempDir, spawnServer, startServer, tempDir, type ProductionServer } from "../security/production-server";

/** Starts the server and waits for it to end; fails the test if it is still running after `ms`. */
const exitOf = async (env: Record<string, string>, options: { cluster?: boolean } = {}, ms = 90_000) => {
  const port = await freePort();
  const child = spawnServer({ env, port, ...options });
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill("SIGKILL"), ms);
  const [code, signal] = (await once(child, "exit")) as [number | null, NodeJS.Signals | null];
  clearTimeout(timer);
  return { code, signal, stderr, port };
};

const dirs: string[] = [];
const ownDir = (name: string) => {
  const dir = tempDir(name);
  dirs.push(dir);
  return dir;
};
let first: ProductionServer | undefined;

afterAll(async () => {
  await first?.stop();
  for (const dir of dirs) removeTempDir(dir);
});

describe("a start-up that fails ends the process", () => {
  it("on an embedded database another live server holds", async () => {
    const dir = ownDir("locked");
    first = await startServer({ env: { PGLITE_DIR: dir } });
    const second = await exitOf({ PGLITE_DIR: dir });
    expect(second.signal).toBeNull();
    expect(second.code).not.toBe(0);
    expect(second.stderr).toMatch(/start-up failed: 数据目录 .* 正被进程 \d+ 使用/);
    // The first one is untouched.
    expect((await fetch(`${first.url}/api/v1/health`)).status).toBe(200);
  });

  it("on a DATABASE_URL that is not a PostgreSQL address", async () => {
    const { code, signal, stderr } = await exitOf({ DATABASE_URL: "mysql://localhost/calc" });
    expect(signal).toBeNull();
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/start-up failed: DATABASE_URL must be a PostgreSQL address/);
    expect(stderr).not.toContain("mysql://localhost/calc");
  });

  it("on a migration that cannot be applied", async () => {
    const dir = ownDir("tampered");
    const db = await openDatabase({ pgliteDir: dir });
    await db.driver.exec("UPDATE schema_migrations SET checksum = 'edited' WHERE name = (SELECT min(name) FROM schema_migrations)");
    await db.close();
    const { code, signal, stderr } = await exitOf({ PGLITE_DIR: dir });
    expect(signal).toBeNull();
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/start-up failed: 迁移文件 .* 在应用后被修改过/);
  });

  it("on a mistyped setting", async () => {
    const { code, stderr } = await exitOf({ PGLITE_DIR: ownDir("setting"), TRUSTED_PROXIES: "all" });
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/TRUSTED_PROXIES must be a whole number/);
  });

  it("for start:cluster whose processes fail to start, instead of starting them again for ever", async () => {
    const { code, stderr } = await exitOf({ DATABASE_URL: "mysql://localhost/calc", WEB_CONCURRENCY: "2" }, { cluster: true });
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/a server process failed to start/);
    expect(stderr.match(/start-up failed/g)?.length ?? 0).toBeLessThanOrEqual(2);
  });

  it("for start:cluster on the embedded database, which one process only may open", async () => {
    const { code, stderr } = await exitOf({ PGLITE_DIR: ownDir("cluster"), WEB_CONCURRENCY: "2" }, { cluster: true });
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/several processes need a PostgreSQL server/);
  });
});
