/**
 * Next steps of the five policies against their texts: every step quotes its text verbatim, every
 * item answers who accepts, when, what materials and whom to ask (or says the text is silent), and
 * for each policy a claimed line's steps cite the clause and department checked by hand against
 * the text. A wrong clause, department or phone number fails here.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checklist, evaluate, stepsForItem } from "@/engine";
import { CORE_TOPICS, type StepEntry } from "@/engine/next-steps";
import type { Fact, Policy, StepTopic } from "@/engine/types";
import { policies, policyById } from "@policies/index";
import { annotate } from "@/features/policy-browser/annotated-text";

const squash = (s: string) => s.replace(/\s+/g, "");
const raw = (file: string) => readFileSync(new URL(`../../../policies/sources/${file}`, import.meta.url), "utf8");
const ORG = { kind: "organization" as const };

/** The entries of one topic for an item, as the result line shows them. */
const topic = (policy: Policy, item: string, t: StepTopic): StepEntry[] =>
  stepsForItem(policy, item).find((x) => x.topic === t)?.entries ?? [];

const cites = (entries: StepEntry[]) => entries.map((e) => (e.kind === "step" ? `${e.clause}：${e.text}` : `（未写明）${e.text}`));

describe.each(policies.map((p) => [p.id, p] as const))("next steps of %s", (_id, policy) => {
  const text = squash(raw(policy.sourceFile));

  it("quotes every step verbatim from the source", () => {
    const missing = (policy.application?.steps ?? []).filter((s) => !text.includes(squash(s.quote))).map((s) => s.id);
    expect(missing).toEqual([]);
  });

  it("answers who accepts, when, what materials and whom to ask for every item, or says the text is silent", () => {
    const unanswered = policy.items.flatMap((i) =>
      CORE_TOPICS.filter((t) => topic(policy, i.id, t).length === 0).map((t) => `${i.id}: ${t}`),
    );
    expect(unanswered).toEqual([]);
  });
});

describe("金山区", () => {
  const jinshan = policyById.get("jinshan")!;

  it("上海市质量金奖: 金山区市场监督管理局 issues the yearly notice (第四条); 第二十四条 lists three materials; no phone", () => {
    expect(cites(topic(jinshan, "js-5-2-gold-org", "department"))).toEqual(["第四条：金山区市场监督管理局（发布年度项目申报通知）"]);
    expect(topic(jinshan, "js-5-2-gold-org", "department")[0]).toMatchObject({ quote: expect.stringContaining("发布年度项目申报通知") });
    expect(cites(topic(jinshan, "js-5-2-gold-org", "timing"))[0]).toMatch(/^第四条：按金山区市场监督管理局每年发布的年度项目申报通知申报/);
    expect(cites(topic(jinshan, "js-5-2-gold-org", "materials"))).toEqual([
      "第二十四条：组织或个人身份证明材料",
      "第二十四条：组织或个人所获荣誉或取得项目的证明文件",
      "第二十四条：组织或个人最新信用信息报告",
      "第二十四条：各项目的具体材料要求以申报通知为准",
    ]);
    expect(cites(topic(jinshan, "js-5-2-gold-org", "contact"))).toEqual(["（未写明）细则没有写咨询电话或联系人"]);
  });

  it("第十四条 series standards are applied for as one project, on standards lines only", () => {
    expect(cites(topic(jinshan, "js-14-2-national-lead", "procedure"))).toEqual([
      "第十四条：同一单位参与的系列标准或分部分标准，视情况合并为一个项目申报",
    ]);
    expect(topic(jinshan, "js-5-2-gold-org", "procedure")).toEqual([]);
  });
});

