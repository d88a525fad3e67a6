/**
 * What the JSON API answers, as zod schemas: the OpenAPI document (openapi.ts) is generated from
 * them, and tests/integration/api-openapi.test.ts checks every documented answer against the
 * document, so the two cannot drift apart. Objects are open (a field added later is not an error
 * for a client); the fields listed are the contract of SPEC.md.
 */
import { z } from "zod";

const yuan = z.number().int().meta({ description: "整数元" });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ description: "YYYY-MM-DD" });
const range = z.object({ min: yuan, max: yuan }).meta({ description: "min：条文写明的确定金额；max：条文允许的最高额" });

export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: "稳定的英文代码，供程序判断" }),
      message: z.string().meta({ description: "中文说明" }),
      issues: z.array(z.object({ path: z.string().meta({ description: "出错的字段，如 facts[0].count；请求体本身为空串" }), message: z.string() })),
    }),
  })
  .meta({ description: "所有 4xx/5xx 的统一格式" });

const reason = z.object({
  code: z.string().meta({ description: "not-in-force、not-yet-in-force、excluded、kind-not-covered、fact-outside-window、fact-after-as-of、no-matching-item 等" }),
  clause: z.string().optional(),
  message: z.string(),
  fact: z.number().int().optional().meta({ description: "请求中 facts 的序号（从 0 起）" }),
});

const line = z.object({
  item: z.string(),
  clause: z.string().meta({ description: "条款编号，按政策原文的写法" }),
  title: z.string(),
  label: z.string(),
  payer: z.enum(["national", "provincial", "city", "district"]).optional(),
  fact: z.number().int(),
  year: z.number().int(),
  units: z.number().int(),
  gross: range,
  min: yuan,
  max: yuan,
  status: z.enum(["payable", "reduced", "dropped", "ineligible", "outside-window"]),
  notes: z.array(z.string()),
  calc: z.array(z.looseObject({ kind: z.string() })).meta({ description: "计算步骤（fixed、upTo、share、cap、tier、units、revision、limit）" }),
  quote: z.string().meta({ description: "条款原文" }),
  reading: z.string().optional().meta({ description: "条文有歧义时本工具采用的读法" }),
});

export const evaluationSchema = z
  .object({
    policy: z.string(),
    asOf: isoDate,
    inForce: z.boolean(),
    eligible: z.boolean(),
    reasons: z.array(reason),
    lines: z.array(line),
    adjustments: z.array(
      z.object({
        limit: z.string(),
        clause: z.string(),
        kind: z.string().meta({ description: "highestOnly、maxCount、sameMatter、groupCap、policyCap、revisionShare、quota" }),
        effect: range.meta({ description: "限额扣减的金额（≤ 0）" }),
        explanation: z.string(),
        lines: z.array(z.number().int()),
        year: z.number().int().optional(),
        quote: z.string(),
      }),
    ),
    unquantified: z.array(z.object({ item: z.string(), clause: z.string(), title: z.string(), label: z.string(), fact: z.number().int(), why: z.string(), quote: z.string() })),
    notes: z.array(z.string()),
    total: range,
    policyVersion: z.string().meta({ description: "政策数据的内容哈希，如 jinshan@3c87d29400bc582a" }),
    trace: z.array(z.string()).optional().meta({ description: "逐步说明；?trace=0 时省略" }),
  })
  .meta({ description: "一个申请人在一项政策下的结果" });

const incompleteResultSchema = z
  .object({
    policy: z.string(),
    asOf: isoDate,
    policyVersion: z.string(),
    missing: z.array(
      z.object({
        fact: z.number().int().meta({ description: "facts 中的序号（从 0 起）" }),
        type: z.string(),
        inputs: z.array(z.object({ name: z.string(), label: z.string() })),
      }),
    ),
  })
  .meta({ description: "该政策的条款读取、而请求没有填写的输入：补充前不给金额（不按猜测计算）" });

export const comparisonSchema = z.object({
  asOf: isoDate,
  results: z
    .array(z.union([evaluationSchema, incompleteResultSchema]))
    .meta({ description: "每项政策一个结果，顺序同 GET /api/v1/policies；政策读取而请求缺少的输入，以 missing 列出，不给金额" }),
});

const effective = z.object({ from: isoDate, to: isoDate.nullable() });

