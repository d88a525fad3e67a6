import { describe, expect, it } from "vitest";
import { DatabaseTimeout, serialised } from "@/lib/db/bounded";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";

const never = () => new Promise<never>(() => undefined);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("serialised calls with a bound (the embedded database)", () => {
  it("runs calls one at a time, in order", async () => {
    const inTurn = serialised(1_000);
    const log: string[] = [];
    const call = (name: string, ms: number) => inTurn(async () => (log.push(`${name}>`), await sleep(ms), log.push(`<${name}`), name));
    expect(await Promise.all([call("a", 30), call("b", 1), call("c", 10)])).toEqual(["a", "b", "c"]);
    expect(log).toEqual(["a>", "<a", "b>", "<b", "c>", "<c"]);
  });

  it("answers a DatabaseTimeout after the bound, and calls queued behind a stuck one never run", async () => {
    const inTurn = serialised(100);
    let stuckDone = (): void => undefined;
    const stuck = inTurn(() => new Promise<void>((resolve) => (stuckDone = resolve)));
    let ran = 0;
    const queued = Array.from({ length: 5 }, () => inTurn(async () => void ran++));
    const started = performance.now();
    const results = await Promise.allSettled([stuck, ...queued]);
    expect(performance.now() - started).toBeLessThan(1_000);
    for (const r of results) {
      expect(r.status).toBe("rejected");
      const reason = (r as PromiseRejectedResult).reason as unknown;
      expect(reason).toBeInstanceOf(DatabaseTimeout);
      expect(isDatabaseUnavailable(reason)).toBe(true);
    }
    // The stuck call ends: the abandoned ones are skipped, later ones run again.
    stuckDone();
    expect(await inTurn(async () => "after")).toBe("after");
    expect(ran).toBe(0);
  });

  it("does not let a slow call's failure or a timed-out caller block the next", async () => {
    const inTurn = serialised(50);
    await expect(inTurn(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(inTurn(never)).rejects.toBeInstanceOf(DatabaseTimeout);
  });
});
