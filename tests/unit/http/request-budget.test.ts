/** Request budgets: the batch and evaluate figures, where they come from, and the 429 they end in (in memory: the embedded database). */
import { describe, expect, it } from "vitest";
import { batchBudget } from "@/lib/api/batch-rate-limit";
import { evaluateBudget } from "@/lib/api/evaluate-rate-limit";
import { ApiError } from "@/lib/http/errors";
import { requestBudget } from "@/lib/http/request-budget";

const from = (address: string) => new Headers({ "x-forwarded-for": address });

/** The refusal `check` throws, or null when the request may go ahead. */
const refusal = async (check: (h: Headers) => Promise<void>, address: string): Promise<ApiError | null> => {
  try {
    await check(from(address));
    return null;
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
};

describe("batch budget", () => {
  it("allows a client 4 batches a minute and all clients 20, unless BATCH_REQUESTS_PER_MINUTE says otherwise", () => {
    expect(batchBudget({})).toMatchObject({ perClient: { points: 4, seconds: 60 }, overall: { points: 20, seconds: 60 } });
    expect(batchBudget({ BATCH_REQUESTS_PER_MINUTE: "10" })).toMatchObject({ perClient: { points: 10, seconds: 60 }, overall: { points: 50, seconds: 60 } });
  });

  it.each(["0", "-1", "2.5", "many"])("refuses to start with BATCH_REQUESTS_PER_MINUTE=%s", (value) => {
    expect(() => batchBudget({ BATCH_REQUESTS_PER_MINUTE: value })).toThrow(/BATCH_REQUESTS_PER_MINUTE/);
  });

  it("refuses a client's fifth batch with 429 and the seconds until the minute is over; others go on", async () => {
    const check = requestBudget({ ...batchBudget({}), name: "batch-test-1" });
    for (let i = 0; i < 4; i++) expect(await refusal(check, "192.0.2.1")).toBeNull();
    const refused = (await refusal(check, "192.0.2.1"))!;
    expect(refused).toMatchObject({ status: 429, code: "rate_limited", headers: { "Retry-After": "60" } });
    expect(refused.message).toBe("批量测算请求过于频繁，请 60 秒后再试");
    expect(refused.issues).toEqual([{ path: "", message: refused.message }]);
    expect(await refusal(check, "192.0.2.2")).toBeNull();
  });

  it("bounds all clients together, however many addresses they claim", async () => {
    const check = requestBudget({ ...batchBudget({}), name: "batch-test-2" });
    const refused = [];
    for (let i = 0; i < 30; i++) refused.push(await refusal(check, `10.0.0.${i}`));
    expect(refused.filter((r) => r === null)).toHaveLength(20);
    expect(refused.at(-1)).toMatchObject({ status: 429 });
  });
});

describe("evaluate budget", () => {
  it("allows a client 50 evaluations a second unless EVALUATE_REQUESTS_PER_SECOND says otherwise, with no budget shared by all", () => {
    expect(evaluateBudget({})).toEqual({ name: "evaluate", perClient: { points: 50, seconds: 1, localAllowance: 10 }, refusal: "测算请求过于频繁" });
    expect(evaluateBudget({ EVALUATE_REQUESTS_PER_SECOND: "500" }).perClient.points).toBe(500);
    expect(() => evaluateBudget({ EVALUATE_REQUESTS_PER_SECOND: "0" })).toThrow(/EVALUATE_REQUESTS_PER_SECOND/);
  });

  it("refuses the 51st in a second with Retry-After 1, only for that client, and lets it back a second later", async () => {
    const check = requestBudget({ ...evaluateBudget({}), name: "evaluate-test" });
    const mine = await Promise.all(Array.from({ length: 51 }, () => refusal(check, "192.0.2.9")));
    expect(mine.filter((r) => r === null)).toHaveLength(50);
    expect(mine.find((r) => r !== null)).toMatchObject({ status: 429, headers: { "Retry-After": "1" } });
    expect(await refusal(check, "192.0.2.10")).toBeNull();
    await new Promise((r) => setTimeout(r, 1_100));
    expect(await refusal(check, "192.0.2.9")).toBeNull();
  });
});
