import { checkBatchRate } from "@/lib/api/batch-rate-limit";
import { todayInShanghai } from "@/lib/api/today";
import { readBatchRequest } from "@/lib/batch/batch-request";
import { serveBatch } from "@/lib/batch/serve-batch";
import { methodNotAllowed, withApiErrors } from "@/lib/http/route-handler";

/** A cohort (JSON, CSV or .xlsx) → per-applicant totals and cohort totals per clause and per limit; bad rows are reported, not fatal. */
export const POST = withApiErrors(async (request: Request) => {
  checkBatchRate(request.headers);
  const report = await serveBatch(await readBatchRequest(request, todayInShanghai()));
  return Response.json(report, { headers: { "Cache-Control": "no-store" } });
});

export const GET = methodNotAllowed("POST");
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
