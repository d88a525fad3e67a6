/**
 * The engine keeps the combination that pays most only under conditions on the policy's limits
 * (docs/engine.md, "Why the choice is the best one"). The schema enforces disjoint choice groups;
 * this checks the rest on every registered policy, so data that would make the engine settle for
 * less than the text allows fails here instead of under-paying quietly.
 */
import { describe, expect, it } from "vitest";
import { policies } from "@policies/index";
import type { Item, Limit, Policy } from "@/engine/types";

type GroupCap = Extract<Limit, { kind: "groupCap" }>;

/**
 * Caps that overlap without one containing the other: the engine meets them one after the other,
 * which can leave money unpaid that a different split would pay. Each is described in
 * docs/engine.md; add one only with that explanation.
 */
const KNOWN_OVERLAPS: Record<string, [string, string][]> = {};

const caps = (p: Policy) => p.limits.filter((l): l is GroupCap => l.kind === "groupCap");
const counts = (p: Policy) => p.limits.filter((l) => l.kind === "maxCount");

/** How an item's units compare: certain (min = max), open (min 0), or either depending on the inputs. */
const shape = (i: Item): "certain" | "open" | "mixed" => {
  const a = i.amount;
  if (a.kind === "fixed") return "certain";
  if (a.kind === "upTo" || (a.kind === "share" && a.percent.min === 0)) return "open";
  if (a.kind === "share" && a.percent.min === a.percent.max) return "certain";
  if (a.kind === "tiers" && a.tiers.every((t) => t.amount.kind === "fixed")) return "certain";
  if (a.kind === "tiers" && a.tiers.every((t) => t.amount.kind === "upTo")) return "open";
  return "mixed";
};

describe.each(policies.map((p) => [p.id, p] as const))("the optimality argument holds for %s", (id, policy) => {
  it("no group cap covers only part of a count group (its units must be interchangeable)", () => {
    const split = counts(policy).flatMap((c) =>
      caps(policy)
        .filter((g) => c.items.some((i) => g.items.includes(i)) && !c.items.every((i) => g.items.includes(i)))
        .map((g) => `${c.id} / ${g.id}`),
    );
    expect(split).toEqual([]);
  });

  it("a count group a money cap can cut ranks its units the same by maximum and by certain amount", () => {
    const capped = (items: string[]) =>
      policy.limits.some((l) => l.kind === "policyCap") || caps(policy).some((g) => items.some((i) => g.items.includes(i)));
    // A project of several lines under one same-matter rule is certain for its surest line only: mixed.
    const joined = (items: string[]) =>
      policy.limits.some((l) => l.kind === "sameMatter" && l.items.filter((i) => items.includes(i)).length > 1);
    const shapes = (items: string[]) => new Set([...items.map((i) => shape(policy.items.find((x) => x.id === i)!)), ...(joined(items) ? ["mixed" as const] : [])]);
    const mixed = counts(policy)
      .filter((c) => capped(c.items) && (shapes(c.items).size > 1 || shapes(c.items).has("mixed")))
      .map((c) => c.id);
    expect(mixed).toEqual([]);
  });

  it("group caps are nested or disjoint", () => {
    const overlaps = caps(policy).flatMap((a, i) =>
      caps(policy)
        .slice(i + 1)
        .filter((b) => {
          const shared = a.items.filter((x) => b.items.includes(x)).length;
          return shared > 0 && shared < a.items.length && shared < b.items.length;
        })
        .map((b) => [a.id, b.id] as [string, string]),
    );
    expect(overlaps).toEqual(KNOWN_OVERLAPS[id] ?? []);
  });
});
