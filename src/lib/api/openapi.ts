/**
 * The OpenAPI 3.1 document of the JSON API (GET /api/v1/openapi.json, shown as a page at /api).
 * Generated, not written: request bodies from the zod schemas the routes validate with
 * (src/lib/validation, src/lib/cohort/draft.ts, src/lib/batch/json-batch.ts), answers from
 * response-schemas.ts. Every example below is sent by tests/integration/api-openapi.test.ts, which
 * expects the documented status and an answer that matches the documented schema.
 */
import { z } from "zod";
import { draftSchema } from "@/lib/cohort/draft";
import { batchEnvelopeSchema, MAX_APPLICANTS, memberSchema } from "@/lib/batch/json-batch";
import { MAX_UPLOAD_BYTES } from "@/lib/batch/upload-limits";
import { CORS_ROUTES } from "@/lib/http/cors";
import { traceParamSchema } from "@/lib/validation/evaluate-query";
import { compareRequestSchema, compareShape, evaluateRequestSchema, shareRequestSchema } from "@/lib/validation/evaluate-request";
import { policyById } from "@policies/index";
import {
  apiErrorSchema,
  batchReportSchema,
  comparisonSchema,
  draftCreatedSchema,
  draftSavedSchema,
  evaluationSchema,
  factsCatalogSchema,
  healthSchema,
  policyDetailSchema,
  policyListSchema,
  resultLinkSchema,
  shareCreatedSchema,
} from "./response-schemas";

type Json = Record<string, unknown>;

/** What a cohort in JSON looks like once each applicant is read: the envelope with its members spelled out. */
const batchJsonSchema = batchEnvelopeSchema.extend({
  applicants: z
    .array(memberSchema.extend({ applicant: compareShape.applicant, facts: compareShape.facts }))
    .min(1)
    .max(MAX_APPLICANTS),
});

/** Named schemas, referenced as #/components/schemas/{name}. */
const SCHEMAS = {
  EvaluateRequest: evaluateRequestSchema,
  CompareRequest: compareRequestSchema,
  ShareRequest: shareRequestSchema,
  DraftRequest: draftSchema,
  BatchRequest: batchJsonSchema,
  Evaluation: evaluationSchema,
  Comparison: comparisonSchema,
  PolicyList: policyListSchema,
  PolicyDetail: policyDetailSchema,
  FactsCatalog: factsCatalogSchema,
  ShareCreated: shareCreatedSchema,
  ResultLink: resultLinkSchema,
  Draft: draftSavedSchema,
  DraftCreated: draftCreatedSchema,
  BatchReport: batchReportSchema,
  Health: healthSchema,
  Error: apiErrorSchema,
} satisfies Record<string, z.ZodType>;

export type SchemaName = keyof typeof SCHEMAS;

