/**
 * Rate limits on the production server: creating links and drafts (one budget, both store a row)
 * and batch evaluation (its own budget, a few a minute) are limited per client and across all
 * clients; a refusal is a 429 that says when to come back (Retry-After, in seconds), and coming
 * back then works.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectApiError } from "../integration/api-helpers";
import { startServer, type ProductionServer } from "../security/production-server";
import { client, draft, postJson, profile } from "./traffic";

let server: ProductionServer;

beforeAll(async () => {
  server = await startServer();
}, 120_000);

afterAll(async () => {
  await server?.dispose();
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

  it("refuses one client's fifth batch in a minute with 429 + Retry-After before reading it, and nobody else's", async () => {
    const me = { "x-forwarded-for": "203.0.113.9" };
    const batch = (i: number) => ({ policy: "jinshan", asOf: "2025-09-30", applicants: [{ id: `a${i}`, applicant: profile(i).applicant, facts: profile(i).facts }] });
    const burst = await Promise.all(Array.from({ length: 6 }, (_, i) => postJson(`${server.url}/api/v1/batch`, batch(i), me)));
    expect(burst.filter((r) => r.status === 200).length).toBe(4);
    const refused = burst.filter((r) => r.status !== 200);
    expect(refused.length).toBe(2);
    for (const res of refused) expect(await expectLimited(res)).toBeLessThanOrEqual(15);
    // Refused before the body is read: a 40 MB upload gets the same answer, promptly.
    const started = performance.now();
    const big = await fetch(`${server.url}/api/v1/batch?policy=jinshan`, { method: "POST", headers: { "content-type": "text/csv", ...me }, body: new Uint8Array(40_000_000).fill(0x41) });
    await expectLimited(big);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect((await postJson(`${server.url}/api/v1/batch`, batch(9), { "x-forwarded-for": "203.0.113.10" })).status).toBe(200);
    expect((await postJson(`${server.url}/api/v1/evaluate`, profile(9), me)).status).toBe(200);
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
