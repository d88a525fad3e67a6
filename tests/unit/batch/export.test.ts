import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { evaluate } from "@/engine";
import { evaluateBatch } from "@/lib/batch/evaluate-batch";
import { parseUpload } from "@/lib/batch/parse-upload";
import { applicantExportRow, applicantsExport, clausesTable, type ApplicantExportRow } from "@/lib/export/cohort-tables";
import { toCsv } from "@/lib/export/csv";
import { safeCell } from "@/lib/export/safe-cell";
import { toXlsx } from "@/lib/export/xlsx";
import { policyById } from "@policies/index";
import { ASOF } from "./fixtures";

const HOSTILE = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1", "=1+1\n换行"];

const jinshan = policyById.get("jinshan")!;

const row = (name: string): ApplicantExportRow => ({
  id: name,
  name,
  row: 2,
  status: "符合申请条件",
  total: { min: -5, max: 100 },
  cut: { min: 0, max: 0 },
  clauses: {},
  zeros: [],
  assumptions: [],
});

/** The per-applicant export of these rows, with nobody refused. */
const applicantsTable = (rows: ApplicantExportRow[]) => applicantsExport(jinshan, rows, [], [], 0)[0]!;

describe("formula injection on export", () => {
  it("prefixes text that a spreadsheet would run, and leaves numbers and plain text alone", () => {
    for (const h of HOSTILE) expect(safeCell(h)).toBe(`'${h}`);
    expect(safeCell(-5000)).toBe(-5000);
    expect(safeCell("甲公司")).toBe("甲公司");
    expect(safeCell("a=b")).toBe("a=b");
    expect(safeCell(null)).toBe("");
  });

  it("writes CSV whose hostile cells are inert text, in UTF-8 with a BOM for Excel", () => {
    const csv = toCsv(applicantsTable(HOSTILE.map(row)));
    expect(csv.startsWith("\uFEFF申请人编号,")).toBe(true);
    const lines = XLSX.read(csv.slice(1), { type: "string", raw: true });
    const cells = XLSX.utils.sheet_to_json<string[]>(lines.Sheets[lines.SheetNames[0]!]!, { header: 1, raw: false });
    for (const [i, h] of HOSTILE.entries()) {
      expect(cells[i + 1]![0]).toBe(`'${h}`);
      expect(cells[i + 1]![0]!.startsWith("'")).toBe(true);
    }
    // Negative amounts stay numbers, with no apostrophe in front.
    expect(csv).toContain(",-5,100,");
  });

  it("writes .xlsx with text cells only — no formula, whatever the applicant's name", () => {
    const bytes = toXlsx([applicantsTable(HOSTILE.map(row)), clausesTable([{ clause: "=1", title: "+t", applicants: 1, min: 0, max: 1 }])]);
    const book = XLSX.read(bytes, { type: "array", cellFormula: true });
    for (const name of book.SheetNames) {
      const sheet = book.Sheets[name]!;
      for (const [ref, cell] of Object.entries(sheet)) {
        if (ref.startsWith("!")) continue;
        expect((cell as XLSX.CellObject).f).toBeUndefined();
      }
    }
    const sheet = book.Sheets["申请人明细"]!;
    expect(sheet["A2"]).toMatchObject({ t: "s", v: `'${HOSTILE[0]}` });
    expect(sheet["E2"]).toMatchObject({ t: "n", v: -5 });
    // And in the file itself: no <f> element anywhere in the worksheet XML.
    const zip = XLSX.CFB.read(bytes, { type: "array" });
    const xml = XLSX.CFB.find(zip, "/xl/worksheets/sheet1.xml")!.content as Uint8Array;
    expect(new TextDecoder().decode(xml)).not.toContain("<f>");
  });
});

