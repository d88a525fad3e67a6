import { openDraft } from "@/lib/cohort/draft-store";
import { getDatabase } from "@/lib/db/database";
import { apiError } from "@/lib/http/errors";
import { methodNotAllowed, withApiErrors } from "@/lib/http/route-handler";

/** A saved draft by its id: its name, policy and changes, and whether the policy has changed since. */
export const GET = withApiErrors(async (_request: Request, context: { params: Promise<{ id: string }> }) => {
  const { id } = await context.params;
  const { prisma } = await getDatabase();
  const draft = await openDraft(prisma, id);
  if (!draft) return apiError(404, "not_found", "没有这个草案：链接可能不完整");
  return Response.json(draft, { headers: { "Cache-Control": "no-store" } });
});

export const POST = methodNotAllowed("GET");
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
