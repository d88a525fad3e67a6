/**
 * The evaluate / compare request bodies, built from the fact vocabulary: one strict object per fact
 * type (its date, count, amount and inputs), discriminated by `type`. Shared by the JSON API and by
 * anything else that accepts a profile from outside (share links), so all refuse the same input.
 */
import { z } from "zod";
import type { Applicant, Fact, FactType } from "@/engine/types";
import { applicantNameProblem, MAX_APPLICANT_NAME_LENGTH } from "@/lib/share/applicant-name";
import { policyById } from "@policies/index";
import { isoDate } from "@policies/schema";
import { factTypes } from "@policies/vocabulary";
import { fieldsObject } from "./field-schema";
import { applicantFields, factFields, type Field } from "./fields";

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

const factUnion = (fieldsOf: (ft: FactType) => Field[]) =>
  z.discriminatedUnion(
    "type",
    factTypes.map((ft) => fieldsObject(fieldsOf(ft), `事项“${ft.label}”（${ft.type}）`, { type: z.literal(ft.type) }).meta({ title: ft.label })) as unknown as [
      ReturnType<typeof fieldsObject>,
      ...ReturnType<typeof fieldsObject>[],
    ],
    {
      error: (issue) => {
        if (issue.code !== "invalid_union") return "每个事项须为 JSON 对象，如 {\"type\": \"quality-award\", …}";
        const type = (issue.input as { type?: unknown } | undefined)?.type;
        return `${type === undefined ? "缺少事实类型" : "未知的事实类型"}；可用的类型（见 GET /api/v1/facts）：${typeList}`;
      },
    },
  );

const factSchema = factUnion(factFields);

/**
 * A fact as the questionnaire holds it before it is finished (its own address, ?s=): the same
 * fields and the same checks on every value stated, but none of them required yet.
 */
export const draftFactSchema = factUnion((ft) => factFields(ft).map((f) => ({ ...f, required: false }))) as unknown as z.ZodType<Fact>;

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

export const evaluateRequestSchema = body({ policy: policySchema, ...compareShape }) as unknown as z.ZodType<EvaluateRequest>;

/** The evaluate body minus `policy`: one profile, every registered policy. */
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
}) as unknown as z.ZodType<ShareRequest>;

export const parseShareRequest = (json: unknown) => shareRequestSchema.safeParse(json);

export const parseEvaluateRequest = (json: unknown) => evaluateRequestSchema.safeParse(json);

export const parseCompareRequest = (json: unknown) => compareRequestSchema.safeParse(json);
