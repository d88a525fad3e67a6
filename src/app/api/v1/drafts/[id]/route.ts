import { openDraft } from "@/lib/cohort/draft-store";
import { getDatabase } from "@/lib/db/database";
import { apiError } from "@/lib/http/errors";
import { apiRoute } from "@/lib/http/methods";
import { withApiErrors } from "@/lib/http/route-handler";

/** A saved draft by its id: its name, policy and changes, and whether the policy has changed since. */
const open = withApiErrors(async (_request: Request, context: { params: Promise<{ id: string }> }) => {
  const { id } = await context.params;
  const { prisma } = await getDatabase();
  const draft = await openDraft(prisma, id);
  if (!draft) return apiError(404, "not_found", "没有这个草案：链接可能不完整");
  return Response.json(draft, { headers: { "Cache-Control": "no-store" } });
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({ GET: open });
