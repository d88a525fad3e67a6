import { z } from "zod";
import { validOrThrow } from "@/lib/http/errors";
import { apiRoute } from "@/lib/http/methods";
import { withApiErrors } from "@/lib/http/route-handler";
import { attachment, templateFile } from "@/lib/batch/template-file";
import { policies, policyById } from "@policies/index";

const choices = policies.map((p) => p.id).join("、");

// Each message names its parameter: the caller sees only the text, not which zod rule failed.
const querySchema = z.object({
  policy: z.string({ error: `缺少 policy 参数；可选：${choices}` }).refine((id) => policyById.has(id), { error: `policy 不是已收录的政策；可选：${choices}` }),
  format: z.enum(["csv", "xlsx"], { error: "format 只能是 csv 或 xlsx" }).default("xlsx"),
});

/** GET /regulator/template?policy=jinshan&format=xlsx — the upload template with example rows. */
const template = withApiErrors((request: Request) => {
  const params = new URL(request.url).searchParams;
  const { policy, format } = validOrThrow(querySchema.safeParse({ policy: params.get("policy") ?? undefined, format: params.get("format") ?? undefined }), 400);
  const file = templateFile(policyById.get(policy)!, format);
  return new Response(file.body as BodyInit, {
    headers: { "Content-Type": file.type, "Content-Disposition": attachment(file.filename), "Cache-Control": "no-store" },
  });
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({ GET: template });