describe("the per-applicant export an officer files", () => {
  const header = "申请人编号,申请人名称,申请主体,单位类型,财政拨款情况,信用记录良好,三年内发生严重违法行为,事项类型,日期,数量,奖项,标准类别,制定或修订,本单位角色,机构或资格,阶段,首次取得";
  const ok = "单位,企业,无财政拨款,是,否";
  const upload = parseUpload(
    new TextEncoder().encode(
      [
        header,
        `A1,甲公司,${ok},政府质量奖,2025-06-01,,上海市质量金奖,,,,,,`,
        `A1,,,,,,,标准制定 / 修订项目,2025-05-20,7,,国家标准,制定,牵头,,,`,
        `B2,乙公司,${ok},检验检测、计量机构资格,2025-06-01,,,,,,CNAS 认可,获批 / 取得,否`,
        `C3,丙公司,${ok},政府质量奖,2025-02-30,,中国质量奖,,,,,,`,
        `D4,丁公司,${ok},检验检测、计量机构资格,2025-06-01,,,,,,CNAS 认可,获批 / 取得,`,
        `,无编号,${ok},政府质量奖,2025-06-01,,中国质量奖,,,,,,`,
      ].join("\r\n"),
    ),
    { policy: "jinshan" },
  );
  const rows = upload.members.map((m) => applicantExportRow(m, evaluate({ policy: jinshan, applicant: m.applicant, facts: m.facts, asOf: ASOF })));
  const [applicants, refused] = applicantsExport(jinshan, rows, upload.refused, upload.errors, upload.errorCount);
  const line = (id: string) => applicants!.rows.find((r) => r[0] === id)!;
  const column = (name: string) => applicants!.columns.indexOf(name);

  it("has one row per applicant with a 确定 and a 最高 column per clause, headed by the clause and its title", () => {
    expect(applicants!.rows.map((r) => r[0])).toEqual(["A1", "B2", "D4", "合计"]);
    expect(applicants!.columns).toEqual(expect.arrayContaining(["第五条（二） 政府质量奖·确定（元）", "第五条（二） 政府质量奖·最高（元）", "第十四条（二） 标准制修订·最高（元）", "第二十条 CNAS 认可·最高（元）"]));
    expect(line("A1")[column("第五条（二） 政府质量奖·确定（元）")]).toBe(300_000);
    // A clause the applicant did not claim under is empty, not 0.
    expect(line("A1")[column("第二十条 CNAS 认可·最高（元）")]).toBeNull();
  });

  it("says why a claim pays nothing, and that a blank made an applicant 待核实 instead of eligible", () => {
    expect(line("B2")[column("状态")]).toBe("符合申请条件");
    expect(line("B2")[column("第二十条 CNAS 认可·最高（元）")]).toBe(0);
    expect(line("B2")[column("金额为 0 的原因")]).toBe("第二十条 CNAS 认可：第二十条：须为首次取得");
    expect(line("D4")[column("状态")]).toBe("待核实");
    expect(line("D4")[column("假设与待核实")]).toBe("第 6 行 首次取得未填写，此行暂不计入金额，待核实（第二十条：须为首次取得）");
    expect(String(line("A1")[column("金额为 0 的原因")])).toBe("");
  });

  it("ends with a total row that adds up to the cohort's totals", async () => {
    const { summary } = await evaluateBatch(jinshan, upload.members, ASOF);
    const total = line("合计");
    expect([total[column("确定合计（元）")], total[column("最高合计（元）")]]).toEqual([summary.total.min, summary.total.max]);
    expect(total[column("第十四条（二） 标准制修订·最高（元）")]).toBe(summary.byClause.find((c) => c.clause === "第十四条（二）")!.max);
    expect(total[column("限额核减·最高（元）")]).toBe(line("A1")[column("限额核减·最高（元）")]);
    expect(total[3]).toBe("待核实 1 个");
  });

  it("lists the applicants refused for bad data with each row's problem, and rows without an applicant id", () => {
    expect(refused!.name).toBe("未计算的申请人");
    expect(refused!.rows).toEqual([
      ["C3", "丙公司", 1, 5, "日期", "不存在的日期"],
      ["（无编号）", "", 1, 7, "申请人编号", "缺少申请人编号：同一申请人的各行须填写相同的编号"],
    ]);
  });

  it("writes both tables to the CSV, one after the other, and as two sheets to Excel", () => {
    const csv = toCsv(applicants!, refused!);
    expect(csv.startsWith("\uFEFF申请人编号,申请人名称,首行,状态,")).toBe(true);
    expect(csv).toContain("\r\n\r\n未计算的申请人\r\n申请人编号,申请人名称,问题数,行,列,问题\r\nC3,丙公司,1,5,日期,不存在的日期\r\n");
    const book = XLSX.read(toXlsx([applicants!, refused!]), { type: "array" });
    expect(book.SheetNames).toEqual(["申请人明细", "未计算的申请人"]);
  });
});
