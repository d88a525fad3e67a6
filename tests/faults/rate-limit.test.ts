/**
 * Rate limits on the production server: creating links and drafts (one budget, both store a row)
 * is limited per client and across all clients; a refusal is a 429 that says when to come back
 * (Retry-After, in seconds), and coming back then works.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectApiError } from "../integration/api-helpers";
import { removeTempDir, startServer, type ProductionServer } from "../security/production-server";
import { client, draft, postJson, profile } from "./traffic";

let server: ProductionServer;

beforeAll(async () => {
  server = await startServer();
}, 120_000);

afterAll(async () => {
  await server?.stop();
  removeTempDir(server?.pgliteDir);
});

const expectLimited = async (res: Response): Promise<number> => {
  await expectApiError(res, 429, "rate_limited");
  const retryAfter = res.headers.get("retry-after");
  expect(retryAfter).toMatch(/^[1-9]\d*$/);
  return Number(retryAfter);
};

describe("rate limits", () => {
  it("refuses one client's burst beyond its allowance with 429 + Retry-After, links and drafts alike, and lets it back after that wait", async () => {
    const me = { "x-forwarded-for": "203.0.113.7" };
    // All at once, so that no token is refilled while they arrive (one every 3 s). Three are drafts:
    // with a budget of their own, 23 would pass.
    const burst = await Promise.all(
      Array.from({ length: 25 }, (_, i) => (i % 8 === 7 ? postJson(`${server.url}/api/v1/drafts`, draft(i), me) : postJson(`${server.url}/api/v1/shares`, profile(i), me))),
    );
    expect(burst.filter((r) => r.status === 201).length).toBe(20);
    const refused = burst.filter((r) => r.status !== 201);
    expect(refused.length).toBe(5);
    const wait = Math.max(...(await Promise.all(refused.map(expectLimited))));
    expect(wait).toBeLessThanOrEqual(60);
    // Someone else is not affected, and evaluation is never limited by it.
    expect((await postJson(`${server.url}/api/v1/shares`, profile(21), { "x-forwarded-for": "203.0.113.8" })).status).toBe(201);
    expect((await postJson(`${server.url}/api/v1/evaluate`, profile(22), me)).status).toBe(200);
    await new Promise((r) => setTimeout(r, wait * 1000));
    expect((await postJson(`${server.url}/api/v1/shares`, profile(23), me)).status).toBe(201);
  });

  it("bounds link creation across all clients, however many addresses they claim", async () => {
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: 400 }, (_, i) => postJson(`${server.url}/api/v1/shares`, profile(i), { "x-forwarded-for": client(1_000 + i) })),
    );
    const seconds = (performance.now() - started) / 1000;
    const created = results.filter((r) => r.status === 201).length;
    const limited = results.filter((r) => r.status === 429);
    expect(created + limited.length).toBe(400);
    // A burst of 200, then ten a second (src/lib/share/creation-limit.ts), minus what the first test used.
    expect(created).toBeLessThanOrEqual(200 + Math.ceil(seconds * 10));
    expect(limited.length).toBeGreaterThan(0);
    await expectLimited(limited[0]!);
  });
});
