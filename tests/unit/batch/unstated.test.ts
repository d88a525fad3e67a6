/**
 * A blank cell is "not stated", never "no" (src/lib/batch/unstated.ts): where the blank decides
 * whether a row pays, the row waits (待核实) and is not paid; where a neutral starting value exists
 * it is used and said. The same for an uploaded file and a JSON cohort.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "@/engine";
import type { Applicant, Fact } from "@/engine/types";
import { batchReport } from "@/lib/batch/batch-report";
import { evaluateBatch } from "@/lib/batch/evaluate-batch";
import { readJsonBatch } from "@/lib/batch/json-batch";
import { parseUpload } from "@/lib/batch/parse-upload";
import { assumptionText } from "@/lib/batch/assumption";
import { policyById } from "@policies/index";
import { ASOF } from "./fixtures";

const file = (header: string, ...rows: string[]) => new TextEncoder().encode([header, ...rows].join("\r\n"));

/** Every attribute a policy tests, stated, so only the fact columns can be blank. */
const STATED = "单位,企业,无财政拨款,是,否";
const ATTRS = "申请主体,单位类型,财政拨款情况,信用记录良好,三年内发生严重违法行为";

const CNAS = `申请人编号,${ATTRS},事项类型,日期,机构或资格,阶段,首次取得`;

describe("a blank requirement (金山区 第二十条 首次取得)", () => {
  const parsed = parseUpload(
    file(
      CNAS,
      `A1,${STATED},检验检测、计量机构资格,2025-06-01,CNAS 认可,获批 / 取得,`,
      `B2,${STATED},检验检测、计量机构资格,2025-06-01,CNAS 认可,获批 / 取得,是`,
      `C3,${STATED},检验检测、计量机构资格,2025-06-01,CNAS 认可,获批 / 取得,否`,
    ),
    { policy: "jinshan" },
  );
  const [a1, b2, c3] = parsed.members;

  it("holds the row as 待核实, names it by row and column, and says why", () => {
    expect(a1!.facts).toEqual([]);
    expect(a1!.assumptions).toEqual([
      { row: 2, column: "首次取得", pending: true, message: "首次取得未填写，此行暂不计入金额，待核实（第二十条：须为首次取得）" },
    ]);
    expect(assumptionText(a1!.assumptions![0]!)).toBe("第 2 行 首次取得未填写，此行暂不计入金额，待核实（第二十条：须为首次取得）");
  });

  it("pays a stated yes, pays nothing for a stated no, and assumes nothing about either", () => {
    expect(b2!.assumptions).toBeUndefined();
    expect(c3!.assumptions).toBeUndefined();
    expect(b2!.facts).toHaveLength(1);
    expect(evaluate({ policy: policyById.get("jinshan")!, applicant: b2!.applicant, facts: b2!.facts, asOf: ASOF }).total.max).toBe(50_000);
  });

  it("reports the applicant as pending, not as an eligible applicant paid 0, and counts the assumption", async () => {
    const input = { ...parsed };
    const report = batchReport(input, ASOF, await evaluateBatch(input.policy, input.members, ASOF));
    expect(report.applicants.map((a) => [a.id, a.pending, a.total.max])).toEqual([
      ["A1", true, 0],
      ["B2", false, 50_000],
      ["C3", false, 0],
    ]);
    expect(report.input.pendingApplicants).toBe(1);
    expect(report.assumptions).toEqual([expect.objectContaining({ pending: true, applicants: 1, count: 1, rows: [2] })]);
  });
});

