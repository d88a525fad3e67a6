/**
 * The same situation across every policy: one row per fact with the choices that tell clauses apart
 * (制定国家标准 · 牵头), one column per policy, and in each cell the items of that policy a fact of
 * this kind would trigger, with their amounts and clauses. Rows come from the policies' own fact
 * matches, so a new policy or clause appears here with no change to this file.
 */
import { describeAmount } from "@/engine";
import type { FactGroup, FactMatch, FactType, Item, Policy, Scalar } from "@/engine/types";
import { factTypeIndex, factTypes } from "@policies/vocabulary";

export interface MatrixEntry {
  item: string;
  clause: string;
  label: string;
  amount: string;
  /** Who or what else the item requires beyond the row's choices (个人; 强制性国家标准; 成熟度 ≥ 40%). */
  notes: string[];
}

export interface MatrixRow {
  key: string;
  type: FactType;
  /** The row's choices in words: 国家标准 · 制定 · 牵头 / 主导 / 第一起草单位. */
  choices: string[];
  cells: MatrixEntry[][];
}

type Situation = Record<string, Scalar>;

/** The enum inputs that some policy's match on this type constrains: those tell rows apart. */
const distinguishing = (ft: FactType, matches: FactMatch[]): string[] =>
  ft.inputs.filter((i) => i.kind === "enum" && matches.some((m) => m.where?.[i.name] !== undefined)).map((i) => i.name);

const situations = (ft: FactType, names: string[]): Situation[] =>
  names.reduce<Situation[]>(
    (acc, name) => acc.flatMap((s) => (ft.inputs.find((i) => i.name === name)!.options ?? []).map((o) => ({ ...s, [name]: o.value }))),
    [{}],
  );

const wants = (v: Scalar | Scalar[]): Scalar[] => (Array.isArray(v) ? v : [v]);

/** Does the match accept this situation on the distinguishing inputs? Other inputs become notes. */
const accepts = (m: FactMatch, s: Situation): boolean =>
  Object.entries(m.where ?? {}).every(([name, want]) => !(name in s) || wants(want).includes(s[name]!));

const otherTerms = (ft: FactType, m: FactMatch, s: Situation): string[] =>
  Object.entries(m.where ?? {})
    .filter(([name]) => !(name in s))
    .map(([name, want]) => {
      const input = ft.inputs.find((i) => i.name === name)!;
      if (input.kind === "boolean") return `${want === true ? "" : "非"}${input.label}`;
      return `${input.label}：${wants(want).map((v) => input.options?.find((o) => o.value === v)?.label ?? String(v)).join("、")}`;
    });

const entry = (item: Item, ft: FactType, m: FactMatch, s: Situation): MatrixEntry => ({
  item: item.id,
  clause: item.clause,
  label: item.label,
  // Songjiang's opinions name directions only; their reason is the same sentence in every cell.
  amount: item.amount.kind === "none" ? "方向性支持，未写金额" : describeAmount(item.amount, item.unit),
  notes: [
    ...(item.who.kinds.length === 1 && item.who.kinds[0] === "individual" ? ["个人"] : []),
    ...(item.who.orgTypes ? [`限${item.who.quote ?? "特定单位"}`] : []),
    ...otherTerms(ft, m, s),
    ...(item.conditions ?? []).map((c) => c.requirement),
  ],
});

const cell = (policy: Policy, ft: FactType, s: Situation): MatrixEntry[] =>
  policy.items.flatMap((item) => {
    const m = item.facts.find((f) => f.type === ft.type && accepts(f, s));
    return m ? [entry(item, ft, m, s)] : [];
  });

/** Is the row about something specific? A row matched only by catch-all clauses (松江's 方向性 support) says nothing new. */
const specific = (policies: readonly Policy[], ft: FactType, s: Situation) =>
  Object.keys(s).length === 0 ||
  policies.some((p) => p.items.some((i) => i.facts.some((f) => f.type === ft.type && f.where && Object.keys(s).some((n) => n in f.where!) && accepts(f, s))));

const signature = (row: MatrixRow) => row.cells.map((c) => c.map((e) => `${e.item}:${e.notes.join(",")}`).join("+")).join("|");

/**
 * Rows that differ in one choice only and pay the same everywhere become one row: 组织奖 pays the same
 * whatever its 等级, so it is one row, and a choice that covers every option is not named at all.
 */
const mergeAlike = (rows: MatrixRow[], ft: FactType, names: string[]): MatrixRow[] =>
  names.reduceRight((list, name, position) => {
    const options = ft.inputs.find((i) => i.name === name)!.options ?? [];
    const merged = new Map<string, MatrixRow>();
    for (const row of list) {
      const key = `${signature(row)}#${row.choices.filter((_, i) => i !== position).join("·")}`;
      const had = merged.get(key);
      if (!had) merged.set(key, { ...row, choices: [...row.choices] });
      else had.choices[position] = `${had.choices[position]}／${row.choices[position]}`;
    }
    return [...merged.values()].map((row) =>
      row.choices[position]!.split("／").length === options.length && options.length > 1
        ? { ...row, choices: row.choices.filter((_, i) => i !== position) }
        : row,
    );
  }, rows);

export const policyMatrix = (policies: readonly Policy[], group?: FactGroup): MatrixRow[] =>
  factTypes
    .filter((ft) => !group || ft.group === group)
    .flatMap((ft) => {
      const matches = policies.flatMap((p) => p.items.flatMap((i) => i.facts.filter((f) => f.type === ft.type)));
      if (matches.length === 0) return [];
      const names = distinguishing(ft, matches);
      const rows = situations(ft, names)
        .filter((s) => specific(policies, ft, s))
        .map((s) => ({
          key: [ft.type, ...names.map((n) => String(s[n]))].join(":"),
          type: ft,
          choices: names.map((n) => factTypeIndex.get(ft.type)!.inputs.find((i) => i.name === n)!.options!.find((o) => o.value === s[n])!.label),
          cells: policies.map((p) => cell(p, ft, s)),
        }))
        .filter((row) => row.cells.some((c) => c.length > 0));
      return mergeAlike(rows, ft, names);
    });
