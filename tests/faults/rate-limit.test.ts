/**
 * Rate limits on the production server: creating links and drafts (one budget, both store a row)
 * and batch evaluation (its own budget, a few a minute) are limited per client and across all
 * clients, evaluation per client only; a refusal is a 429 that says when to come back (Retry-After,
 * in seconds), and coming back then works. The client is whom the trusted proxy names, or the
 * socket's address when none is trusted, never what a client writes in X-Forwarded-For.
 * (Counters shared by several processes: several-processes.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { expectApiError, TYPICAL_JINSHAN } from "../integration/api-helpers";
import { startServer } from "../security/production-server";
import { serverForFile } from "../security/server-for-file";
import { client, draft, postJson, profile } from "./traffic";

// Evaluation at 5 a second per client rather than 50: a loaded machine may answer fewer than 50 a second.
const production = serverForFile({ env: { EVALUATE_REQUESTS_PER_SECOND: "5" } });

const expectLimited = async (res: Response): Promise<number> => {
  await expectApiError(res, 429, "rate_limited");
  const retryAfter = res.headers.get("retry-after");
  expect(retryAfter).toMatch(/^[1-9]\d*$/);
  return Number(retryAfter);
};

describe("rate limits", () => {
  it("refuses one client's burst beyond its allowance with 429 + Retry-After, links and drafts alike, and lets it back after that wait", async () => {
    const me = { "x-forwarded-for": "203.0.113.7" };
    // All at once, within one window. Three are drafts: with a budget of their own, 23 would pass.
    const burst = await Promise.all(
      Array.from({ length: 25 }, (_, i) => (i % 8 === 7 ? postJson(`${production().url}/api/v1/drafts`, draft(i), me) : postJson(`${production().url}/api/v1/shares`, profile(i), me))),
    );
    expect(burst.filter((r) => r.status === 201).length).toBe(20);
    const refused = burst.filter((r) => r.status !== 201);
    expect(refused.length).toBe(5);
    const wait = Math.max(...(await Promise.all(refused.map(expectLimited))));
    expect(wait).toBeLessThanOrEqual(60);
    // Someone else is not affected, and evaluation is never limited by it.
    expect((await postJson(`${production().url}/api/v1/shares`, profile(21), { "x-forwarded-for": "203.0.113.8" })).status).toBe(201);
    expect((await postJson(`${production().url}/api/v1/evaluate`, profile(22), me)).status).toBe(200);
    await new Promise((r) => setTimeout(r, wait * 1000));
    expect((await postJson(`${production().url}/api/v1/shares`, profile(23), me)).status).toBe(201);
  });

  it("refuses one client's fifth batch in a minute with 429 + Retry-After before reading it, and nobody else's", async () => {
    const me = { "x-forwarded-for": "203.0.113.9" };
    const batch = (i: number) => ({ policy: "jinshan", asOf: "2025-09-30", applicants: [{ id: `a${i}`, applicant: profile(i).applicant, facts: profile(i).facts }] });
    const burst = await Promise.all(Array.from({ length: 6 }, (_, i) => postJson(`${production().url}/api/v1/batch`, batch(i), me)));
    expect(burst.filter((r) => r.status === 200).length).toBe(4);
    const refused = burst.filter((r) => r.status !== 200);
    expect(refused.length).toBe(2);
    for (const res of refused) expect(await expectLimited(res)).toBeLessThanOrEqual(60);
    // Refused before the body is read: a 40 MB upload gets the same answer, promptly.
    const started = performance.now();
    const big = await fetch(`${production().url}/api/v1/batch?policy=jinshan`, { method: "POST", headers: { "content-type": "text/csv", ...me }, body: new Uint8Array(40_000_000).fill(0x41) });
    await expectLimited(big);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect((await postJson(`${production().url}/api/v1/batch`, batch(9), { "x-forwarded-for": "203.0.113.10" })).status).toBe(200);
    expect((await postJson(`${production().url}/api/v1/evaluate`, profile(9), me)).status).toBe(200);
  });

  it("bounds link creation across all clients, however many addresses they claim", async () => {
    const started = performance.now();
    const results: { status: number; at: number }[] = [];
    // Sixteen at a time: what a busy proxy sends, not what exhausts the embedded database's queue.
    for (let i = 0; i < 700; i += 16) {
      const batch = Array.from({ length: Math.min(16, 700 - i) }, (_, j) => postJson(`${production().url}/api/v1/shares`, profile(i + j), { "x-forwarded-for": client(1_000 + i + j) }));
      for (const res of await Promise.all(batch)) {
        results.push({ status: res.status, at: performance.now() - started });
        if (res.status === 429) await expectLimited(res);
      }
    }
    expect(results.every((r) => r.status === 201 || r.status === 429)).toBe(true);
    // 600 a minute for all clients together (src/lib/share/creation-limit.ts): the shared window
    // opened with the first of these, so whatever was answered within a minute of starting is in it.
    expect(results.filter((r) => r.status === 201 && r.at < 60_000).length).toBeLessThanOrEqual(600);
    // Refusals show only if the 700 arrived within the minute (a loaded machine may be slower).
    if (results.at(-1)!.at < 60_000) expect(results.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(100);
  });

  it("gives every client its fair share of evaluation: one asking too fast is refused, others are not", async () => {
    const greedy = { "x-forwarded-for": "203.0.113.70" };
    const started = performance.now();
    const burst = await Promise.all(Array.from({ length: 30 }, () => postJson(`${production().url}/api/v1/evaluate`, TYPICAL_JINSHAN, greedy)));
    const windows = Math.ceil((performance.now() - started) / 1000) + 1;
    const answered = burst.filter((r) => r.status === 200).length;
    const refused = burst.filter((r) => r.status === 429);
    expect(answered + refused.length).toBe(30);
    expect(answered).toBeLessThanOrEqual(5 * windows);
    expect(refused.length).toBeGreaterThan(0);
    expect(await expectLimited(refused[0]!)).toBe(1);
    expect((await postJson(`${production().url}/api/v1/evaluate`, TYPICAL_JINSHAN, { "x-forwarded-for": "203.0.113.71" })).status).toBe(200);
    expect((await postJson(`${production().url}/api/v1/compare`, { ...TYPICAL_JINSHAN, policy: undefined }, { "x-forwarded-for": "203.0.113.72" })).status).toBe(200);
  });
});

describe("the client's address with no trusted proxy", () => {
  it("is the socket's: addresses written in X-Forwarded-For do not make a client many", async () => {
    const direct = await startServer({ env: { TRUSTED_PROXIES: "0" } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 22; i++) statuses.push((await postJson(`${direct.url}/api/v1/shares`, profile(i), { "x-forwarded-for": client(5_000 + i) })).status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(20);
      expect(statuses.slice(20)).toEqual([429, 429]);
    } finally {
      await direct.dispose();
    }
  });
});
