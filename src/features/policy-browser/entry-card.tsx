import { clauseRef, describeAmount, describeLimit } from "@/engine";
import type { Item, Limit, Policy } from "@/engine/types";
import type { Entry } from "./annotated-text";
import { payerLabel } from "@/features/result/money-text";
import { describeCondition, describeFactMatch, describeKinds, describeWho, effectivePeriod } from "./describe-encoding";

const BADGE: Record<Entry["kind"], { text: string; tone: string }> = {
  item: { text: "条目", tone: "bg-sky-100 text-sky-900" },
  limit: { text: "限额", tone: "bg-violet-100 text-violet-900" },
  exclusion: { text: "排除", tone: "bg-rose-100 text-rose-900" },
  note: { text: "提示", tone: "bg-slate-200 text-slate-900" },
  window: { text: "有效期", tone: "bg-emerald-100 text-emerald-900" },
  earlier: { text: "此前事项", tone: "bg-emerald-100 text-emerald-900" },
  applicants: { text: "适用对象", tone: "bg-emerald-100 text-emerald-900" },
};

function Field({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[5.5em_minmax(0,1fr)] gap-x-2">
      <dt className="text-slate-600">{term}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

/** Where a reader could take the text two ways: the reading the data chose, set apart so it is never missed. */
export function Reading({ text }: { text: string }) {
  return (
    <p className="mt-2 rounded border-l-4 border-amber-500 bg-amber-50 px-2 py-1 text-slate-900">
      <strong className="font-semibold">解读：</strong>
      {text}
    </p>
  );
}

function ItemFields({ item }: { item: Item }) {
  return (
    <>
      <Field term="金额">
        {describeAmount(item.amount, item.unit)}
        {item.once ? "（每个主体一次，不按数量倍乘）" : ""}
      </Field>
      <Field term="触发事项">
        {item.facts.length === 1 ? (
          describeFactMatch(item.facts[0]!)
        ) : (
          <ul className="list-disc pl-4">
            {item.facts.map((m, i) => (
              <li key={i}>{describeFactMatch(m)}</li>
            ))}
          </ul>
        )}
      </Field>
      <Field term="申请主体">{describeWho(item)}</Field>
      {item.conditions?.length ? (
        <Field term="条件">
          <ul className="list-disc pl-4">
            {item.conditions.map((c, i) => (
              <li key={i}>
                {c.requirement}（{describeCondition(c, item)}，{clauseRef(c.clause)}）
              </li>
            ))}
          </ul>
        </Field>
      ) : null}
      {item.payer ? <Field term="出资">{payerLabel[item.payer]}财政</Field> : null}
    </>
  );
}

function LimitFields({ limit, policy }: { limit: Limit; policy: Policy }) {
  const labels = "items" in limit ? limit.items.map((id) => policy.items.find((i) => i.id === id)?.label ?? id) : [];
  const kinds = "kinds" in limit && limit.kinds ? describeKinds(limit.kinds) : null;
  return (
    <>
      <Field term="规则">{describeLimit(limit)}</Field>
      {labels.length ? (
        <Field term={`适用条目（${labels.length}）`}>
          <ul className="list-disc pl-4">
            {labels.map((label, i) => (
              <li key={i}>{label}</li>
            ))}
          </ul>
        </Field>
      ) : (
        <Field term="适用条目">本政策全部条目</Field>
      )}
      {kinds ? <Field term="适用主体">{kinds}</Field> : null}
    </>
  );
}

const headingOf = (entry: Entry): string => {
  switch (entry.kind) {
    case "item":
      return `${entry.item.title} · ${entry.item.label}`;
    case "limit":
      return entry.limit.label;
    case "exclusion":
    case "note":
      return entry.text;
    case "earlier":
      return "早于适用期的事项";
    case "window":
      return "政策有效期";
    case "applicants":
      return "适用对象";
  }
};

const readingOf = (entry: Entry): string | undefined =>
  entry.kind === "item" ? entry.item.reading : entry.kind === "limit" ? entry.limit.reading : entry.reading;

/** One encoded entry beside the paragraph it was read from. */
export function EntryCard({ entry, policy }: { entry: Entry; policy: Policy }) {
  const badge = BADGE[entry.kind];
  const titleId = `${entry.key}-title`;
  const reading = readingOf(entry);
  return (
    <article id={entry.key} aria-labelledby={titleId} className="scroll-mt-4 rounded-md border border-slate-200 bg-white p-3 text-sm shadow-sm">
      <h3 id={titleId} className="font-semibold leading-snug">
        <span className={`mr-1.5 inline-block rounded px-1.5 py-0.5 text-xs font-medium ${badge.tone}`}>{badge.text}</span>
        <span className="mr-1.5 text-slate-600">{clauseRef(entry.clause)}</span>
        {headingOf(entry)}
      </h3>
      <dl className="mt-2 space-y-1">
        {entry.kind === "item" ? <ItemFields item={entry.item} /> : null}
        {entry.kind === "limit" ? <LimitFields limit={entry.limit} policy={policy} /> : null}
        {entry.kind === "window" ? <Field term="期间">{effectivePeriod(policy)}</Field> : null}
        {entry.kind === "earlier" ? <Field term="说明">{entry.text}</Field> : null}
        {entry.kind === "applicants" ? <Field term="主体">{describeKinds(policy.applicants.kinds)}</Field> : null}
        <Field term="原文">
          <q className="text-slate-700">{entry.quote}</q>
        </Field>
        {entry.kind === "item" || entry.kind === "limit" ? (
          <Field term="编号">
            <code className="text-xs">{entry.kind === "item" ? entry.item.id : entry.limit.id}</code>
          </Field>
        ) : null}
      </dl>
      {reading ? <Reading text={reading} /> : null}
    </article>
  );
}
