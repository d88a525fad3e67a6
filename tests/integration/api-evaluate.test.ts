import { afterEach, describe, expect, it, vi } from "vitest";
import { POST, GET, PUT } from "@/app/api/v1/evaluate/route";
import { evaluate } from "@/engine";
import type { Evaluation } from "@/engine/types";
import { MAX_FACTS } from "@/lib/validation/evaluate-request";
import { policyById } from "@policies/index";
import { MAX_PLAUSIBLE_COUNT, MAX_PLAUSIBLE_YUAN } from "@policies/vocabulary";
import { API, expectApiError, jsonRequest, TYPICAL_JINSHAN } from "./api-helpers";

const post = (body: unknown, query = "") => POST(jsonRequest(`/evaluate${query}`, body));

/** A request body as a hostile client may shape it. */
interface Body {
  [key: string]: unknown;
  applicant: Record<string, unknown>;
  facts: Record<string, unknown>[];
}

/** The typical body with one change, written as a function so each case says only what differs. */
const variant = (change: (b: Body) => void): Body => {
  const b: Body = structuredClone(TYPICAL_JINSHAN);
  change(b);
  return b;
};

const standard = (extra: Record<string, unknown>) => ({ type: "standard-project", scope: "national", action: "formulate", role: "lead", ...extra });
const withFacts = (...facts: unknown[]) => ({ ...structuredClone(TYPICAL_JINSHAN), facts });
const without = (key: string) => variant((b) => Reflect.deleteProperty(b, key));

afterEach(() => {
  vi.useRealTimers();
});

describe("POST /api/v1/evaluate — good requests", () => {
  it("returns exactly what the engine returns for a typical Jinshan profile", async () => {
    const res = await post(TYPICAL_JINSHAN);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Evaluation;
    const direct = evaluate({
      policy: policyById.get("jinshan")!,
      applicant: { kind: "organization", orgType: "enterprise" },
      facts: TYPICAL_JINSHAN.facts,
      asOf: "2025-09-30",
    });
    expect(body).toEqual(JSON.parse(JSON.stringify(direct)));
    // 质量金奖 30 万 (fixed) + 2 × 国家标准主导 最高 30 万 + CNAS 最高 5 万
    expect(body.total).toEqual({ min: 300_000, max: 950_000 });
    expect(body.trace?.length).toBeGreaterThan(0);
  });

  it("omits the trace with ?trace=0 and keeps it with ?trace=1", async () => {
    const without = (await (await post(TYPICAL_JINSHAN, "?trace=0")).json()) as Evaluation;
    expect(without.trace).toBeUndefined();
    expect(without.total.max).toBe(950_000);
    const withTrace = (await (await post(TYPICAL_JINSHAN, "?trace=1")).json()) as Evaluation;
    expect(withTrace.trace?.length).toBeGreaterThan(0);
  });

  it("defaults asOf to today in Asia/Shanghai, not in UTC", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2025-12-31T17:30:00Z")); // 2026-01-01 01:30 in Shanghai
    const body = (await (await post(without("asOf"))).json()) as Evaluation;
    expect(body.asOf).toBe("2026-01-01");
  });

  it("pays 临沂市 知识产权奖补资助（七） on patents held at the end of the year before, claimed in the year after", async () => {
    const body = (await (
      await post({
        policy: "linyi",
        asOf: "2023-06-30",
        applicant: { kind: "organization" },
        facts: [{ type: "high-value-patent-stock", date: "2022-12-31", count: 20 }],
      })
    ).json()) as Evaluation;
    expect(body.total).toEqual({ min: 0, max: 100_000 });
    expect(body.lines).toEqual([
      expect.objectContaining({ item: "ly-4-7-protection", status: "payable", year: 2023, notes: ["存量日期 2022-12-31，按次年 2023 年申报计"] }),
    ]);
    expect(body.trace).toContain("  · 存量日期 2022-12-31，按次年 2023 年申报计");
  });

  it("says which repealed document covers a 金山区 award of March 2025", async () => {
    const body = (await (await post(withFacts({ type: "quality-award", award: "shanghai-quality-gold-award", date: "2025-03-15" }))).json()) as Evaluation;
    expect(body.total).toEqual({ min: 0, max: 0 });
    expect(body.lines[0]).toMatchObject({ status: "outside-window" });
    expect(body.lines[0]!.notes[0]).toContain("金市监质〔2024〕4号");
  });

  it("accepts an empty fact list and an individual applicant", async () => {
    const res = await post({ policy: "jinshan", applicant: { kind: "individual" }, facts: [] });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Evaluation).total).toEqual({ min: 0, max: 0 });
  });

  it("accepts the charset parameter and a body of exactly the largest allowed size", async () => {
    const json = JSON.stringify(TYPICAL_JINSHAN);
    const padded = json + " ".repeat(1024 * 1024 - Buffer.byteLength(json));
    const res = await POST(jsonRequest("/evaluate", padded, { headers: { "content-type": "application/json; charset=UTF-8" } }));
    expect(res.status).toBe(200);
  });
});

