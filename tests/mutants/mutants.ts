/**
 * The mutants: small wrong versions of the policy data and of the engine's limit and amount code.
 * Each must make some unit test fail (killed), or change no result at all (equivalent).
 *
 * Data mutants are applied in memory to the loaded policy objects and undone afterwards; engine
 * mutants are edits of one comparison operator in a source file, bundled on their own.
 */
import ts from "typescript";
import type { Policy, Scalar } from "@/engine/types";

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
  | { kind: "citation"; policy: string; rule: string; clause: string };

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

export const dataMutants = (policies: readonly Policy[]): DataMutant[] =>
  policies.flatMap((p): DataMutant[] => [
    ...p.limits.map((l) => ({ kind: "limit" as const, policy: p.id, limit: l.id })),
    ...[...p.items, ...p.limits].map((r) => ({ kind: "citation" as const, policy: p.id, rule: r.id, clause: otherClause(p, r.clause) })),
    ...p.exclusions.map((e) => ({ kind: "exclusion" as const, policy: p.id, exclusion: e.id })),
    ...p.items.flatMap((item) => [
      ...(item.conditions ?? []).map((_, condition) => ({ kind: "condition" as const, policy: p.id, item: item.id, condition })),
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
