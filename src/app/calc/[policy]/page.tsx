import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { CalcHeader } from "@/features/questionnaire/calc-header";
import { Calculator } from "@/features/questionnaire/calculator";
import { addressAfter, initialState, readFormAction } from "@/features/questionnaire/initial-state";
import { todayInShanghai } from "@/lib/format/dates";
import { policyById } from "@policies/index";

interface Props {
  params: Promise<{ policy: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const policy = policyById.get((await params).policy);
  return { title: policy ? `${policy.shortName}政策测算` : "未找到政策" };
}

/**
 * The policy travels to the browser as data, so the engine can evaluate there without a round trip.
 * ?add= / ?remove= come from the form's buttons clicked before the scripts ran: applied here, then
 * the browser is sent to the plain ?s= address (so a reload does not add the entry twice).
 */
export default async function CalcPage({ params, searchParams }: Props) {
  const policy = policyById.get((await params).policy);
  if (!policy) notFound();
  const query = await searchParams;
  const served = typeof query.s === "string" ? query.s : undefined;
  const today = todayInShanghai();
  const { state, notice } = initialState(policy, served, today);
  const action = readFormAction(query);
  if (action) redirect(addressAfter(policy, state, action));
  return (
    <main className="mx-auto max-w-7xl space-y-5 px-4 py-5 sm:px-6">
      <CalcHeader policy={policy} />
      {/* Keyed by the answers served, so answers the server reads afresh (after back/forward) replace the form's. */}
      <Calculator key={served ?? ""} policy={policy} initial={state} served={served} notice={notice} />
    </main>
  );
}