type Case = [name: string, body: unknown, path: string, message?: RegExp];


const invalid: Case[] = [
  ["unknown policy", variant((b) => (b.policy = "atlantis")), "policy", /jinshan/],
  ["missing policy", without("policy"), "policy"],
  ["policy that is not a string", variant((b) => (b.policy = ["jinshan"])), "policy"],
  ["policy id far too long", variant((b) => (b.policy = "x".repeat(10_000))), "policy"],
  ["unknown fact type", variant((b) => (b.facts[1]!.type = "nobel-prize")), "facts[1].type", /quality-award/],
  ["fact without a type", withFacts({ award: "china-quality-award" }), "facts[0].type"],
  ["fact that is not an object", withFacts("quality-award"), "facts[0]"],
  ["unknown input on a fact type", variant((b) => (b.facts[0]!.colour = "gold")), "facts[0].colour", /award/],
  ["count on a fact type that declares none", variant((b) => (b.facts[0]!.count = 2)), "facts[0].count"],
  ["amount on a fact type that declares none", variant((b) => (b.facts[1]!.amount = 2)), "facts[1].amount"],
  ["enum value not among the options", variant((b) => (b.facts[0]!.award = "oscar")), "facts[0].award", /shanghai-quality-gold-award/],
  ["missing required input", variant((b) => delete b.facts[1]!.role), "facts[1].role", /缺少/],
  ["negative count", withFacts(standard({ count: -1 })), "facts[0].count", /负数/],
  ["fractional count", withFacts(standard({ count: 1.5 })), "facts[0].count", /整数/],
  ["count given as a string", withFacts(standard({ count: "2" })), "facts[0].count"],
  ["count above MAX_PLAUSIBLE_COUNT", withFacts(standard({ count: MAX_PLAUSIBLE_COUNT + 1 })), "facts[0].count", /不能超过/],
  ["amount with fen", withFacts({ type: "ip-insurance", insurance: "trademark", amount: 1000.5 }), "facts[0].amount", /整数元/],
  ["negative amount", withFacts({ type: "ip-insurance", insurance: "trademark", amount: -1 }), "facts[0].amount"],
  ["amount above MAX_PLAUSIBLE_YUAN", withFacts({ type: "ip-insurance", insurance: "trademark", amount: MAX_PLAUSIBLE_YUAN + 1 }), "facts[0].amount"],
  [
    "yuan input that is not integer yuan",
    withFacts({ type: "patent-deal", role: "intermediary", deal: "licence", serviceIncome: 99.99 }),
    "facts[0].serviceIncome",
  ],
  ["percent above 100", withFacts({ type: "excellence-performance", maturity: 120 }), "facts[0].maturity"],
  ["boolean given as a string", variant((b) => (b.facts[2]!.first = "true")), "facts[2].first"],
  ["null instead of a value", variant((b) => (b.facts[2]!.first = null)), "facts[2].first"],
  ["date that does not exist", variant((b) => (b.facts[0]!.date = "2025-02-30")), "facts[0].date", /不存在/],
  ["date in the wrong format", variant((b) => (b.facts[0]!.date = "2025/06/10")), "facts[0].date", /YYYY-MM-DD/],
  ["date without leading zeros", variant((b) => (b.facts[0]!.date = "2025-6-1")), "facts[0].date"],
  ["date with a time", variant((b) => (b.facts[0]!.date = "2025-06-10T00:00:00Z")), "facts[0].date"],
  ["asOf that does not exist", variant((b) => (b.asOf = "2025-13-01")), "asOf"],
  ["asOf as a number", variant((b) => (b.asOf = 20250930)), "asOf"],
  ["too many facts", withFacts(...Array.from({ length: MAX_FACTS + 1 }, () => standard({}))), "facts", /200/],
  ["facts not an array", { ...TYPICAL_JINSHAN, facts: { type: "quality-award" } }, "facts"],
  ["missing facts", without("facts"), "facts"],
  ["missing applicant", without("applicant"), "applicant"],
  ["unknown applicant kind", variant((b) => (b.applicant.kind = "alien")), "applicant.kind", /organization/],
  ["applicant without kind", variant((b) => (b.applicant = {})), "applicant.kind", /缺少/],
  ["unknown applicant attribute", variant((b) => (b.applicant.employees = 5)), "applicant.employees"],
  ["orgType not among the options", variant((b) => (b.applicant.orgType = "church")), "applicant.orgType"],
  ["unknown top-level field", variant((b) => (b.extra = 1)), "extra"],
  ["a very long key, clipped in the path", withFacts({ type: "quality-award", award: "china-quality-award", ["k".repeat(5000)]: 1 }), `facts[0].${"k".repeat(64)}…`],
  ["body that is an array", [TYPICAL_JINSHAN], ""],
  ["body that is null", null, ""],
  ["body that is a number", 42, ""],
];