const ref = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` });

const componentSchemas = (): Record<string, Json> => {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(SCHEMAS)) registry.add(schema, { id });
  // "input": what a client may send; for the answers (open objects, no transforms) the same as what it receives.
  const { schemas } = z.toJSONSchema(registry, { io: "input", target: "draft-2020-12", unrepresentable: "any", uri: (id) => ref(id as SchemaName).$ref });
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema as Json]));
};

// ------------------------------------------------------------------ examples

/** "We won 上海市质量金奖 this year, led two national standards and passed CNAS" — in 金山区; the tests' typical request too. */
export const TYPICAL_EXAMPLE = {
  policy: "jinshan",
  asOf: "2025-09-30",
  applicant: { kind: "organization", orgType: "enterprise" },
  facts: [
    { type: "quality-award", award: "shanghai-quality-gold-award", date: "2025-06-10" },
    { type: "standard-project", scope: "national", action: "formulate", role: "lead", count: 2, date: "2025-05-20" },
    { type: "testing-institution", institution: "cnas", stage: "established", first: true, date: "2025-07-01" },
  ],
};
const { policy: _policy, ...typicalProfile } = TYPICAL_EXAMPLE;
const typical = TYPICAL_EXAMPLE;

/** An Example Object; `x-status` is the status the API answers it with (the operation's success status when absent). */
interface Example {
  summary: string;
  value: unknown;
  "x-status"?: number;
}

const negativeCount: Example = {
  summary: "项目数为负：422，issues 指出 facts[0].count",
  value: { policy: "jinshan", applicant: { kind: "organization" }, facts: [{ type: "standard-project", scope: "national", action: "formulate", role: "lead", count: -2 }] },
  "x-status": 422,
};

// ------------------------------------------------------------------ operations

const ERRORS: Record<number, string> = {
  400: "请求体不是有效的 JSON 或 UTF-8（invalid_json）",
  404: "没有这个对象",
  413: "请求体过大（payload_too_large）",
  415: "Content-Type 不是 JSON（unsupported_media_type）",
  422: "请求数据不符合要求；issues 逐项指出字段（validation_failed）",
  429: "请求过于频繁；Retry-After 头给出等待秒数（rate_limited）",
  503: "数据库暂时无法连接；Retry-After 头给出等待秒数（database_unavailable）",
};

interface Operation {
  method: "get" | "post";
  path: string;
  operationId: string;
  summary: string;
  description: string;
  tag: string;
  parameters?: Json[];
  body?: { schema: SchemaName; examples: Record<string, Example>; extraContent?: Record<string, Json>; description?: string };
  success: { status: number; description: string; schema: SchemaName; headers?: Json; links?: Json };
  errors: number[];
}

const jsonBodyErrors = [400, 413, 415, 422];

const OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/api/v1/policies",
    operationId: "listPolicies",
    tag: "政策",
    summary: "已登记的政策",
    description: "每项政策的名称、地区、发文机关、有效期、是否在有效期内（按上海时间的今天）和政策数据版本。",
    success: { status: 200, description: "政策列表", schema: "PolicyList" },
    errors: [],
  },
  {
    method: "get",
    path: "/api/v1/policies/{id}",
    operationId: "getPolicy",
    tag: "政策",
    summary: "一项政策的条目和限额",
    description: "政策概要，加上每个条目（条款编号、标题、触发的事实、适用对象、金额规则与文字、原文）和每条限额规则（类型、数字、原文）。",
    parameters: [
      {
        name: "id",
        in: "path",
        required: true,
        description: "政策 id",
        schema: { type: "string", enum: [...policyById.keys()] },
        examples: { jinshan: { summary: "金山区", value: "jinshan" }, unknown: { summary: "未知的 id：404", value: "atlantis", "x-status": 404 } },
      },
    ],
    success: { status: 200, description: "政策的全部条目和限额", schema: "PolicyDetail" },
    errors: [404],
  },
  {
    method: "get",
    path: "/api/v1/facts",
    operationId: "getFacts",
    tag: "政策",
    summary: "事实词表：请求中可以填写什么",
    description: "每种事实（奖项、认证、标准项目……）的字段、类型、取值和单位，以及申请主体的字段。与请求校验使用同一份字段表，按它构造的表单不会被拒绝。",
    success: { status: 200, description: "事实词表", schema: "FactsCatalog" },
    errors: [],
  },
  {
    method: "post",
    path: "/api/v1/evaluate",
    operationId: "evaluate",
    tag: "测算",
    summary: "一个申请人在一项政策下的结果",
    description: "逐条列出可申领的金额（确定 min、最高 max）、条款与原文、限额规则的扣减、没有金额的支持事项和不支付的原因。不保存任何内容。",
    parameters: [{ name: "trace", in: "query", required: false, schema: z.toJSONSchema(traceParamSchema) }],
    body: { schema: "EvaluateRequest", examples: { typical: { summary: "金山区：上海市质量金奖、两项国家标准、CNAS 认可", value: typical }, negativeCount } },
    success: { status: 200, description: "测算结果", schema: "Evaluation" },
    errors: jsonBodyErrors,
  },
  {
    method: "post",
    path: "/api/v1/compare",
    operationId: "compare",
    tag: "测算",
    summary: "同一个申请人在每项政策下的结果",
    description: "请求体同 evaluate，但不含 policy；每项政策一个结果，日期相同。不保存任何内容。",
    parameters: [{ name: "trace", in: "query", required: false, schema: z.toJSONSchema(traceParamSchema) }],
    body: {
      schema: "CompareRequest",
      examples: {
        typical: { summary: "同一组答案在五项政策下", value: typicalProfile },
        withPolicy: { summary: "带 policy 字段：422", value: typical, "x-status": 422 },
      },
    },
    success: { status: 200, description: "每项政策的结果", schema: "Comparison" },
    errors: jsonBodyErrors,
  },
  {
    method: "post",
    path: "/api/v1/shares",
    operationId: "createShare",
    tag: "链接",
    summary: "保存结果，得到短链接 /s/{id}",
    description:
      "保存答案（日期固定）、政策数据版本和结果；只有填写了 applicantName 才保存名称。打开链接时按当时的数据版本重算，并说明政策数据是否已变化。限速见 docs/api.md#rate-limits。",
    body: {
      schema: "ShareRequest",
      examples: {
        named: { summary: "带申请人名称", value: { ...typical, applicantName: "上海某某科技有限公司" } },
        badName: { summary: "名称含换行：422，issues 指出 applicantName", value: { ...typical, applicantName: "某某\n公司" }, "x-status": 422 },
      },
    },
    success: { status: 201, description: "已保存；Location 头同 url", schema: "ShareCreated", headers: { Location: { schema: { type: "string" } } } },
    errors: [...jsonBodyErrors, 429, 503],
  },
  {
    method: "post",
    path: "/api/v1/links",
    operationId: "createResultLink",
    tag: "链接",
    summary: "经服务器签名的自包含结果链接 /r?d=…",
    description:
      "答案压缩在链接里，服务器不保存任何内容；链接带有服务器的签名（sig），打开时据此说明这就是当时的结果。没有签名或签名不符的链接只按当前数据重算。",
    body: { schema: "ShareRequest", examples: { typical: { summary: "金山区的典型答案", value: typical } } },
    success: { status: 200, description: "签名的链接", schema: "ResultLink" },
    errors: [...jsonBodyErrors, 503],
  },
  {
    method: "post",
    path: "/api/v1/batch",
    operationId: "evaluateBatch",
    tag: "监管",
    summary: "一批申请人在一项政策下的结果与合计",
    description: `JSON，或 CSV / Excel 文件（text/csv、.xlsx 或 multipart/form-data 的 file 字段，policy 与 asOf 放在查询参数或表单字段中），最大 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB。坏行逐行报告，不影响其他申请人。详见 docs/regulator.md。`,
    parameters: [
      { name: "policy", in: "query", required: false, description: "上传文件时的政策 id", schema: { type: "string" } },
      { name: "asOf", in: "query", required: false, description: "上传文件时的计算日期", schema: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" } },
    ],
    body: {
      schema: "BatchRequest",
      examples: {
        twoApplicants: {
          summary: "两个申请人",
          value: {
            policy: "jinshan",
            asOf: "2025-09-30",
            applicants: [
              { id: "A1", name: "甲公司", applicant: { kind: "organization" }, facts: [{ type: "quality-award", award: "shanghai-quality-gold-award", date: "2025-06-10" }] },
              { id: "A2", applicant: { kind: "organization" }, facts: typicalProfile.facts },
            ],
          },
        },
      },
      extraContent: {
        "text/csv": { schema: { type: "string", description: "模板见 /regulator/template" } },
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: { type: "string", contentEncoding: "binary" } },
      },
    },
    success: { status: 200, description: "人群报告", schema: "BatchReport" },
    errors: [...jsonBodyErrors, 429],
  },
  {
    method: "post",
    path: "/api/v1/drafts",
    operationId: "createDraft",
    tag: "监管",
    summary: "保存一份修订草案（what-if）",
    description: "草案是对一项政策金额、上限、数量或日期的修改清单，按草案 id 打开。与分享链接共用限速。",
    body: {
      schema: "DraftRequest",
      examples: {
        higherCap: {
          summary: "金山区年度上限提高到 120 万元",
          value: { name: "年度上限提高到 120 万元", policy: "jinshan", changes: [{ target: "limit", id: "js-23-yearly-cap", field: "cap", value: 1_200_000 }] },
        },
      },
    },
    success: {
      status: 201,
      description: "已保存；Location 头同 url",
      schema: "DraftCreated",
      headers: { Location: { schema: { type: "string" } } },
      links: { getDraft: { operationId: "getDraft", parameters: { id: "$response.body#/id" }, description: "按返回的 id 打开草案" } },
    },
    errors: [...jsonBodyErrors, 429, 503],
  },
  {
    method: "get",
    path: "/api/v1/drafts/{id}",
    operationId: "getDraft",
    tag: "监管",
    summary: "打开一份草案",
    description: "草案的名称、政策和修改；outdated 表示保存后政策数据已有变化。",
    parameters: [
      {
        name: "id",
        in: "path",
        required: true,
        description: "POST /api/v1/drafts 返回的 id（见 links）",
        schema: { type: "string", pattern: "^[0-9A-Za-z]{22}$" },
        examples: { unknown: { summary: "不存在的草案：404", value: "AAAAAAAAAAAAAAAAAAAAAA", "x-status": 404 } },
      },
    ],
    success: { status: 200, description: "草案", schema: "Draft" },
    errors: [404, 503],
  },
  {
    method: "get",
    path: "/api/v1/health",
    operationId: "health",
    tag: "运维",
    summary: "进程是否在响应",
    description: "不访问数据库，数据库不可用时也返回 200。",
    success: { status: 200, description: "正常", schema: "Health" },
    errors: [],
  },
];

const DOCUMENT_PATH = "/api/v1/openapi.json";

const operationObject = (op: Operation): Json => ({
  operationId: op.operationId,
  tags: [op.tag],
  summary: op.summary,
  description: `${op.description} ${CORS_ROUTES.has(op.path) ? "允许跨域调用（CORS）。" : "不允许跨域调用（其他网站的网页不能从浏览器调用）。"}`,
  ...(op.parameters ? { parameters: op.parameters } : {}),
  ...(op.body
    ? {
        requestBody: {
          required: true,
          content: { "application/json": { schema: ref(op.body.schema), examples: op.body.examples }, ...op.body.extraContent },
        },
      }
    : {}),
  responses: {
    [op.success.status]: {
      description: op.success.description,
      ...(op.success.headers ? { headers: op.success.headers } : {}),
      content: { "application/json": { schema: ref(op.success.schema) } },
      ...(op.success.links ? { links: op.success.links } : {}),
    },
    ...Object.fromEntries(op.errors.map((status) => [status, { $ref: `#/components/responses/E${status}` }])),
  },
});

