import { describe, expect, it } from "vitest";
import { inTurn } from "@/lib/batch/upload-queue";

const later = <T>(ms: number, value: T, log: string[], name: string) => async () => {
  log.push(`${name} starts`);
  await new Promise((r) => setTimeout(r, ms));
  log.push(`${name} ends`);
  if (value instanceof Error) throw value;
  return value;
};

describe("large uploads in turn", () => {
  it("starts each only when the one before has ended, failed or not, and gives each its own answer", async () => {
    const log: string[] = [];
    const a = inTurn(later(30, "a", log, "a"));
    const b = inTurn(later(5, new Error("b failed"), log, "b"));
    const c = inTurn(later(1, "c", log, "c"));
    await expect(a).resolves.toBe("a");
    await expect(b).rejects.toThrow("b failed");
    await expect(c).resolves.toBe("c");
    expect(log).toEqual(["a starts", "a ends", "b starts", "b ends", "c starts", "c ends"]);
  });
});
