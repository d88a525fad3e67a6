/**
 * PostgreSQL frozen under the production server (SIGSTOP to the server and its backends: sockets
 * open, nothing answered, as with a hung host or a network black hole). Every request that needs
 * the database is answered 503 with Retry-After within a few seconds, also when more of them wait
 * than the pool has connections; evaluation keeps working; and after SIGCONT the same process
 * stores and reads links again by itself.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectApiError, TYPICAL_JINSHAN } from "../integration/api-helpers";
import { startServer, type ProductionServer } from "../security/production-server";
import { startPostgres, type PostgresServer } from "./postgres";
import { client, draft, postJson } from "./traffic";

/** The bound: a refusal within 5 s of asking. */
const PROMPT_MS = 5_000;

let pg: PostgresServer;
let server: ProductionServer;
let shareId = "";
let draftId = "";
let sent = 0;

const timed = async (label: string, request: () => Promise<Response>) => {
  const started = performance.now();
  const res = await request();
  const ms = performance.now() - started;
  expect(ms, `${label} answered after ${Math.round(ms)} ms`).toBeLessThan(PROMPT_MS);
  return res;
};

const expectUnavailable = async (res: Response) => {
  await expectApiError(res, 503, "database_unavailable");
  expect(res.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
};

/** Each from a client of its own, so the creation rate limit never answers first. */
const createShare = () => postJson(`${server.url}/api/v1/shares`, TYPICAL_JINSHAN, { "x-forwarded-for": client(++sent) }, 60_000);
const createDraft = () => postJson(`${server.url}/api/v1/drafts`, draft(++sent), { "x-forwarded-for": client(sent) }, 60_000);
const readDraft = () => fetch(`${server.url}/api/v1/drafts/${draftId}`, { signal: AbortSignal.timeout(60_000) });

beforeAll(async () => {
  pg = await startPostgres();
  server = await startServer({ env: { DATABASE_URL: pg.url } });
  const share = await createShare();
  expect(share.status).toBe(201);
  shareId = ((await share.json()) as { id: string }).id;
  const saved = await createDraft();
  expect(saved.status).toBe(201);
  draftId = ((await saved.json()) as { id: string }).id;
}, 180_000);

afterAll(async () => {
  pg?.thaw();
  await server?.stop();
  pg?.dispose();
});

describe("PostgreSQL frozen", () => {
  it("answers 503 with Retry-After within 5 s on every route that needs it, twelve at a time too", async () => {
    pg.freeze();
    await expectUnavailable(await timed("POST /api/v1/shares", createShare));
    await expectUnavailable(await timed("POST /api/v1/drafts", createDraft));
    await expectUnavailable(await timed("GET /api/v1/drafts/{id}", readDraft));
    // More waiting at once than the pool's ten connections: none may queue behind another's bound.
    const burst = await Promise.all(Array.from({ length: 12 }, (_, i) => timed(`request ${i} of 12`, i % 3 === 2 ? readDraft : createShare)));
    for (const res of burst) await expectUnavailable(res);
    const evaluate = await timed("POST /api/v1/evaluate", () => postJson(`${server.url}/api/v1/evaluate`, TYPICAL_JINSHAN));
    expect(evaluate.status).toBe(200);
    expect(server.stderr()).not.toMatch(/unexpected error/);
  }, 120_000);

  it("recovers by itself once the server runs again: no restart, nothing lost", async () => {
    pg.thaw();
    let status = 0;
    for (let tries = 0; tries < 40 && status !== 201; tries++) {
      status = (await createShare()).status;
      if (status !== 201) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(201);
    expect((await fetch(`${server.url}/s/${shareId}`)).status).toBe(200);
    expect(await (await readDraft()).json()).toMatchObject({ id: draftId });
    expect((await createDraft()).status).toBe(201);
  }, 60_000);
});