describe("长宁区", () => {
  const changning = policyById.get("changning")!;

  it("says the policy names no accepting department, time, materials or phone; 区市场监管局 interprets it (32)", () => {
    expect(cites(topic(changning, "cn-1-china-org", "department"))).toEqual(["（未写明）政策没有写受理申报的部门"]);
    expect(cites(topic(changning, "cn-1-china-org", "timing"))).toEqual(["（未写明）政策没有写申报时间、申报通知或截止日期"]);
    expect(cites(topic(changning, "cn-1-china-org", "materials"))).toEqual(["（未写明）政策没有列申报材料"]);
    expect(cites(topic(changning, "cn-1-china-org", "contact"))).toEqual(["（未写明）政策没有写咨询电话或联系人"]);
    const r = evaluate({ policy: changning, applicant: ORG, facts: [{ type: "quality-award", award: "china-quality-award" }], asOf: "2025-06-01" });
    const interpreter = checklist(changning, r).find((t) => t.topic === "interpreter")!.rows[0]!.entry;
    expect(interpreter).toMatchObject({ clause: "32", quote: "本政策由区市场监管局负责解释" });
  });

  it("16: the licensor's deal is recorded at 国家知识产权局 or has its 备案证明", () => {
    expect(cites(topic(changning, "cn-16-licensor", "procedure"))).toEqual([
      "16：在国家知识产权局完成著录项目变更，或取得《专利实施许可合同备案证明》",
    ]);
    expect(topic(changning, "cn-16-licensee", "procedure")).toEqual([]);
  });
});

describe("松江区", () => {
  const songjiang = policyById.get("songjiang")!;
  const readme = squash(raw("README.md"));

  it("says the opinions name no department, time, materials or phone for any direction", () => {
    for (const t of CORE_TOPICS) {
      expect(songjiang.items.flatMap((i) => topic(songjiang, i.id, t)).every((e) => e.kind === "silent")).toBe(true);
    }
  });

  it("names the companion document exactly as shared/policies/README.md does", () => {
    const c = songjiang.application!.companion!;
    expect(c).toMatchObject({ docNumber: "松市监规〔2025〕1号", issuer: "松江区市场监督管理局", issued: "2025-12-01" });
    for (const words of [`《${c.title}》`, c.docNumber, `issuedby${c.issuer}on${c.issued}`]) expect(readme).toContain(squash(words));
  });

  it("says in every unquantified line where the amounts are set and that they are not computed", () => {
    const r = evaluate({ policy: songjiang, applicant: ORG, facts: [{ type: "standard-project", scope: "national", role: "lead", action: "formulate" }], asOf: "2026-03-01" });
    expect(r.unquantified).toHaveLength(1);
    expect(r.unquantified[0]!.why).toContain("《松江区加强质量支撑、标准引领和知识产权建设专项资金管理办法》（松市监规〔2025〕1号）");
    expect(r.unquantified[0]!.why).toContain("不计算金额");
    expect(r.notes.join()).toContain("松市监规〔2025〕1号");
  });
});

describe("光明区", () => {
  const guangming = policyById.get("guangming")!;

  it("（十七）: the loan is claimed the year after it is repaid; problems go to 相应职能部门 (the notice)", () => {
    expect(topic(guangming, "gm-17-pledge-loan", "timing")).toEqual([
      expect.objectContaining({ clause: "（十七）", quote: "并在上一年还清贷款本息的单位" }),
    ]);
    expect(topic(guangming, "gm-17-pledge-loan", "contact")).toEqual([
      expect.objectContaining({ clause: "印发通知", quote: "执行过程中遇到问题，请径向相应职能部门反映" }),
    ]);
    expect(cites(topic(guangming, "gm-17-pledge-loan", "department"))).toEqual(["（未写明）措施没有写受理申报的部门"]);
  });

  it("（二十）（十九）（二十一）: approval or filing comes first", () => {
    expect(topic(guangming, "gm-20-ip-event", "procedure")[0]).toMatchObject({ clause: "（二十）", text: expect.stringContaining("区知识产权联席会议办公室") });
    expect(topic(guangming, "gm-19-alliance", "procedure")[0]).toMatchObject({ clause: "（十九）", text: expect.stringContaining("市知识产权主管部门备案") });
    expect(topic(guangming, "gm-21-workstation", "procedure")[0]).toMatchObject({ clause: "（二十一）" });
  });

  it("（三十）: 深圳市市场监督管理局光明监管局 interprets and writes the operating rules", () => {
    const r = evaluate({ policy: guangming, applicant: ORG, facts: [{ type: "ip-pledge-loan", repaidLastYear: true, amount: 100_000 }], asOf: "2025-06-01" });
    const interpreter = checklist(guangming, r).find((t) => t.topic === "interpreter")!.rows[0]!.entry;
    expect(interpreter).toMatchObject({ clause: "（三十）", text: expect.stringContaining("深圳市市场监督管理局光明监管局") });
  });
});

