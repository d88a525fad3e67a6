import Link from "next/link";
import { clauseRef, policyVersion } from "@/engine";
import type { Policy } from "@/engine/types";
import type { AnnotatedText } from "./annotated-text";
import { CompanionNotice } from "@/features/next-steps/companion-notice";
import { ApplicationGuide } from "./application-guide";
import { clauseAnchor } from "./clause-anchor";
import { ContentsNav } from "./contents-nav";
import { describeKinds, effectivePeriod } from "./describe-encoding";
import { EntryCard } from "./entry-card";
import { SourceParagraph } from "./source-paragraph";
import { Breadcrumb } from "./breadcrumb";
import { TextSearch } from "./text-search";

function ClauseLink({ clause }: { clause: string }) {
  return (
    <a href={`#${clauseAnchor(clause)}`} className="text-sky-800 underline underline-offset-2">
      {clauseRef(clause)}
    </a>
  );
}

function Summary({ policy }: { policy: Policy }) {
  const { earlier } = policy.effective;
  const facts: [string, React.ReactNode][] = [
    ["发布单位", policy.issuer],
    ["适用地区", policy.region],
    ["发布日期", policy.published],
    ["有效期", <>{effectivePeriod(policy)}（<ClauseLink clause={policy.effective.clause} />）</>],
    ...(earlier ? [["此前事项", <>{earlier.text}（<ClauseLink clause={earlier.clause} />）</>] as [string, React.ReactNode]] : []),
    ["适用对象", <>{describeKinds(policy.applicants.kinds)}（<ClauseLink clause={policy.applicants.clause} />）</>],
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

/** For auditors and developers: what was transcribed, under which data version, from which file. Closed by default. */
function TechnicalDetails({ policy }: { policy: Policy }) {
  const readings = policy.items.filter((i) => i.reading).length + policy.limits.filter((l) => l.reading).length;
  return (
    <details className="mt-4 text-sm">
      <summary className="cursor-pointer text-sky-800 underline-offset-2 hover:underline">技术细节</summary>
      <dl className="mt-2 grid gap-y-1 sm:grid-cols-[8em_minmax(0,1fr)]">
        <dt className="text-slate-600">整理结果</dt>
        <dd>
          补贴事项 {policy.items.length} 个，限额规则 {policy.limits.length} 条，写明本工具理解的 {readings} 处，申报指引{" "}
          {policy.application?.steps.length ?? 0} 条
        </dd>
        <dt className="text-slate-600">数据版本</dt>
        <dd>
          <code className="text-xs break-all">{policyVersion(policy)}</code>
        </dd>
        <dt className="text-slate-600">原文文件</dt>
        <dd>
          <code className="text-xs">{policy.sourceFile}</code>
        </dd>
      </dl>
    </details>
  );
}

function Overview({ policy }: { policy: Policy }) {
  const lists: { title: string; rows: { key: string; clause: string; text: string }[] }[] = [
    { title: "不适用的情形", rows: policy.exclusions.map((e) => ({ key: e.id, clause: e.clause, text: e.reason })) },
    { title: "提示（不核减金额）", rows: policy.notes.map((n) => ({ key: n.id, clause: n.clause, text: n.text })) },
  ];
  return (
    <section aria-labelledby="overview-heading" className="mt-6">
      <h2 id="overview-heading" className="text-lg font-semibold">
        概要
      </h2>
      <div className="mt-2 grid gap-4 text-sm md:grid-cols-2">
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

/** A policy laid open for audit: the published text paragraph by paragraph, each beside its encoding. */
export function PolicyPage({ policy, text }: { policy: Policy; text: AnnotatedText }) {
  const contents = <ContentsNav text={text} label="条款目录" />;
  return (
    <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
      <Breadcrumb trail={[{ href: "/policies", label: "政策原文" }]} current={policy.shortName} />
      <header className="mt-3">
        <h1 className="text-2xl font-bold leading-tight">{policy.name}</h1>
        {policy.docNumber ? <p className="mt-1 text-slate-700">{policy.docNumber}</p> : null}
        <Summary policy={policy} />
        {policy.application?.companion && <CompanionNotice companion={policy.application.companion} className="mt-4" />}
        <p className="mt-4">
          <Link
            href={`/calc/${policy.id}`}
            className="inline-block rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2"
          >
            按本政策计算
          </Link>
        </p>
        <TechnicalDetails policy={policy} />
      </header>
      <ApplicationGuide policy={policy} />
      <Overview policy={policy} />
      <section aria-labelledby="text-heading" className="mt-8">
        <h2 id="text-heading" className="text-lg font-semibold">
          原文与计算规则
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          左侧为原文（已把抽取时断开的行接回段落），<mark className="rounded-sm bg-amber-200 text-slate-950">标出的文字</mark>
          是本工具据以计算的原句；右侧是据此整理的补贴事项、限额规则、申报指引和本工具的理解。未标出的段落本工具没有用到。
        </p>
        <div className="mt-3 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-6">
          <aside className="lg:sticky lg:top-0 lg:max-h-screen lg:self-start lg:overflow-y-auto lg:py-3">
            {/* Folded on a phone, where it would push the text a long way down; always open beside the text on a wide screen. */}
            <details className="rounded-md border border-slate-200 bg-white p-3 lg:hidden">
              <summary className="cursor-pointer font-medium">条款目录</summary>
              <div className="mt-2">{contents}</div>
            </details>
            <div className="hidden lg:block">
              <h3 className="mb-1 font-medium">条款目录</h3>
              {contents}
            </div>
          </aside>
          <div>
            <div className="border-b border-slate-200 py-3">
              <TextSearch scopeId="policy-text" />
            </div>
            <div id="policy-text">
              {text.paragraphs.map((p, i) => (
                <SourceParagraph key={i} index={i} paragraph={p} policy={policy} />
              ))}
            </div>
          </div>
        </div>
      </section>
      {text.unplaced.length ? (
        <section aria-labelledby="unplaced-heading" className="mt-8">
          <h2 id="unplaced-heading" className="text-lg font-semibold text-rose-800">
            原文中未找到引文的规则
          </h2>
          <p className="mt-1 text-sm">以下规则的引文与原文不一致，需要核对。</p>
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
