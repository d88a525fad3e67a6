import Link from "next/link";
import { clauseRef, policyVersion } from "@/engine";
import type { Policy } from "@/engine/types";
import type { AnnotatedText } from "./annotated-text";
import { clauseAnchor } from "./clause-anchor";
import { describeKinds, effectivePeriod } from "./describe-encoding";
import { EntryCard } from "./entry-card";
import { SourceParagraph } from "./source-paragraph";
import { Breadcrumb } from "./breadcrumb";

function ClauseLink({ clause }: { clause: string }) {
  return (
    <a href={`#${clauseAnchor(clause)}`} className="text-sky-800 underline underline-offset-2">
      {clauseRef(clause)}
    </a>
  );
}

function Summary({ policy }: { policy: Policy }) {
  const readings = policy.items.filter((i) => i.reading).length + policy.limits.filter((l) => l.reading).length;
  const { earlier } = policy.effective;
  const facts: [string, React.ReactNode][] = [
    ["发布单位", policy.issuer],
    ["适用地区", policy.region],
    ["发布日期", policy.published],
    ["有效期", <>{effectivePeriod(policy)}（<ClauseLink clause={policy.effective.clause} />）</>],
    ...(earlier ? [["此前事项", <>{earlier.text}（<ClauseLink clause={earlier.clause} />）</>] as [string, React.ReactNode]] : []),
    ["适用对象", <>{describeKinds(policy.applicants.kinds)}（<ClauseLink clause={policy.applicants.clause} />）</>],
    ["编码", `条目 ${policy.items.length} 项，限额 ${policy.limits.length} 条，解读 ${readings} 处`],
    ["数据版本", <code key="v" className="text-xs break-all">{policyVersion(policy)}</code>],
    ["原文文件", <code key="f" className="text-xs">{policy.sourceFile}</code>],
  ];
  return (
    <dl className="mt-4 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
      {facts.map(([term, value]) => (
        <div key={term} className="grid grid-cols-[5.5em_minmax(0,1fr)] gap-x-2">
          <dt className="text-slate-600">{term}</dt>
          <dd className="min-w-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Overview({ policy }: { policy: Policy }) {
  const lists: { title: string; rows: { key: string; clause: string; text: string }[] }[] = [
    { title: "不适用的情形", rows: policy.exclusions.map((e) => ({ key: e.id, clause: e.clause, text: e.reason })) },
    { title: "提示（不核减金额）", rows: policy.notes.map((n) => ({ key: n.id, clause: n.clause, text: n.text })) },
    { title: "申报指引", rows: (policy.guidance ?? []).map((g) => ({ key: g.id, clause: g.clause, text: `${g.label}：${g.text}` })) },
  ];
  return (
    <section aria-labelledby="overview-heading" className="mt-6">
      <h2 id="overview-heading" className="text-lg font-semibold">
        概要
      </h2>
      <div className="mt-2 grid gap-4 text-sm md:grid-cols-3">
        {lists.map(({ title, rows }) => (
          <div key={title}>
            <h3 className="font-medium">{title}</h3>
            {rows.length ? (
              <ul className="mt-1 list-disc space-y-1 pl-5">
                {rows.map((r) => (
                  <li key={r.key}>
                    {r.text}（<ClauseLink clause={r.clause} />）
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-1 text-slate-600">无</p>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}

function ClauseIndex({ clauses }: { clauses: string[] }) {
  return (
    <nav aria-labelledby="clause-index-heading" className="mt-6">
      <h2 id="clause-index-heading" className="text-lg font-semibold">
        条款目录
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2 text-sm">
        {clauses.map((c) => (
          <li key={c}>
            <a
              href={`#${clauseAnchor(c)}`}
              className="inline-block rounded border border-slate-300 bg-white px-2 py-1 text-sky-800 hover:bg-sky-50"
            >
              {clauseRef(c)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A policy laid open for audit: the published text paragraph by paragraph, each beside its encoding. */
export function PolicyPage({ policy, text }: { policy: Policy; text: AnnotatedText }) {
  return (
    <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
      <Breadcrumb trail={[{ href: "/policies", label: "政策原文" }]} current={policy.shortName} />
      <header className="mt-3">
        <h1 className="text-2xl font-bold leading-tight">{policy.name}</h1>
        {policy.docNumber ? <p className="mt-1 text-slate-700">{policy.docNumber}</p> : null}
        <Summary policy={policy} />
        <p className="mt-4">
          <Link
            href={`/calc/${policy.id}`}
            className="inline-block rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2"
          >
            按本政策计算
          </Link>
        </p>
      </header>
      <Overview policy={policy} />
      <ClauseIndex clauses={text.clauses} />
      <section aria-labelledby="text-heading" className="mt-8">
        <h2 id="text-heading" className="text-lg font-semibold">
          原文与编码
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          左侧为原文（已把抽取时断开的行接回段落），<mark className="rounded-sm bg-amber-200 text-slate-950">标出的文字</mark>
          是已编码的原句；右侧为据此编码的条目、限额和解读。未标出的段落没有被编码。
        </p>
        <div className="mt-3">
          {text.paragraphs.map((p, i) => (
            <SourceParagraph key={i} paragraph={p} policy={policy} />
          ))}
        </div>
      </section>
      {text.unplaced.length ? (
        <section aria-labelledby="unplaced-heading" className="mt-8">
          <h2 id="unplaced-heading" className="text-lg font-semibold text-rose-800">
            原文中未找到引文的编码
          </h2>
          <p className="mt-1 text-sm">以下编码的引文与原文不一致，需要核对。</p>
          {text.unplacedAnchors.map((c) => (
            <span key={c} id={clauseAnchor(c)} />
          ))}
          <div className="mt-3 space-y-2">
            {text.unplaced.map((entry) => (
              <EntryCard key={entry.key} entry={entry} policy={policy} />
            ))}
          </div>
        </section>
      ) : null}
    </main>
  );
}
