/** Request budgets: the batch route's figures, where they come from, and the 429 they end in. */
import { describe, expect, it } from "vitest";
import { batchBudget } from "@/lib/api/batch-rate-limit";
import { ApiError } from "@/lib/http/errors";
import { requestBudget } from "@/lib/http/request-budget";

const from = (address: string) => new Headers({ "x-forwarded-for": address });

/** The refusal `check` throws at `now`, or null when the request may go ahead. */
const refusal = (check: (h: Headers, now: number) => void, address: string, now: number): ApiError | null => {
  try {
    check(from(address), now);
    return null;
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
};

describe("batch budget", () => {
  it("allows a client 4 batches a minute and all clients 20, unless BATCH_REQUESTS_PER_MINUTE says otherwise", () => {
    expect(batchBudget({})).toMatchObject({ perClient: { capacity: 4, refillMs: 15_000 }, overall: { capacity: 20, refillMs: 3_000 } });
    expect(batchBudget({ BATCH_REQUESTS_PER_MINUTE: "10" })).toMatchObject({ perClient: { capacity: 10, refillMs: 6_000 }, overall: { capacity: 50, refillMs: 1_200 } });
  });

  it.each(["0", "-1", "2.5", "many"])("refuses to start with BATCH_REQUESTS_PER_MINUTE=%s", (value) => {
    expect(() => batchBudget({ BATCH_REQUESTS_PER_MINUTE: value })).toThrow(/BATCH_REQUESTS_PER_MINUTE/);
  });

  it("refuses a client's fifth batch with 429 and the seconds until the next one, then lets it back", () => {
    const check = requestBudget(batchBudget({}));
    for (let i = 0; i < 4; i++) expect(refusal(check, "192.0.2.1", 0)).toBeNull();
    const refused = refusal(check, "192.0.2.1", 0)!;
    expect(refused).toMatchObject({ status: 429, code: "rate_limited", message: "批量测算请求过于频繁，请 15 秒后再试", headers: { "Retry-After": "15" } });
    expect(refused.issues).toEqual([{ path: "", message: refused.message }]);
    expect(refusal(check, "192.0.2.2", 0)).toBeNull();
    expect(refusal(check, "192.0.2.1", 15_000)).toBeNull();
  });

  it("bounds all clients together, however many addresses they claim", () => {
    const check = requestBudget(batchBudget({}));
    const refused = Array.from({ length: 30 }, (_, i) => refusal(check, `10.0.0.${i}`, 0));
    expect(refused.filter((r) => r === null)).toHaveLength(20);
    expect(refused.at(-1)).toMatchObject({ status: 429, headers: { "Retry-After": "3" } });
  });
});