describe("which blanks wait and which take the questionnaire's starting value", () => {
  const only = (policy: string, header: string, row: string) => {
    const r = parseUpload(file(header, row), { policy });
    expect(r.errors).toEqual([]);
    return r.members[0]!;
  };

  it("a distinguishing feature another variant pays without is 否, said (长宁区 第19条 强制性国家标准)", () => {
    const m = only(
      "changning",
      "申请人编号,申请主体,单位类型,信用记录良好,事项类型,日期,数量,标准类别,制定或修订,本单位角色,强制性国家标准,等同、修改采用国际标准或国外先进标准",
      "A1,单位,企业,是,标准制定 / 修订项目,2025-06-01,1,国家标准,制定,牵头,,否",
    );
    expect(m.assumptions).toEqual([expect.objectContaining({ column: "强制性国家标准", pending: false, message: "强制性国家标准未填写，按“否”计" })]);
    const changning = policyById.get("changning")!;
    const asNo = evaluate({ policy: changning, applicant: m.applicant, facts: [{ ...m.facts[0]!, mandatory: false }], asOf: ASOF });
    expect(evaluate({ policy: changning, applicant: m.applicant, facts: m.facts, asOf: ASOF }).total).toEqual(asNo.total);
    expect(asNo.total.max).toBeGreaterThan(0);
  });

  it("a flag only its 是 pays for waits (金山区 第十四条（五） 自我声明公开) — for the 社团组织 the clause serves, not for an enterprise", () => {
    const header = `申请人编号,${ATTRS},事项类型,日期,数量,标准类别,制定或修订,本单位角色,团体标准已在上海市标准信息公共服务平台自我声明公开`;
    const association = only("jinshan", header, "A1,单位,行业协会、商会、产业联盟等行业组织,无财政拨款,是,否,标准制定 / 修订项目,2025-06-01,1,团体标准,制定,牵头,");
    expect(association.assumptions).toEqual([expect.objectContaining({ pending: true, message: expect.stringContaining("第十四条（五）只支持“是”的情形") })]);
    expect(association.facts).toEqual([]);
    expect(only("jinshan", header, `A1,${STATED},标准制定 / 修订项目,2025-06-01,1,团体标准,制定,牵头,`).assumptions).toBeUndefined();
  });

  it("an exclusion of the clause waits too (金山区 第二十二条 公益培训), and an unrelated role's blanks are no assumption", () => {
    const header = `申请人编号,${ATTRS},事项类型,日期,数量,资格,已被单位聘任,证书来自政府部门等组织的免费公益培训`;
    const officer = only("jinshan", header, `A1,${STATED},人才资格与聘任,2025-06-01,1,首席质量官,是,`);
    expect(officer.assumptions).toEqual([
      expect.objectContaining({ column: "证书来自政府部门等组织的免费公益培训", pending: true, message: expect.stringContaining("第二十二条") }),
    ]);
    expect(officer.facts).toEqual([]);
    expect(only("jinshan", header, `A1,${STATED},人才资格与聘任,2025-06-01,1,首席质量官,是,否`).facts).toHaveLength(1);
  });

  it("a tier's count waits (临沂市 高价值发明专利存量); a count of units is one, said", () => {
    const stock = only("linyi", "申请人编号,申请主体,单位类型,事项类型,日期,数量", "A1,单位,企业,年末拥有的高价值发明专利,2024-12-31,");
    expect(stock.assumptions).toEqual([expect.objectContaining({ column: "数量", pending: true, message: expect.stringContaining("档次") })]);
    // A stock without its date is dated as the engine dates it: the year end before the calculation date.
    const undated = only("linyi", "申请人编号,申请主体,单位类型,事项类型,日期,数量", "A1,单位,企业,年末拥有的高价值发明专利,,12");
    expect(undated.assumptions).toEqual([{ row: 2, column: "日期", pending: false, message: "日期未填写，按计算日期的上一年末计" }]);
    const header = `申请人编号,${ATTRS},事项类型,日期,数量,标准类别,制定或修订,本单位角色`;
    const project = only("jinshan", header, `A1,${STATED},标准制定 / 修订项目,2025-06-01,,国家标准,制定,牵头`);
    expect(project.assumptions).toEqual([{ row: 2, column: "数量", pending: false, message: "数量未填写，按 1 项计" }]);
    expect(project.facts).toHaveLength(1);
  });

  it("a blank attribute the policy tests takes the engine's default and says so; one ruled out by the others is not mentioned", () => {
    const header = "申请人编号,申请主体,单位类型,财政拨款情况,拨款财政层级,信用记录良好,事项类型,日期,奖项";
    const blank = only("changning", header, "A1,单位,,,,,政府质量奖,2025-06-01,中国质量奖");
    expect(blank.assumptions?.map((a) => a.message)).toEqual([
      "单位类型未填写，按“企业”计",
      "财政拨款情况未填写，按“无财政拨款（自收自支 / 企业）”计",
      "拨款财政层级未填写，按不属于第29条所列情形计",
      "信用记录良好未填写，按“是”计",
    ]);
    // An enterprise cannot be the district-funded institution of 第29条: its funding is beside the point.
    const enterprise = only("changning", header, "A1,单位,企业,,,是,政府质量奖,2025-06-01,中国质量奖");
    expect(enterprise.assumptions).toBeUndefined();
  });
});

describe("a JSON cohort", () => {
  it("makes the same assumptions as the same applicants uploaded, located by the field's path", () => {
    const applicant: Applicant = { kind: "organization", orgType: "enterprise", fundedBy: "self", creditGood: true, seriousViolation: false };
    const facts: Fact[] = [
      { type: "testing-institution", date: "2025-06-01", institution: "cnas", stage: "established" },
      { type: "standard-project", date: "2025-06-01", scope: "national", action: "formulate", role: "lead" },
    ];
    const json = readJsonBatch({ policy: "jinshan", asOf: ASOF, applicants: [{ id: "A1", applicant, facts }] });
    const csv = parseUpload(
      file(
        `申请人编号,${ATTRS},事项类型,日期,数量,机构或资格,阶段,首次取得,标准类别,制定或修订,本单位角色`,
        `A1,${STATED},检验检测、计量机构资格,2025-06-01,,CNAS 认可,获批 / 取得,,,,`,
        `A1,,,,,,标准制定 / 修订项目,2025-06-01,,,,,国家标准,制定,牵头`,
      ),
      { policy: "jinshan" },
    );
    const [fromJson] = json.members;
    const [fromCsv] = csv.members;
    expect(fromJson!.assumptions!.map((a) => [a.column, a.message, a.pending])).toEqual([
      ["facts[0].first", fromCsv!.assumptions![0]!.message, true],
      ["facts[1].count", fromCsv!.assumptions![1]!.message, false],
    ]);
    expect(fromJson!.facts).toEqual(fromCsv!.facts);
  });
});