describe("POST /api/v1/evaluate — invalid bodies are 422 naming the field", () => {
  it.each(invalid)("%s", async (_name, body, path, message) => {
    const error = await expectApiError(await post(body), 422, "validation_failed", path);
    if (message) expect(error.error.issues.find((i) => i.path === path)?.message).toMatch(message);
  });

  it("reports every bad field at once, and never echoes a long value back", async () => {
    const body = withFacts(standard({ count: -1, date: "2025-02-30" }), { type: "nobel-prize" });
    body.policy = "<script>".repeat(2000);
    const error = await expectApiError(await post(body), 422, "validation_failed");
    expect(error.error.issues.map((i) => i.path).sort()).toEqual(["facts[0].count", "facts[0].date", "facts[1].type", "policy"]);
    expect(JSON.stringify(error)).not.toContain("<script>");
  });

  it("lists at most the first 50 issues but counts them all in the message", async () => {
    const error = await expectApiError(await post(withFacts(...Array.from({ length: 60 }, () => ({ type: "nobel-prize" })))), 422, "validation_failed");
    expect(error.error.issues).toHaveLength(50);
    expect(error.error.issues[49]!.path).toBe("facts[49].type");
    expect(error.error.message).toContain("60 处错误");
  });

  it("rejects an unknown trace value on the query string", async () => {
    await expectApiError(await post(TYPICAL_JINSHAN, "?trace=maybe"), 422, "validation_failed", "trace");
  });

  it("keeps the trace for an empty query string and ignores other parameters", async () => {
    for (const query of ["", "?", "?utm_source=x", "?trace"]) {
      const res = await post(TYPICAL_JINSHAN, query);
      expect(res.status, query).toBe(query === "?trace" ? 422 : 200);
      if (res.status === 200) expect(((await res.json()) as Evaluation).trace?.length, query).toBeGreaterThan(0);
    }
  });
});

