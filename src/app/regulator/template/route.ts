import { z } from "zod";
import { validOrThrow } from "@/lib/http/errors";
import { withApiErrors } from "@/lib/http/route-handler";
import { attachment, templateFile } from "@/lib/batch/template-file";
import { policies, policyById } from "@policies/index";

const querySchema = z.object({
  policy: z.string().refine((id) => policyById.has(id), { error: `未知的政策；可选：${policies.map((p) => p.id).join("、")}` }),
  format: z.enum(["csv", "xlsx"], { error: "format 只能是 csv 或 xlsx" }).default("xlsx"),
});

/** GET /regulator/template?policy=jinshan&format=xlsx — the upload template with example rows. */
export const GET = withApiErrors((request: Request) => {
  const params = new URL(request.url).searchParams;
  const { policy, format } = validOrThrow(querySchema.safeParse({ policy: params.get("policy") ?? undefined, format: params.get("format") ?? undefined }), 400);
  const file = templateFile(policyById.get(policy)!, format);
  return new Response(file.body as BodyInit, {
    headers: { "Content-Type": file.type, "Content-Disposition": attachment(file.filename), "Cache-Control": "no-store" },
  });
});
