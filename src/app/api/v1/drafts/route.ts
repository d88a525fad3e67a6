import { DraftError, draftSchema } from "@/lib/cohort/draft";
import { saveDraft } from "@/lib/cohort/draft-store";
import { getDatabase } from "@/lib/db/database";
import { ApiError, validOrThrow } from "@/lib/http/errors";
import { readJsonBody } from "@/lib/http/json-body";
import { apiRoute } from "@/lib/http/methods";
import { withApiErrors } from "@/lib/http/route-handler";
import { checkShareCreationRate } from "@/lib/share/creation-limit";
import { publicLink } from "@/lib/share/public-origin";

/** 500 changes of about 100 bytes each, with room to spare. */
const MAX_DRAFT_BODY_BYTES = 128 * 1024;

/** Save a named what-if draft; the answer carries the link colleagues open it with. */
const save = withApiErrors(async (request: Request) => {
  // Saving a draft stores a record behind a link, exactly as a share does: one budget for both.
  await checkShareCreationRate(request.headers);
  const draft = validOrThrow(draftSchema.safeParse(await readJsonBody(request, { maxBytes: MAX_DRAFT_BODY_BYTES })));
  const { prisma } = await getDatabase();
  try {
    const saved = await saveDraft(prisma, draft);
    const url = publicLink(request, `/regulator?draft=${saved.id}`);
    return Response.json({ ...saved, url }, { status: 201, headers: { Location: url, "Cache-Control": "no-store" } });
  } catch (e) {
    if (e instanceof DraftError) throw new ApiError(422, "invalid_draft", e.message, [{ path: e.path, message: e.message }]);
    throw e;
  }
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({ POST: save });