describe("临沂市", () => {
  const linyi = policyById.get("linyi")!;
  const source = raw(linyi.sourceFile);
  /** The handbook's ten sections, from its own contents page (“1.中国、省质量奖奖励.....	1”). */
  const SECTIONS = [...source.matchAll(/^\d+\.(.+?)\.{4,}/gm)].map((m) => m[1]!);
  /** The handbook's 咨询电话 per section, copied by hand from the text. */
  const PHONES = ["0539-5977806", "0539-5977806", "0539-5977828", "0539-5977836 0539-5977838", "0539-5977806", "0539-5977826", "0539-5977838", "0539-5977805", "0539-5977805", "0539-5977836"];
  /** Each section's text: from its title (as a line of its own, after the contents) to the next one. */
  const body = (i: number) => {
    const at = (s: string) => source.indexOf(`\n${s}\n`, source.indexOf("企业知识产权保险扶持....."));
    return squash(source.slice(at(SECTIONS[i]!), i + 1 < SECTIONS.length ? at(SECTIONS[i + 1]!) : undefined));
  };

  it("reads the ten sections from the contents page", () => expect(SECTIONS).toHaveLength(10));

  it.each(SECTIONS.map((s, i) => [s, i] as const))("%s: its own phone number and basis, from its own 【咨询电话】 and 【政策依据】", (section, i) => {
    const first = linyi.items.find((item) => item.clause.startsWith(section))!;
    const contact = topic(linyi, first.id, "contact");
    expect(cites(contact)).toEqual([`${section}【咨询电话】：${PHONES[i]}`]);
    expect(body(i)).toContain(squash(`【咨询电话】${PHONES[i]}`));
    const basis = topic(linyi, first.id, "basis")[0]!;
    expect(basis.kind === "step" && basis.clause).toBe(`${section}【政策依据】`);
    expect(body(i)).toContain(squash(`【政策依据】${basis.text}`));
  });

  it("临沂市专利奖励（一）: the city patent department confirms the list from the published results", () => {
    expect(topic(linyi, "ly-7-1-gold", "department")).toEqual([
      expect.objectContaining({ clause: "临沂市专利奖励（一）", text: expect.stringMatching(/^市政府专利行政部门按国家知识产权局公布的中国专利奖获奖结果审核确认授奖名单/) }),
    ]);
    expect(cites(topic(linyi, "ly-4-7-protection", "department"))).toEqual(["（未写明）手册没有写受理申报的部门"]);
  });

  it("知识产权奖补资助（七）: patents held at the end of last year are claimed the year after", () => {
    expect(topic(linyi, "ly-4-7-protection", "timing")).toEqual([expect.objectContaining({ quote: "上一年度末拥有高价值发明专利" })]);
  });

  it("places each section's phone beside that section's own 【咨询电话】, though three sections share one number", () => {
    const paragraphs = annotate(linyi, source).paragraphs;
    const titleBefore = (p: number) => paragraphs.slice(0, p).findLast((x) => SECTIONS.includes(x.text))?.text;
    SECTIONS.forEach((section, i) => {
      const at = paragraphs.findIndex((p) => p.entries.some((e) => e.key === `step-phone-${i + 1}`));
      expect(paragraphs[at]!.text).toMatch(/^【咨询电话】/);
      expect(titleBefore(at)).toBe(section);
    });
  });
});

describe("a result under every policy", () => {
  const facts: Record<string, Fact> = {
    changning: { type: "quality-award", award: "china-quality-award" },
    songjiang: { type: "standard-project", scope: "national", role: "lead", action: "formulate" },
    jinshan: { type: "quality-award", award: "shanghai-quality-gold-award" },
    // Repaid last year: a loan repaid in 2026 is claimed in 2027, not yet on 2026-03-01.
    guangming: { type: "ip-pledge-loan", repaidLastYear: true, amount: 100_000, date: "2025-06-15" },
    linyi: { type: "patent-award", award: "china-gold" },
  };

  it.each(policies.map((p) => [p.id, p] as const))("%s: the checklist answers the four questions for the claimed line", (id, policy) => {
    const r = evaluate({ policy, applicant: ORG, facts: [{ date: "2026-01-15", ...facts[id]! }], asOf: "2026-03-01" });
    expect(r.lines.filter((l) => l.status === "payable").length + r.unquantified.length).toBe(1);
    const topics = checklist(policy, r).map((t) => t.topic);
    for (const t of CORE_TOPICS) expect(topics).toContain(t);
  });
});
