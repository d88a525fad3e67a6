/**
 * Reading the questionnaire's address, and the ＋ 事项 / 删除 buttons clicked before the page's
 * scripts run (applied by the server to ?s=, then a redirect).
 */
import { describe, expect, it } from "vitest";
import { addressAfter, initialState, readFormAction, type CalcState } from "@/features/questionnaire/initial-state";
import { decodeDraft, encodeDraft, encodeState } from "@/lib/share/codec";
import { jinshan } from "@policies/jinshan";
import { linyi } from "@policies/linyi";

const TODAY = "2026-03-15";
const ORG = { kind: "organization" as const };

const stateAt = (address: string): CalcState => {
  const url = new URL(address, "http://x");
  const decoded = decodeDraft(url.searchParams.get("s")!);
  if (!decoded.ok) throw new Error(decoded.error);
  const { policy: _policy, ...state } = decoded.draft;
  return state;
};

describe("the answers the page starts from", () => {
  it("a finished fact from a link means what the API makes of it: one unit, the calculation date", () => {
    const s = encodeState({ policy: "jinshan", asOf: "2025-09-01", applicant: ORG, facts: [{ type: "standard-project", scope: "national", action: "formulate", role: "lead" }] });
    expect(initialState(jinshan, s, TODAY).state.facts).toEqual([
      { type: "standard-project", scope: "national", action: "formulate", role: "lead", count: 1, date: "2025-09-01" },
    ]);
  });

  it("a finished undated stock from a link is dated as the API dates it: the year end before the calculation date", () => {
    const s = encodeState({ policy: "linyi", asOf: "2023-06-30", applicant: ORG, facts: [{ type: "high-value-patent-stock", count: 20 }] });
    expect(initialState(linyi, s, TODAY).state.facts).toEqual([{ type: "high-value-patent-stock", count: 20, date: "2022-12-31" }]);
  });

  it("an unfinished fact stays as it was left: no count, no date filled in", () => {
    const s = encodeDraft({ policy: "jinshan", asOf: "2025-09-01", applicant: ORG, facts: [{ type: "standard-project", scope: "national" }], incomplete: [0] });
    expect(initialState(jinshan, s, TODAY).state).toEqual({
      asOf: "2025-09-01",
      applicant: ORG,
      facts: [{ type: "standard-project", scope: "national" }],
      incomplete: [0],
    });
  });

  it("a broken address starts blank, today, and says why", () => {
    const { state, notice } = initialState(jinshan, "%%%", TODAY);
    expect(state).toEqual({ asOf: TODAY, applicant: ORG, facts: [], incomplete: [] });
    expect(notice).toBe("链接已损坏，无法读取。已从空白问卷开始。");
  });
});

describe("＋ 事项 and 删除 before the scripts run", () => {
  const blank: CalcState = { asOf: TODAY, applicant: ORG, facts: [], incomplete: [] };

  it("reads only the two actions the form's buttons send", () => {
    expect(readFormAction({ s: "x", add: "quality-award" })).toEqual({ add: "quality-award" });
    expect(readFormAction({ remove: "2" })).toEqual({ remove: 2 });
    expect(readFormAction({ remove: "-1" })).toBeUndefined();
    expect(readFormAction({ s: "x" })).toBeUndefined();
  });

  it("adds an unfinished entry — no award, no date — and points at its card", () => {
    const address = addressAfter(jinshan, blank, { add: "quality-award" });
    expect(address).toMatch(/^\/calc\/jinshan\?s=[^&#]+#fact-0$/);
    expect(stateAt(address)).toEqual({ ...blank, facts: [{ type: "quality-award" }], incomplete: [0] });
  });

  it("removes an entry and keeps the others' unfinished marks in place", () => {
    const state: CalcState = { ...blank, facts: [{ type: "quality-award" }, { type: "shanghai-standard", count: 1, date: TODAY }, { type: "quality-award" }], incomplete: [0, 2] };
    const address = addressAfter(jinshan, state, { remove: 0 });
    expect(address).toMatch(/#add-quality-award$/);
    expect(stateAt(address)).toEqual({ ...blank, facts: state.facts.slice(1), incomplete: [1] });
  });

  it("ignores a fact type the policy does not ask and a position past the end", () => {
    expect(stateAt(addressAfter(jinshan, blank, { add: "patent-grant" }))).toEqual(blank);
    expect(stateAt(addressAfter(jinshan, blank, { remove: 3 }))).toEqual(blank);
  });
});
