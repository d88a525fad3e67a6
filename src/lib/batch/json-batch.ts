/**
 * POST /api/v1/batch as JSON: `{ policy, asOf?, applicants: [{ id, name?, applicant, facts }] }`.
 * The envelope must be right (else 422); each applicant is then checked on its own with the
 * same schemas as an upload and as POST /api/v1/evaluate, and reported like a row: `row` is the
 * applicant's position (1 = the first), `column` the field's path inside it (`facts[2].count`).
 * Like a file, a large cohort is read by several threads, each taking its shard of the applicants
 * by id (shard.ts); an applicant without a usable id is the first shard's to report.
 */
import { z } from "zod";
import type { Applicant, Fact, IsoDate } from "@/engine/types";
import { formatPath, validOrThrow } from "@/lib/http/errors";
import { MAX_FACTS } from "@/lib/validation/evaluate-request";
import { isoDate } from "@policies/schema";
import { policies, policyById } from "@policies/index";
import { factTypeIndex } from "@policies/vocabulary";
import type { BatchInput, BatchMember, RefusedApplicant, RowError } from "./cohort-builder";
import { applicantSchema, factSchema } from "./fact-schemas";
import { shardOf, WHOLE, type Shard } from "./shard";
import { settleBlanks } from "./unstated";
import { MAX_REPORTED_ERRORS } from "./upload-limits";

/** 50 MB of JSON holds about this many small applicants; more would only be slow. */
export const MAX_APPLICANTS = 200_000;

const policyIds = policies.map((p) => p.id).join("、");

export const batchEnvelopeSchema = z.strictObject(
  {
    policy: z
      .string({ error: `缺少 policy；可选：${policyIds}` })
      .max(64)
      .refine((id) => policyById.has(id), { error: `未知的政策；可选：${policyIds}` }),
    asOf: isoDate.optional(),
    applicants: z
      .array(z.unknown(), { error: "applicants 须为数组：[{ id, applicant, facts }]" })
      .min(1, { error: "applicants 不能为空" })
      .max(MAX_APPLICANTS, { error: `一次最多 ${MAX_APPLICANTS} 个申请人` }),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? "请求不支持这个字段；可填：policy、asOf、applicants" : "请求体须为 JSON 对象") },
);

export type BatchEnvelope = z.infer<typeof batchEnvelopeSchema>;

export const memberSchema = z.strictObject(
  {
    id: z.union([z.string().trim().min(1).max(100), z.number().int()], { error: "id 须为 1–100 个字符的字符串" }),
    name: z.string().max(200, { error: "name 不能超过 200 个字符" }).optional(),
    applicant: z.unknown(),
    facts: z.array(z.unknown(), { error: "facts 须为数组" }).max(MAX_FACTS, { error: `每个申请人最多 ${MAX_FACTS} 个事项` }),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? "申请人只能有 id、name、applicant、facts" : "每个申请人须为 JSON 对象") },
);

const factEnvelope = z.looseObject({ type: z.string({ error: "缺少事项类型 type" }) }, { error: "每个事项须为 JSON 对象" });

export const readJsonBatch = (envelope: BatchEnvelope, shard: Shard = WHOLE): BatchInput => {
  const errors: RowError[] = [];
  let errorCount = 0;
  /** The applicant being checked, once its id is known: errors name it. */
  let current = "";
  const report = (row: number, path: readonly PropertyKey[], message: string) => {
    errorCount++;
    if (errors.length < MAX_REPORTED_ERRORS) errors.push({ row, column: formatPath(path), message, ...(current ? { id: current } : {}) });
  };
  const reportAll = (row: number, prefix: PropertyKey[], error: z.ZodError) => {
    for (const issue of error.issues) {
      const keys = issue.code === "unrecognized_keys" ? issue.keys.map((k) => [k]) : [[]];
      for (const key of keys) report(row, [...prefix, ...issue.path, ...key], issue.message);
    }
  };

  const policy = policyById.get(envelope.policy)!;
  const members: BatchMember[] = [];
  const refused: RefusedApplicant[] = [];
  const firstRow = new Map<string, number>();
  let rows = 0;
  let validRows = 0;
  let applicants = 0;
  envelope.applicants.forEach((raw, i) => {
    const row = i + 1;
    const before = errorCount;
    const m = memberSchema.safeParse(raw);
    const id = m.success ? String(m.data.id) : "";
    if (shardOf(id, shard.count) !== shard.index) return;
    applicants++;
    current = id;
    if (!m.success) return reportAll(row, [], m.error);
    const seen = firstRow.get(id);
    if (seen !== undefined) report(row, ["id"], `编号“${id}”与第 ${seen} 个申请人重复`);
    else firstRow.set(id, row);
    const applicant = applicantSchema.safeParse(m.data.applicant ?? {});
    if (!applicant.success) reportAll(row, ["applicant"], applicant.error);
    const facts: Fact[] = [];
    m.data.facts.forEach((rawFact, j) => {
      rows++;
      const envelopeOk = factEnvelope.safeParse(rawFact);
      if (!envelopeOk.success) return reportAll(row, ["facts", j], envelopeOk.error);
      const { type, ...fields } = envelopeOk.data;
      const ft = factTypeIndex.get(type);
      if (!ft) return report(row, ["facts", j, "type"], `未知的事实类型“${type.slice(0, 40)}”（见 GET /api/v1/facts）`);
      const parsed = factSchema(ft).safeParse(fields);
      if (!parsed.success) return reportAll(row, ["facts", j], parsed.error);
      facts.push({ type, ...(parsed.data as object) } as Fact);
    });
    if (errorCount > before || !applicant.success) {
      if (id) refused.push({ id, ...(m.data.name ? { name: m.data.name } : {}), row, problems: errorCount - before });
      return;
    }
    validRows += facts.length;
    const settled = settleBlanks(
      policy,
      applicant.data as Applicant,
      facts,
      () => row,
      (j, input) => formatPath(j === null ? ["applicant", input] : ["facts", j, input]),
    );
    members.push({
      id,
      ...(m.data.name ? { name: m.data.name } : {}),
      row,
      applicant: applicant.data as Applicant,
      facts: settled.facts as Fact[],
      ...(settled.assumptions.length > 0 ? { assumptions: settled.assumptions } : {}),
    });
  });
  return {
    policy,
    members,
    refused,
    errors,
    errorCount,
    warnings: [],
    stats: { rows, validRows, applicants, validApplicants: members.length },
  };
};

/** A parsed JSON body → its shard of the cohort and the date to evaluate at; a bad envelope is a 422 naming the field. */
export const jsonBatchOf = (json: unknown, today: IsoDate, shard: Shard = WHOLE): { input: BatchInput & { format: "json" }; asOf: IsoDate } => {
  const envelope = validOrThrow(batchEnvelopeSchema.safeParse(json));
  return { input: { ...readJsonBatch(envelope, shard), format: "json" }, asOf: envelope.asOf ?? today };
};
