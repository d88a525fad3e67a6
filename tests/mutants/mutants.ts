/**
 * The mutants: small wrong versions of the policy data and of the engine's limit and amount code.
 * Each must make some unit test fail (killed), or change no result at all (equivalent).
 *
 * Data mutants are applied in memory to the loaded policy objects and undone afterwards; engine
 * mutants are edits of one comparison operator in a source file, bundled on their own.
 */
import ts from "typescript";
import type { GovernmentLevel, Limit, Policy, Scalar } from "@/engine/types";

export type DataMutant =
  /** Delete one limit (就高不就低, 不超过 N 个, 年度上限 …). */
  | { kind: "limit"; policy: string; limit: string }
  /** Delete one exclusion (全额拨款单位不适用 …). */
  | { kind: "exclusion"; policy: string; exclusion: string }
  /** Delete one condition of an item (须为首次 …). */
  | { kind: "condition"; policy: string; item: string; condition: number }
  /** Delete one value a `where` lists: the item no longer fires for it. */
  | { kind: "where-value"; policy: string; item: string; fact: number; input: string; value: Scalar }
  /** Delete a `where` input altogether: the item fires whatever the input says. */
  | { kind: "where-input"; policy: string; item: string; fact: number; input: string }
  /** Cite another clause of the same policy for an item or a limit. */
  | { kind: "citation"; policy: string; rule: string; clause: string }
  /** Give an item of a group ranked by level (就高不就低) the group's other level. */
  | { kind: "level"; policy: string; item: string; level: GovernmentLevel }
  /** Change a count limit's N (不超过 5 个 → 4 or 6) or its yearly maximum (每年一次 → twice, or none). */
  | { kind: "count"; policy: string; limit: string; field: "max" | "maxPerYear"; value: number | undefined }
  /** Take one item out of a same-matter limit (同一事项): its lines stay certain beside the others. */
  | { kind: "same-matter-item"; policy: string; limit: string; item: string }
  /** Delete what a clause requires of the applicant (中小企业), or require the opposite. */
  | { kind: "attribute"; policy: string; item: string; attribute: number; change: "delete" | "flip" };

export interface EngineMutant {
  kind: "operator";
  /** Path from the repository root, e.g. src/engine/limits.ts. */
  file: string;
  line: number;
  start: number;
  end: number;
  from: string;
  to: string;
  /** The source line with the operator replaced, for the report. */
  text: string;
}

export type Mutant = (DataMutant | EngineMutant) & { id: string };

const whereValues = (v: Scalar | Scalar[]): Scalar[] => (Array.isArray(v) ? v : [v]);

/** The next clause the policy cites after this one: a plausible wrong citation. */
const otherClause = (p: Policy, clause: string): string => {
  const all = [...new Set([...p.items, ...p.limits].map((r) => r.clause))];
  return all[(all.indexOf(clause) + 1) % all.length]!;
};

/** Each item of a group ranked by level, moved to another level the group holds. */
const levelMutants = (p: Policy): DataMutant[] =>
  p.limits.flatMap((l) => {
    if (l.kind !== "highestOnly" || l.by !== "level") return [];
    const levelOf = (id: string) => p.items.find((i) => i.id === id)!.level!;
    const levels = [...new Set(l.items.map(levelOf))];
    return l.items.flatMap((item) => {
      const other = levels.find((x) => x !== levelOf(item));
      return other ? [{ kind: "level" as const, policy: p.id, item, level: other }] : [];
    });
  });

/** N ± 1 of every count limit, and its yearly maximum + 1 or gone. */
const countMutants = (p: Policy, l: Limit): DataMutant[] => {
  if (l.kind !== "maxCount") return [];
  const at = (field: "max" | "maxPerYear", value: number | undefined) => ({ kind: "count" as const, policy: p.id, limit: l.id, field, value });
  return [
    at("max", l.max + 1),
    ...(l.max > 1 ? [at("max", l.max - 1)] : []),
    ...(l.maxPerYear !== undefined ? [at("maxPerYear", l.maxPerYear + 1), at("maxPerYear", undefined)] : []),
  ];
};

