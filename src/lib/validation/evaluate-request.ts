/**
 * The evaluate / compare request bodies, built from the fact vocabulary: one strict object per fact
 * type (its date, count, amount and inputs), discriminated by `type`. Shared by the JSON API and by
 * anything else that accepts a profile from outside (share links), so all refuse the same input.
 */
import { z } from "zod";
import type { Applicant, Fact } from "@/engine/types";
import { applicantNameProblem, MAX_APPLICANT_NAME_LENGTH } from "@/lib/share/applicant-name";
import { policyById } from "@policies/index";
import { isoDate } from "@policies/schema";
import { factTypes } from "@policies/vocabulary";
import { fieldsObject, missingMessage } from "./field-schema";
import { applicantFields, factFields } from "./fields";
import { missingInputs } from "./inputs-read";

/** Far more than any applicant states (the questionnaire has ~40 fact types); bounds the work per request. */
export const MAX_FACTS = 200;

/** Policy ids are short slugs; anything longer is refused before it is looked up. */
const MAX_POLICY_ID_LENGTH = 64;

export interface CompareRequest {
  asOf?: string;
  applicant: Applicant;
  facts: Fact[];
}

export interface EvaluateRequest extends CompareRequest {
  policy: string;
}

/** A result link's request: the answers, and the applicant's name if the user typed one. */
export interface ShareRequest extends EvaluateRequest {
  applicantName?: string;
}

const typeList = factTypes.map((ft) => ft.type).join("、");

const READ_INPUTS_RULE =
  "GET /api/v1/facts 标为 required 的输入，在所选政策有条款读取它时必填（按本事项已填的选项判断，如金山区的标志性项目成果不读等级）；其余可不填。/compare 不指定政策：各政策缺少的输入列在该政策结果的 missing 中。";

/**
 * A fact: its fields, each checked where stated, none required by itself. Which inputs must be
 * stated depends on the policy — those its items read, given the fact's other choices — and is
 * checked on the whole request (requireReadInputs). The questionnaire's own address (?s=) holds
 * unfinished facts with this same schema.
 */
export const factSchema = z.discriminatedUnion(
  "type",
  factTypes.map((ft) =>
    fieldsObject(
      factFields(ft).map((f) => ({ ...f, required: false })),
      `事项“${ft.label}”（${ft.type}）`,
      { type: z.literal(ft.type) },
    ).meta({ title: ft.label, description: READ_INPUTS_RULE }),
  ) as unknown as [ReturnType<typeof fieldsObject>, ...ReturnType<typeof fieldsObject>[]],
  {
    error: (issue) => {
      if (issue.code !== "invalid_union") return "每个事项须为 JSON 对象，如 {\"type\": \"quality-award\", …}";
      const type = (issue.input as { type?: unknown } | undefined)?.type;
      return `${type === undefined ? "缺少事实类型" : "未知的事实类型"}；可用的类型（见 GET /api/v1/facts）：${typeList}`;
    },
  },
) as unknown as z.ZodType<Fact>;

const factsSchema = z
  .array(factSchema, { error: (issue) => (issue.input === undefined ? "缺少 facts（可为空数组 []）" : "facts 须为数组") })
  .max(MAX_FACTS, { error: `一次最多填写 ${MAX_FACTS} 个事项` });

const policyIds = [...policyById.keys()].join("、");
const unknownPolicy = `未知的政策；可选：${policyIds}`;

const policySchema = z
  .string({ error: (issue) => (issue.input === undefined ? `缺少 policy；可选：${policyIds}` : "policy 须为字符串") })
  .max(MAX_POLICY_ID_LENGTH, { error: unknownPolicy, abort: true })
  .refine((id) => policyById.has(id), { error: unknownPolicy })
  .meta({ description: "政策 id（见 GET /api/v1/policies）", enum: [...policyById.keys()] });

export const compareShape = {
  asOf: isoDate.optional(),
  applicant: fieldsObject(applicantFields, "申请主体（applicant）"),
  facts: factsSchema,
};

const body = (shape: z.core.$ZodLooseShape) => {
  const names = Object.keys(shape).join("、");
  return z.strictObject(shape, {
    error: (issue) => (issue.code === "unrecognized_keys" ? `请求不支持这个字段；可填：${names}` : "请求体须为 JSON 对象"),
  });
};

/** Each input the request's policy reads (for this applicant, given each fact's choices) must be stated: inputs-read.ts. */
const requireReadInputs = (body: Record<string, unknown>, ctx: z.RefinementCtx) => {
  // Runs only once the body has parsed, so it has the request's shape.
  const request = body as unknown as EvaluateRequest;
  const policy = policyById.get(request.policy);
  if (!policy) return;
  for (const { fact, fields } of missingInputs(policy, request.applicant, request.facts)) {
    for (const f of fields) ctx.addIssue({ code: "custom", path: ["facts", fact, f.name], message: missingMessage(f) });
  }
};

export const evaluateRequestSchema = body({ policy: policySchema, ...compareShape }).superRefine(requireReadInputs) as unknown as z.ZodType<EvaluateRequest>;

/**
 * The evaluate body minus `policy`: one profile, every registered policy. No input is required by
 * itself here: each policy's result names those it reads and lacks (compare-results.ts).
 */
export const compareRequestSchema = body(compareShape) as unknown as z.ZodType<CompareRequest>;

export const applicantNameSchema = z
  .string({ error: "申请人名称须为字符串" })
  .trim()
  .superRefine((name, ctx) => {
    const problem = applicantNameProblem(name);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .meta({ description: "申请单位或个人的名称（可选），显示在分享页和打印件上；不含控制字符", maxLength: MAX_APPLICANT_NAME_LENGTH });

/** POST /api/v1/shares and /api/v1/links: an evaluate request, plus the name of the applicant if given. */
export const shareRequestSchema = body({
  policy: policySchema,
  ...compareShape,
  applicantName: applicantNameSchema.optional(),
}).superRefine(requireReadInputs) as unknown as z.ZodType<ShareRequest>;

export const parseShareRequest = (json: unknown) => shareRequestSchema.safeParse(json);

export const parseEvaluateRequest = (json: unknown) => evaluateRequestSchema.safeParse(json);

export const parseCompareRequest = (json: unknown) => compareRequestSchema.safeParse(json);
