import { validOrThrow } from "@/lib/http/errors";
import { readJsonBody } from "@/lib/http/json-body";
import { apiRoute } from "@/lib/http/methods";
import { withApiErrors } from "@/lib/http/route-handler";
import { MAX_SHARE_BODY_BYTES } from "@/lib/share/creation-limit";
import { publicLink } from "@/lib/share/public-origin";
import { signedResultPath } from "@/lib/share/signed-links";
import { signingKey } from "@/lib/share/signing-key";
import { parseShareRequest } from "@/lib/validation/evaluate-request";

/** The body is a share request; the answer is a signed self-contained link to its result. Nothing is stored. */
const sign = withApiErrors(async (request: Request) => {
  const body = validOrThrow(parseShareRequest(await readJsonBody(request, { maxBytes: MAX_SHARE_BODY_BYTES })));
  const url = publicLink(request, signedResultPath(body, await signingKey()));
  return Response.json({ url }, { headers: { "Cache-Control": "no-store" } });
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({ POST: sign });
