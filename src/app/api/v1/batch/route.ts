import { checkBatchRate } from "@/lib/api/batch-rate-limit";
import { todayInShanghai } from "@/lib/api/today";
import { readBatchRequest } from "@/lib/batch/batch-request";
import { serveBatch } from "@/lib/batch/serve-batch";
import { apiRoute } from "@/lib/http/methods";
import { withApiErrors } from "@/lib/http/route-handler";

/** A cohort (JSON, CSV or .xlsx) → per-applicant totals and cohort totals per clause and per limit; bad rows are reported, not fatal. */
const evaluateCohort = withApiErrors(async (request: Request) => {
  await checkBatchRate(request.headers);
  const body = await serveBatch(await readBatchRequest(request, todayInShanghai()));
  return new Response(body as BodyInit, { headers: { "Content-Type": "application/json", "Cache-Control": "no-store" } });
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({ POST: evaluateCohort });
