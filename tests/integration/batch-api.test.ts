import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/batch/route";
import type { BatchReport } from "@/lib/batch/batch-report";
import { parseUpload } from "@/lib/batch/parse-upload";
import { templateFile } from "@/lib/batch/template-file";
import { evaluateCohort } from "@/lib/cohort/aggregate";
import { policyById } from "@policies/index";
import { API, expectApiError, jsonRequest } from "./api-helpers";

const jinshan = policyById.get("jinshan")!;
const ASOF = "2025-12-31";
const CSV = [
  "申请人编号,申请人名称,申请主体,政策,事项类型,日期,数量,奖项,标准类别,制定或修订,本单位角色",
  "A1,=cmd|' /C calc'!A0,单位,金山区,政府质量奖,2025/6/1,,上海市质量金奖,,,",
  "A1,,,jinshan,standard-project,2025-05-20,7,,国家标准,制定,牵头",
  "B2,乙公司,单位,jinshan,quality-award,2025-07-01,,中国质量奖,,,",
  "C3,丙公司,单位,jinshan,quality-award,2025-02-30,,中国质量奖,,,",
].join("\r\n");

let clients = 0;
/** Each request is its own client, so the per-client rate limit of one never trips another. */
const post = (request: Request) => {
  request.headers.set("x-forwarded-for", `198.51.100.${++clients}`);
  return POST(request);
};

const upload = (body: BodyInit, type: string, query = `?asOf=${ASOF}`) =>
  post(new Request(`${API}/batch${query}`, { method: "POST", headers: { "content-type": type }, body }));

const report = async (res: Response): Promise<BatchReport> => {
  expect(res.status).toBe(200);
  return (await res.json()) as BatchReport;
};