export const dataMutants = (policies: readonly Policy[]): DataMutant[] =>
  policies.flatMap((p): DataMutant[] => [
    ...p.limits.map((l) => ({ kind: "limit" as const, policy: p.id, limit: l.id })),
    ...p.limits.flatMap((l) => countMutants(p, l)),
    ...p.limits.flatMap((l) =>
      l.kind === "sameMatter" ? l.items.map((item) => ({ kind: "same-matter-item" as const, policy: p.id, limit: l.id, item })) : [],
    ),
    ...levelMutants(p),
    ...[...p.items, ...p.limits].map((r) => ({ kind: "citation" as const, policy: p.id, rule: r.id, clause: otherClause(p, r.clause) })),
    ...p.exclusions.map((e) => ({ kind: "exclusion" as const, policy: p.id, exclusion: e.id })),
    ...p.items.flatMap((item) => [
      ...(item.conditions ?? []).map((_, condition) => ({ kind: "condition" as const, policy: p.id, item: item.id, condition })),
      ...(item.who.attributes ?? []).flatMap((a, attribute) =>
        (["delete", ...(typeof a.value === "boolean" ? ["flip" as const] : [])] as const).map((change) => ({
          kind: "attribute" as const,
          policy: p.id,
          item: item.id,
          attribute,
          change,
        })),
      ),
      ...item.facts.flatMap((m, fact) =>
        Object.entries(m.where ?? {}).flatMap(([input, v]) => [
          ...whereValues(v).map((value) => ({ kind: "where-value" as const, policy: p.id, item: item.id, fact, input, value })),
          { kind: "where-input" as const, policy: p.id, item: item.id, fact, input },
        ]),
      ),
    ]),
  ]);

export const describeDataMutant = (m: DataMutant): string => {
  switch (m.kind) {
    case "limit":
      return `${m.policy}: delete limit ${m.limit}`;
    case "exclusion":
      return `${m.policy}: delete exclusion ${m.exclusion}`;
    case "condition":
      return `${m.policy}: delete condition #${m.condition} of ${m.item}`;
    case "where-value":
      return `${m.policy}: ${m.item} facts[${m.fact}].where.${m.input} without ${JSON.stringify(m.value)}`;
    case "where-input":
      return `${m.policy}: ${m.item} facts[${m.fact}].where without ${m.input}`;
    case "citation":
      return `${m.policy}: ${m.rule} cites ${m.clause}`;
    case "level":
      return `${m.policy}: ${m.item} has level ${m.level}`;
    case "count":
      return `${m.policy}: ${m.limit} with ${m.field} ${m.value ?? "deleted"}`;
    case "same-matter-item":
      return `${m.policy}: ${m.limit} without ${m.item}`;
    case "attribute":
      return `${m.policy}: ${m.change} who.attributes[${m.attribute}] of ${m.item}`;
  }
};

/** Boundary and negation of every comparison: < ↔ <=, < ↔ >=, === ↔ !== … */
const FLIPS: Record<string, string[]> = {
  "<": ["<=", ">="],
  "<=": ["<", ">"],
  ">": [">=", "<="],
  ">=": [">", "<"],
  "===": ["!=="],
  "!==": ["==="],
  "==": ["!="],
  "!=": ["=="],
};

const COMPARISONS = new Set([
  ts.SyntaxKind.LessThanToken,
  ts.SyntaxKind.LessThanEqualsToken,
  ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.GreaterThanEqualsToken,
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);

/** Every comparison operator of a TypeScript source, each flipped every way FLIPS lists. */
export const operatorMutants = (file: string, source: string): EngineMutant[] => {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const out: EngineMutant[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isBinaryExpression(node) && COMPARISONS.has(node.operatorToken.kind)) {
      const op = node.operatorToken;
      const start = op.getStart(sf);
      const end = op.getEnd();
      const from = op.getText(sf);
      const { line } = sf.getLineAndCharacterOfPosition(start);
      const lineStart = sf.getPositionOfLineAndCharacter(line, 0);
      const lineEnd = source.indexOf("\n", start);
      for (const to of FLIPS[from]!) {
        const mutated = source.slice(lineStart, start) + to + source.slice(end, lineEnd < 0 ? undefined : lineEnd);
        out.push({ kind: "operator", file, line: line + 1, start, end, from, to, text: mutated.trim() });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
};

export const applyOperator = (source: string, m: EngineMutant): string => source.slice(0, m.start) + m.to + source.slice(m.end);

export const describeMutant = (m: Mutant): string =>
  m.kind === "operator" ? `${m.file}:${m.line} ${m.from} → ${m.to}: ${m.text}` : describeDataMutant(m);