export const policySummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    shortName: z.string(),
    region: z.string(),
    issuer: z.string(),
    docNumber: z.string().optional(),
    published: isoDate,
    effective,
    retroactiveFrom: isoDate.optional(),
    inForce: z.boolean().meta({ description: "按今天（上海时间）判断" }),
    policyVersion: z.string(),
    counts: z.object({ items: z.number().int(), limits: z.number().int() }),
  })
  ;

export const policyListSchema = z.object({ policies: z.array(policySummarySchema) });

const source = { clause: z.string(), quote: z.string(), reading: z.string().optional() };

export const policyDetailSchema = policySummarySchema
  .extend({
    effective: effective.extend(source),
    applicants: z.object({ ...source, kinds: z.array(z.enum(["organization", "individual"])) }),
    exclusions: z.array(z.looseObject({ id: z.string(), ...source, reason: z.string() })),
    items: z.array(
      z.looseObject({
        id: z.string(),
        ...source,
        title: z.string(),
        label: z.string(),
        facts: z.array(z.looseObject({ type: z.string() })),
        who: z.looseObject({ kinds: z.array(z.string()) }),
        amount: z.looseObject({ kind: z.string(), text: z.string().meta({ description: "如 最高 30 万元/项" }) }),
        conditions: z.array(z.looseObject({ input: z.string(), requirement: z.string() })),
      }),
    ),
    limits: z.array(z.looseObject({ id: z.string(), ...source, kind: z.string(), label: z.string(), text: z.string() })),
    notes: z.array(z.looseObject({ id: z.string(), ...source, text: z.string() })),
    guidance: z.array(z.looseObject({ id: z.string(), label: z.string(), text: z.string(), clause: z.string() })),
  })
  ;

const field = z.object({
  name: z.string(),
  type: z.enum(["date", "enum", "boolean", "int", "yuan", "percent"]),
  label: z.string(),
  unit: z.string().optional(),
  hint: z.string().optional(),
  options: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  required: z.boolean(),
});

export const factsCatalogSchema = z
  .object({
    facts: z.array(
      z.object({
        type: z.string(),
        label: z.string(),
        group: z.string(),
        groupLabel: z.string(),
        hint: z.string().optional(),
        count: z.object({ meaning: z.enum(["multiplicity", "measure"]), label: z.string(), unit: z.string() }).optional(),
        amount: z.object({ label: z.string() }).optional(),
        inputs: z.array(field),
      }),
    ),
    applicant: z.object({ inputs: z.array(field) }),
    groups: z.array(z.object({ id: z.string(), label: z.string() })),
    maxFacts: z.number().int(),
  })
  ;

export const shareCreatedSchema = z
  .object({ id: z.string().regex(/^[0-9A-Za-z]{22}$/), url: z.string().meta({ description: "短链接 /s/{id}，见 docs/api.md#links-in-answers" }) })
  ;

export const resultLinkSchema = z
  .object({ url: z.string().meta({ description: "经服务器签名的自包含结果链接 /r?d=…&v=…&sig=…" }) })
  ;

export const draftSavedSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    policy: z.string(),
    changes: z.array(z.looseObject({ target: z.string() })),
    createdAt: z.string(),
    baseVersion: z.string(),
    outdated: z.boolean(),
  })
  ;

export const draftCreatedSchema = draftSavedSchema.extend({ url: z.string() });

export const batchReportSchema = z
  .looseObject({
    policyVersion: z.string(),
    asOf: isoDate,
    input: z.looseObject({ format: z.enum(["csv", "xlsx", "json"]), rows: z.number().int(), applicants: z.number().int(), validApplicants: z.number().int(), invalidApplicants: z.number().int() }),
    applicants: z.array(
      z.object({ id: z.string(), name: z.string().optional(), row: z.number().int(), eligible: z.boolean(), inForce: z.boolean(), total: range, cut: range, unquantified: z.number().int() }),
    ),
    errors: z.array(z.looseObject({ row: z.number().int(), message: z.string() })),
    errorCount: z.number().int(),
    warnings: z.array(z.string()),
  })
  .meta({ description: "人群的合计、按条款、按限额的汇总，以及每个申请人的合计（docs/regulator.md）" });

export const healthSchema = z.object({ ok: z.literal(true) });
