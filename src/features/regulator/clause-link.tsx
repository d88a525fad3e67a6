import Link from "next/link";
import { clauseHref } from "@/features/policy-browser/clause-anchor";

/** A clause label that opens the policy text at that clause. */
export function ClauseLink({ policy, clause }: { policy: string; clause: string }) {
  return (
    <Link href={clauseHref(policy, clause)} className="whitespace-nowrap text-sky-800 underline underline-offset-2">
      {clause}
    </Link>
  );
}