const build = (): Json => {
  const paths: Record<string, Json> = {};
  for (const op of OPERATIONS) paths[op.path] = { ...paths[op.path], [op.method]: operationObject(op) };
  paths[DOCUMENT_PATH] = {
    get: {
      operationId: "getOpenApi",
      tags: ["运维"],
      summary: "本文档",
      description: "OpenAPI 3.1，由请求校验所用的 zod 模式生成。允许跨域调用（CORS）。",
      responses: { "200": { description: "OpenAPI 文档", content: { "application/json": { schema: { type: "object" } } } } },
    },
  };
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "政策计算器 API",
      version: "1",
      description:
        "金额一律为整数元，日期为 YYYY-MM-DD。错误统一为 { error: { code, message, issues: [{ path, message }] } }；接口不支持的方法得到 405 和 Allow 头。测算与查询接口允许跨域调用；保存类接口（shares、links、drafts）和 batch 不允许。说明：docs/api.md。",
    },
    tags: ["政策", "测算", "链接", "监管", "运维"].map((name) => ({ name })),
    paths,
    components: {
      schemas: componentSchemas(),
      responses: Object.fromEntries(
        Object.entries(ERRORS).map(([status, description]) => [`E${status}`, { description, content: { "application/json": { schema: ref("Error") } } }]),
      ),
    },
  };
};

let cached: Json | undefined;

/** The document; built once per process (it depends on the code only). */
export const openApiDocument = (): Json => (cached ??= build());