describe("POST /api/v1/batch", () => {
  it("evaluates a CSV cohort: totals per clause and per limit, per applicant, and the bad rows", async () => {
    const r = await report(await upload(CSV, "text/csv"));
    const expected = evaluateCohort(jinshan, parseUpload(new TextEncoder().encode(CSV)).members, ASOF);
    expect(r.policy).toBe("jinshan");
    expect(r.asOf).toBe(ASOF);
    expect(r.total).toEqual(expected.summary.total);
    expect(r.byClause).toEqual(expected.summary.byClause);
    expect(r.byLimit.find((l) => l.limit === "js-23-five-standards")).toMatchObject({ applicants: 1 });
    expect(r.applicants.map((a) => [a.id, a.total])).toEqual(expected.results.map((m) => [m.id, m.total]));
    expect(r.applicants[0]!.name).toBe("=cmd|' /C calc'!A0");
    expect(r.input).toMatchObject({ format: "csv", encoding: "utf-8", rows: 4, validRows: 3, applicants: 3, validApplicants: 2, invalidApplicants: 1 });
    expect(r.errors).toEqual([{ row: 5, column: "日期", message: "不存在的日期", id: "C3" }]);
    expect(r.refused).toEqual([{ id: "C3", name: "丙公司", row: 5, problems: 1 }]);
    // Blank attributes are not silently "no": what was taken for them is listed, per applicant and in all.
    expect(r.input.pendingApplicants).toBe(0);
    expect(r.applicants[0]!.pending).toBe(false);
    expect(r.applicants[0]!.assumptions).toContainEqual({ row: 2, column: "信用记录良好", message: "信用记录良好未填写，按“是”计", pending: false });
    expect(r.assumptions).toContainEqual({ message: "信用记录良好未填写，按“是”计", pending: false, applicants: 2, count: 2, rows: [2, 4] });
    expect(r.distribution.reduce((n, b) => n + b.count, 0)).toBe(2);
    expect(r.policyVersion).toMatch(/^jinshan@/);
  });

  it("gives the same answer for the same cohort in GBK, as .xlsx, as a form upload and as JSON", async () => {
    const base = await report(await upload(CSV, "text/csv"));
    const gbk = await report(await upload(new Uint8Array(iconv.encode(CSV, "gbk")), "application/vnd.ms-excel"));
    expect(gbk.input.encoding).toBe("gbk");
    expect(gbk.total).toEqual(base.total);

    const form = new FormData();
    form.set("file", new Blob([CSV], { type: "text/csv" }), "cohort.csv");
    form.set("asOf", ASOF);
    const viaForm = await report(await post(new Request(`${API}/batch`, { method: "POST", body: form })));
    expect(viaForm.applicants).toEqual(base.applicants);

    const members = parseUpload(new TextEncoder().encode(CSV)).members;
    const json = await report(
      await post(
        jsonRequest("/batch", {
          policy: "jinshan",
          asOf: ASOF,
          applicants: members.map((m) => ({ id: m.id, ...(m.name ? { name: m.name } : {}), applicant: m.applicant, facts: m.facts })),
        }),
      ),
    );
    expect(json.total).toEqual(base.total);
    expect(json.input.format).toBe("json");

    const xlsx = templateFile(jinshan, "xlsx").body as Uint8Array;
    const fromTemplate = await report(await upload(xlsx as BodyInit, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    expect(fromTemplate.input).toMatchObject({ format: "xlsx", validApplicants: 2 });
    expect(fromTemplate.errors).toEqual([]);
  });

  it("refuses a 50 MB upload with 413 — by its declared length and while streaming", async () => {
    const declared = await post(
      new Request(`${API}/batch`, { method: "POST", headers: { "content-type": "text/csv", "content-length": "50000000" }, body: "x" }),
    );
    const body = await expectApiError(declared, 413, "payload_too_large");
    expect(body.error.message).toContain("须小于 50 MB");

    const chunk = new Uint8Array(1_000_000).fill(0x41);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 60) return controller.close();
        sent++;
        controller.enqueue(chunk);
      },
    });
    const streamed = await post(new Request(`${API}/batch`, { method: "POST", headers: { "content-type": "text/csv" }, body: stream, duplex: "half" } as RequestInit));
    await expectApiError(streamed, 413, "payload_too_large");
    expect(sent).toBeLessThan(60);
  });

  it("answers an unusable upload with 422 and a sentence, other media types with 415", async () => {
    expect((await expectApiError(await upload("", "text/csv"), 422, "invalid_upload")).error.message).toMatch(/请求体为空|文件为空/);
    expect((await expectApiError(await upload("a,b\n1,2", "text/csv"), 422, "invalid_upload")).error.message).toMatch(/缺少必需的列/);
    await expectApiError(await upload(CSV, "text/csv", "?policy=nowhere"), 422, "invalid_upload");
    await expectApiError(await upload(CSV, "text/csv", "?asOf=2025-02-30"), 422, "validation_failed", "asOf");
    await expectApiError(await upload(CSV, "image/png"), 415, "unsupported_media_type");
    await expectApiError(await post(jsonRequest("/batch", { policy: "jinshan", applicants: [] })), 422, "validation_failed", "applicants");
  });

  it("refuses a client's fifth batch within a minute with 429 and Retry-After, and nobody else's", async () => {
    const me = { "content-type": "text/csv", "x-forwarded-for": "203.0.113.50" };
    const burst = await Promise.all(Array.from({ length: 5 }, () => POST(new Request(`${API}/batch?asOf=${ASOF}`, { method: "POST", headers: me, body: CSV }))));
    expect(burst.map((r) => r.status)).toEqual([200, 200, 200, 200, 429]);
    const refused = await expectApiError(burst[4]!, 429, "rate_limited");
    expect(refused.error.message).toMatch(/^批量测算请求过于频繁，请 \d+ 秒后再试$/);
    expect(Number(burst[4]!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(burst[4]!.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect((await upload(CSV, "text/csv")).status).toBe(200);
  });

  it("only accepts POST", async () => {
    const { GET } = await import("@/app/api/v1/batch/route");
    await expectApiError(await GET(new Request(`${API}/batch`)), 405, "method_not_allowed");
  });
});
