/**
 * The words the full evaluation writes and the figures-only path leaves out: reasons, line notes
 * and statuses that no total shows. Each case pins a sentence the user reads (the mutation run found
 * these unpinned once the engine was compiled).
 */
import { describe, expect, it } from "vitest";
import { policyById } from "@policies/index";
import { evaluate } from "@/engine";
import type { Applicant, Fact } from "@/engine/types";

const run = (id: string, applicant: Applicant, asOf: string, facts: Fact[]) => evaluate({ policy: policyById.get(id)!, applicant, asOf, facts });

describe("words of reasons and notes", () => {
  it("names the kind of applicant a policy does not cover (松江区 is for organisations)", () => {
    const r = run("songjiang", { kind: "individual" }, "2030-11-25", [{ type: "standardization-pilot", level: "national", result: "excellent", date: "2028-09-02" }]);
    expect(r.reasons[0]).toMatchObject({ code: "kind-not-covered", message: "本政策适用对象不包括个人" });
  });

  it("gives each fact its own date reason, even when two facts have the same date", () => {
    const zone = { type: "quality-brand-zone", level: "national", date: "2024-01-01" };
    const r = run("changning", { kind: "organization" }, "2026-12-31", [zone, zone]);
    expect(r.reasons.filter((x) => x.code === "fact-outside-window").map((x) => x.fact)).toEqual([0, 1]);
  });

  it("notes on a line of an excluded applicant why the whole policy is closed to it, not the fact's reasons", () => {
    const r = run("jinshan", { kind: "organization", fundedBy: "full-budget" }, "2026-12-31", [
      { type: "quality-award", award: "shanghai-quality-gold-award", date: "2025-06-30" },
    ]);
    expect(r.lines[0]!.status).toBe("ineligible");
    expect(r.lines[0]!.notes).toEqual(["第三条：由各级财政预算全额拨款的单位不适用本细则"]);
  });

  it("says how far a measure is below a tier's threshold (临沂市（七）3 件)", () => {
    const r = run("linyi", { kind: "organization" }, "2028-01-31", [{ type: "high-value-patent-stock", count: 3 }]);
    expect(r.lines[0]!.notes).toEqual(["知识产权奖补资助（七）：3 件，未达到最低档“10 件（含）以上 20 件以下”"]);
  });

  it("calls a line that was worth nothing before any limit payable, not dropped", () => {
    const r = run("changning", { kind: "organization" }, "2026-12-31", [{ type: "certification", scheme: "ip-management-system", stage: "first", count: 12, amount: 11 }]);
    expect(r.lines[0]).toMatchObject({ item: "cn-11-ip-management", gross: { min: 0, max: 0 }, status: "payable" });
  });

  it("names the award a 就高 by amount kept, in the dropped line's note (长宁区 第31条)", () => {
    const r = run("changning", { kind: "organization" }, "2026-12-31", [
      { type: "quality-award", award: "china-quality-award-nomination", date: "2025-04-08" },
      { type: "quality-award", award: "shanghai-quality-gold-award", date: "2025-06-30" },
    ]);
    expect(r.lines[1]!.notes).toEqual(["第31条：政府质量奖按最高奖励额支持，不重复享受，已按“获得“中国质量奖提名奖”的单位”计，本项不再重复计算"]);
  });
});
