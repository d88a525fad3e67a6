import { checkBatchRate } from "@/lib/api/batch-rate-limit";
import { todayInShanghai } from "@/lib/api/today";
import { batchReport } from "@/lib/batch/batch-report";
import { readBatchRequest } from "@/lib/batch/batch-request";
import { evaluateBatch } from "@/lib/batch/evaluate-batch";
import { methodNotAllowed, withApiErrors } from "@/lib/http/route-handler";

/** A cohort (JSON, CSV or .xlsx) → per-applicant totals and cohort totals per clause and per limit; bad rows are reported, not fatal. */
export const POST = withApiErrors(async (request: Request) => {
  checkBatchRate(request.headers);
  const { input, asOf } = await readBatchRequest(request, todayInShanghai());
  const evaluation = await evaluateBatch(input.policy, input.members, asOf);
  return Response.json(batchReport(input, asOf, evaluation), { headers: { "Cache-Control": "no-store" } });
});

export const GET = methodNotAllowed("POST");
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
