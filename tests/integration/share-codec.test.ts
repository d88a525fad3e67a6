/** The pieces of share links that need no database: codec, ids, rate limiting, diffs. */
import LZString from "lz-string";
import { describe, expect, it } from "vitest";
import { evaluate, policyVersion } from "@/engine";
import { decodeDraft, decodeState, editPath, encodeDraft, encodeState, selfContainedPath, type DraftState } from "@/lib/share/codec";
import { describeLineChange, diffEvaluations, diffPolicies } from "@/lib/share/diff";
import { isShortId, newShortId, SHORT_ID_LENGTH } from "@/lib/share/short-id";
import { jinshan, revisedJinshan as revised, STATE } from "./share-fixtures";

const encodePayload = (payload: unknown) => LZString.compressToEncodedURIComponent(JSON.stringify(payload));

describe("self-contained link codec", () => {
  it("round-trips the answers through URL-safe characters", () => {
    const encoded = encodeState(STATE);
    expect(encoded).toMatch(/^[A-Za-z0-9+\-$]+$/);
    expect(decodeState(encoded)).toEqual({ ok: true, state: STATE });
  });

  it("builds the edit and result paths the UI links to", () => {
    expect(editPath(STATE)).toBe(`/calc/jinshan?s=${encodeState(STATE)}`);
    expect(selfContainedPath(STATE, "jinshan@0123456789abcdef")).toBe(`/r?d=${encodeState(STATE)}&v=jinshan%400123456789abcdef`);
  });

  it.each([
    ["empty", ""],
    ["not lz-string", "%%%not-a-link%%%"],
    ["truncated", encodeState(STATE).slice(0, 40)],
    ["a future version", encodePayload({ ...STATE, v: 2 })],
    ["no version", encodePayload(STATE)],
    ["an unknown policy", encodePayload({ ...STATE, v: 1, policy: "atlantis" })],
    ["a negative count", encodePayload({ ...STATE, v: 1, facts: [{ type: "standard-project", scope: "national", action: "formulate", role: "lead", count: -1 }] })],
    ["an extra key", encodePayload({ ...STATE, v: 1, __proto__x: 1 })],
    ["no date", encodePayload({ v: 1, policy: "jinshan", applicant: STATE.applicant, facts: [] })],
    ["a JSON array", encodePayload([1, 2, 3])],
    ["far too long", "A".repeat(40_000)],
  ])("refuses %s with a message instead of throwing", (_, encoded) => {
    const result = decodeState(encoded);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("the questionnaire's own address (unfinished answers)", () => {
  const unfinished: DraftState = {
    ...STATE,
    facts: [...STATE.facts, { type: "quality-award" }, { type: "standard-project", scope: "national" }],
    incomplete: [STATE.facts.length, STATE.facts.length + 1],
  };

  it("round-trips entries with nothing chosen yet, in their places, without filling anything in", () => {
    expect(decodeDraft(encodeDraft(unfinished))).toEqual({ ok: true, draft: unfinished });
  });

  it("round-trips a blank calculation date", () => {
    const undated = { ...unfinished, asOf: undefined };
    expect(decodeDraft(encodeDraft(undated))).toEqual({ ok: true, draft: undated });
  });

  it("encodes a finished draft exactly as a result link, so its address stays a valid one", () => {
    expect(encodeDraft({ ...STATE, incomplete: [] })).toBe(encodeState(STATE));
    expect(decodeDraft(encodeState(STATE))).toEqual({ ok: true, draft: { ...STATE, incomplete: [] } });
  });

  it("is refused by everything that computes from a link (/r, /compare, short links)", () => {
    const result = decodeState(encodeDraft(unfinished));
    expect(result).toEqual({ ok: false, error: "链接中有尚未填完的事项，无法据此计算；请回到问卷补全后再打开" });
  });

  it.each([
    ["a stated value out of range", { ...unfinished, facts: [{ type: "standard-project", count: -3 }], incomplete: [0] }],
    ["an unknown option", { ...unfinished, facts: [{ type: "quality-award", award: "nobel-prize" }], incomplete: [0] }],
    ["an unknown fact type", { ...unfinished, facts: [{ type: "lottery-win" }], incomplete: [0] }],
    ["a position past the facts", { ...unfinished, incomplete: [9] }],
    ["a position that is not a number", { ...unfinished, incomplete: ["0"] }],
  ])("still refuses %s", (_, draft) => {
    const result = decodeDraft(encodePayload({ v: 1, ...draft }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("short ids", () => {
  it("are 22 base62 characters, never repeat, and use the whole alphabet", () => {
    const ids = Array.from({ length: 5_000 }, newShortId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(isShortId(id)).toBe(true);
    expect(SHORT_ID_LENGTH * Math.log2(62)).toBeGreaterThanOrEqual(128);
    // 110 000 characters: each of the 62 is expected ~1 774 times; a biased or truncated alphabet shows.
    const counts = new Map<string, number>();
    for (const c of ids.join("")) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(62);
    expect(Math.min(...counts.values())).toBeGreaterThan(1_400);
    expect(Math.max(...counts.values())).toBeLessThan(2_150);
  });

  it.each(["", "abc", "A".repeat(21), "A".repeat(23), `${"A".repeat(21)}-`, "../../etc/passwd"])("rejects %j", (s) => {
    expect(isShortId(s)).toBe(false);
  });
});

describe("diffs", () => {
  it("names the clause whose amount changed, old → new, and nothing else", () => {
    const changes = diffPolicies(jinshan, revised());
    expect(changes).toEqual([
      expect.objectContaining({ kind: "item", id: "js-5-2-gold-org", clause: "第五条（二）", change: "changed", details: ["金额：30 万元 → 25 万元"] }),
    ]);
    expect(diffPolicies(jinshan, structuredClone(jinshan))).toEqual([]);
  });

  it("lists added and removed items and limits", () => {
    const next = structuredClone(jinshan);
    const [removed] = next.items.splice(0, 1);
    next.limits = next.limits.slice(1);
    const changes = diffPolicies(jinshan, next);
    expect(changes).toContainEqual(expect.objectContaining({ kind: "item", id: removed!.id, change: "removed" }));
    expect(changes).toContainEqual(expect.objectContaining({ kind: "limit", id: jinshan.limits[0]!.id, change: "removed" }));
    expect(diffPolicies(next, jinshan)).toContainEqual(expect.objectContaining({ kind: "item", id: removed!.id, change: "added" }));
  });

  it("compares two results line by line", () => {
    const input = { applicant: STATE.applicant, facts: STATE.facts, asOf: STATE.asOf };
    const before = evaluate({ policy: jinshan, ...input });
    const after = evaluate({ policy: revised(), ...input });
    expect(policyVersion(revised())).not.toBe(policyVersion(jinshan));
    const diff = diffEvaluations(before, after);
    expect(diff.same).toBe(false);
    expect(diff.lines.map((l) => l.item)).toEqual(["js-5-2-gold-org"]);
    expect(diff.total.after).toEqual({ min: before.total.min - 50_000, max: before.total.max - 50_000 });
    expect(describeLineChange(diff.lines[0]!)).toBe("第五条（二）「政府质量奖」上海市质量金奖（组织）：30 万元 → 25 万元");
    // A result read back from JSON (as from the database) equals the one computed.
    expect(diffEvaluations(JSON.parse(JSON.stringify(before)), before)).toEqual({ same: true, total: { before: before.total, after: before.total }, lines: [] });
  });
});
