import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { evaluateCohort } from "@/lib/cohort/aggregate";
import { policyColumns } from "@/lib/batch/columns";
import { parseUpload } from "@/lib/batch/parse-upload";
import { columnGuide, factTypeGuide, templateTable } from "@/lib/batch/template";
import { attachment, templateFile } from "@/lib/batch/template-file";
import { policies } from "@policies/index";

const pays = (id: string) => policies.find((p) => p.id === id)!.items.some((i) => ["fixed", "upTo", "share", "tiers"].includes(i.amount.kind));

describe.each(policies.map((p) => [p.id, p] as const))("the %s template", (id, policy) => {
  it("parses back without a single error, as CSV and as .xlsx, and its examples are claims the policy knows", () => {
    for (const format of ["csv", "xlsx"] as const) {
      const { body } = templateFile(policy, format);
      const parsed = parseUpload(typeof body === "string" ? new TextEncoder().encode(body) : body);
      expect(parsed.errors).toEqual([]);
      expect(parsed.warnings).toEqual([]);
      // Every example row states what the policy reads: nothing is assumed about a blank.
      expect(parsed.members.flatMap((m) => m.assumptions ?? [])).toEqual([]);
      expect(parsed.policy).toBe(policy);
      expect(parsed.members.length).toBeGreaterThan(0);
      const { summary } = evaluateCohort(policy, parsed.members, policy.effective.to ?? "2026-12-31");
      if (pays(id)) expect(summary.total.max).toBeGreaterThan(0);
    }
  });

  it("explains every column it has and lists the fact types the policy reads", () => {
    const guide = columnGuide(policy);
    expect(guide.rows.map((r) => r[0])).toEqual(templateTable(policy).columns);
    for (const r of guide.rows) expect(String(r[2]).length).toBeGreaterThan(3);
    const types = new Set(policy.items.flatMap((i) => i.facts.map((f) => f.type)));
    expect(new Set(factTypeGuide(policy).rows.map((r) => r[1]))).toEqual(types);
    expect(policyColumns(policy).length).toBeLessThan(60);
  });
});

/** The headings and the guide's text of a downloaded template, read back as an officer's Excel shows them. */
const downloaded = (id: string) => {
  const policy = policies.find((p) => p.id === id)!;
  const csv = templateFile(policy, "csv").body as string;
  const book = XLSX.read(templateFile(policy, "xlsx").body, { type: "array" });
  const sheet = (name: string) => XLSX.utils.sheet_to_json<string[]>(book.Sheets[name]!, { header: 1 });
  return { csvHeader: csv.replace(/^\uFEFF/, "").split("\r\n")[0]!.split(","), xlsxHeader: sheet("申请数据")[0]!, guide: sheet("填写说明") };
};

describe("the 金山区 template is 金山区's own", () => {
  const { csvHeader, xlsxHeader, guide } = downloaded("jinshan");

  it("heads every column with one plain label, once, in CSV and Excel alike", () => {
    expect(csvHeader).toEqual(xlsxHeader);
    expect(new Set(xlsxHeader).size).toBe(xlsxHeader.length);
    for (const h of xlsxHeader) expect(h).not.toMatch(/／/);
    expect(xlsxHeader).toEqual(expect.arrayContaining(["本单位角色", "资格", "新承担", "首次取得"]));
  });

  it("lists only what 金山区 reads: no other policy's facts or columns", () => {
    for (const foreign of ["中小企业", "拨款财政层级", "经年度评定", "首次入驻本市专利代理机构从事专利代理业务", "本方角色", "当年新获认定", "强制性国家标准", "评审成熟度"]) {
      expect(xlsxHeader).not.toContain(foreign);
    }
  });

  it("offers only the options some 金山区 item can use", () => {
    const text = guide.map((r) => r.join(" ")).join("\n");
    for (const foreign of ["广东省政府质量奖", "山东省省长质量奖", "深圳市科学技术奖", "“泰山品质”认证", "市级地方标准（深圳市、临沂市）"]) expect(text).not.toContain(foreign);
    expect(text).toContain("上海市质量金奖");
    expect(guide.find((r) => r[0] === "奖项")![2]).toContain("政府质量奖：必填，可填：中国质量奖");
  });

  it("still reads files filled in on an earlier template's joined headings and by English key", () => {
    const old = "申请人编号,申请主体,事项类型,日期,数量,标准类别,制定或修订,本单位角色／本方角色／资格\r\nA1,单位,标准制定 / 修订项目,2025-06-01,1,国家标准,制定,牵头";
    const parsed = parseUpload(new TextEncoder().encode(old), { policy: "jinshan" });
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.members[0]!.facts[0]).toMatchObject({ role: "lead" });
    const keyed = parseUpload(new TextEncoder().encode("id,applicant.kind,type,count,scope,action,role,本单位角色\r\nA1,organization,standard-project,1,national,formulate,lead,"), { policy: "jinshan" });
    // `role` fills every fact type's role; 本单位角色 would fill the same input again, so it is the duplicate.
    expect(keyed.warnings).toEqual(["重复的列只读取第一列：本单位角色"]);
    expect(keyed.members[0]!.facts[0]).toMatchObject({ role: "lead" });
  });
});

describe("the template download", () => {
  it("names the file in Chinese with an ASCII fallback", () => {
    expect(attachment("政策测算模板-金山区.csv")).toBe(
      `attachment; filename="______-___.csv"; filename*=UTF-8''${encodeURIComponent("政策测算模板-金山区.csv")}`,
    );
  });
});
