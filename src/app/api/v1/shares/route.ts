import { getDatabase } from "@/lib/db/database";
import { validOrThrow } from "@/lib/http/errors";
import { readJsonBody } from "@/lib/http/json-body";
import { apiRoute } from "@/lib/http/methods";
import { withApiErrors } from "@/lib/http/route-handler";
import { checkShareCreationRate, MAX_SHARE_BODY_BYTES } from "@/lib/share/creation-limit";
import { publicLink } from "@/lib/share/public-origin";
import { createShare } from "@/lib/share/shares";
import { parseShareRequest } from "@/lib/validation/evaluate-request";

/** The body is an evaluate request (with the applicant's name if given); the answer is the short link to its result. */
const create = withApiErrors(async (request: Request) => {
  await checkShareCreationRate(request.headers);
  const body = validOrThrow(parseShareRequest(await readJsonBody(request, { maxBytes: MAX_SHARE_BODY_BYTES })));
  const { prisma } = await getDatabase();
  const { id } = await createShare(prisma, body);
  const url = publicLink(request, `/s/${id}`);
  return Response.json({ id, url }, { status: 201, headers: { Location: url, "Cache-Control": "no-store" } });
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({ POST: create });