describe("POST /api/v1/evaluate — prototype-pollution keys", () => {
  const raw = (json: string) => POST(jsonRequest("/evaluate", json));
  const typical = JSON.stringify(TYPICAL_JINSHAN);

  it.each([
    ["__proto__ at the top", typical.replace("{", '{"__proto__":{"polluted":true},'), "__proto__"],
    ["constructor at the top", typical.replace("{", '{"constructor":{"prototype":{"polluted":true}},'), "constructor"],
    ["__proto__ in the applicant", typical.replace('"kind":', '"__proto__":{"polluted":true},"kind":'), "applicant.__proto__"],
    ["__proto__ in a fact", typical.replace('"award":', '"__proto__":{"polluted":true},"award":'), "facts[0].__proto__"],
    ["prototype in a fact", typical.replace('"award":', '"prototype":{"polluted":true},"award":'), "facts[0].prototype"],
  ])("%s is refused and pollutes nothing", async (_name, json, path) => {
    expect(json).not.toBe(typical);
    await expectApiError(await raw(json), 422, "validation_failed", path);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it.each(["__proto__", "constructor", "toString", "hasOwnProperty"])("a fact type or policy named %s is simply unknown", async (name) => {
    await expectApiError(await post(variant((b) => (b.facts[0]!.type = name))), 422, "validation_failed", "facts[0].type");
    await expectApiError(await post(variant((b) => (b.policy = name))), 422, "validation_failed", "policy");
  });
});

describe("POST /api/v1/evaluate — transport errors", () => {
  it.each([
    ["no content type", undefined],
    ["text/plain", "text/plain"],
    ["form data", "application/x-www-form-urlencoded"],
    ["JSON in another charset", "application/json; charset=iso-8859-1"],
  ])("%s is 415", async (_name, type) => {
    const req = new Request(`${API}/evaluate`, { method: "POST", body: JSON.stringify(TYPICAL_JINSHAN), headers: type ? { "content-type": type } : {} });
    await expectApiError(await POST(req), 415, "unsupported_media_type");
  });

  it.each([
    ["malformed JSON", '{"policy": "jinshan",', "请求体不是有效的 JSON"],
    ["an empty body", "", "请求体为空，应为 JSON 对象"],
    ["only white space", "   \n", "请求体为空，应为 JSON 对象"],
    ["white space around nothing valid", " \t{ \n", "请求体不是有效的 JSON"],
  ])("%s is 400, saying which", async (_name, text, message) => {
    const declared: Record<string, string>[] = [{}, { "content-length": String(Buffer.byteLength(text)) }];
    for (const length of declared) {
      const headers = { "content-type": "application/json", ...length };
      const { error } = await expectApiError(await POST(jsonRequest("/evaluate", text, { headers })), 400, "invalid_json");
      expect(error.message).toBe(message);
    }
  });

  it("refuses bytes that are not UTF-8 with 400", async () => {
    const req = new Request(`${API}/evaluate`, { method: "POST", headers: { "content-type": "application/json" }, body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) });
    expect((await expectApiError(await POST(req), 400, "invalid_json")).error.message).toBe("请求体不是有效的 UTF-8 文本");
  });

  it("refuses a declared Content-Length over 1 MB with 413 before reading", async () => {
    const req = jsonRequest("/evaluate", TYPICAL_JINSHAN, { headers: { "content-type": "application/json", "content-length": String(1024 * 1024 + 1) } });
    await expectApiError(await POST(req), 413, "payload_too_large");
    expect(req.bodyUsed).toBe(false);
  });

  it("refuses a body over 1 MB by counting bytes when the length is not declared, without reading it all", async () => {
    let pulled = 0;
    const chunk = new TextEncoder().encode(" ".repeat(64 * 1024));
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const req = new Request(`${API}/evaluate`, { method: "POST", headers: { "content-type": "application/json" }, body: endless, duplex: "half" } as RequestInit);
    expect(req.headers.get("content-length")).toBeNull();
    await expectApiError(await POST(req), 413, "payload_too_large");
    expect(pulled).toBeLessThan(2 * 1024 * 1024);
  });

  it("refuses a body one byte over 1 MB even when Content-Length understates it", async () => {
    const text = JSON.stringify(TYPICAL_JINSHAN).padEnd(1024 * 1024 + 1, " ");
    const req = jsonRequest("/evaluate", text, { headers: { "content-type": "application/json", "content-length": "100" } });
    await expectApiError(await POST(req), 413, "payload_too_large");
  });

  it.each([
    ["GET", GET],
    ["PUT", PUT],
  ])("%s is 405 in JSON with an Allow header", async (method, handler) => {
    const res = await handler(new Request(`${API}/evaluate`, { method }));
    await expectApiError(res, 405, "method_not_allowed");
    expect(res.headers.get("allow")).toBe("POST, OPTIONS");
  });
});
