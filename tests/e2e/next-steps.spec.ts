import { expect, test, type Page } from "@playwright/test";
import { policyVersion } from "../../src/engine";
import type { ShareState } from "../../src/lib/share/codec";
import { selfContainedPath } from "../../src/lib/share/encode-state";
import { policyById } from "../../policies/index";
import { calcUrl, compareUrl } from "./profiles";
import { shot } from "./shot";

/**
 * For each policy, a result with a line that will be claimed shows what to do next under that
 * line — each step with its clause, or that the text is silent — and one checklist for the whole
 * result, which is what prints. The expected words were checked by hand against each text.
 */
interface Journey {
  state: ShareState;
  /** The claimed line, by its label. */
  line: string;
  /** What its 下一步 must say (label → words and clause), in the text's own terms. */
  steps: Record<string, RegExp>;
  /** A clause link under the line, followed to the text. */
  follow?: { clause: string; lands: string };
}

const ORG = { kind: "organization" } as const;
const state = (policy: string, facts: ShareState["facts"]): ShareState => ({ policy, asOf: "2026-03-01", applicant: ORG, facts });

const journeys: Journey[] = [
  {
    state: state("jinshan", [{ type: "quality-award", award: "shanghai-quality-gold-award", date: "2025-06-01" }]),
    line: "上海市质量金奖（组织）",
    steps: {
      受理部门: /^金山区市场监督管理局（发布年度项目申报通知） · 第四条$/,
      申报材料: /^组织或个人身份证明材料；组织或个人所获荣誉或取得项目的证明文件；组织或个人最新信用信息报告；各项目的具体材料要求以申报通知为准 · 第二十四条$/,
      咨询方式: /^细则没有写咨询电话或联系人$/,
    },
    follow: { clause: "第二十四条", lands: "（一）组织或个人身份证明材料；" },
  },
  {
    state: state("changning", [{ type: "quality-award", award: "china-quality-award", date: "2025-06-01" }]),
    line: "获得“中国质量奖”的单位",
    steps: { 受理部门: /^政策没有写受理申报的部门$/, 申报时间: /^政策没有写申报时间/, 申报材料: /^政策没有列申报材料$/ },
  },
  {
    state: state("songjiang", [{ type: "standard-project", scope: "national", role: "lead", action: "formulate", date: "2026-01-10" }]),
    line: "参与国际标准、国家标准、行业标准和地方标准等各类标准研制",
    steps: { 受理部门: /^意见没有写受理申报的部门$/, 咨询方式: /^意见没有写咨询电话或联系人$/ },
  },
  {
    state: state("guangming", [{ type: "ip-pledge-loan", repaidLastYear: true, amount: 200_000, date: "2025-06-01" }]),
    line: "知识产权质押融资贷款利息资助",
    steps: { 申报时间: /^还清贷款本息后的下一年申请 · （十七）$/, 咨询方式: /相应职能部门.* · 印发通知$/ },
  },
  {
    state: state("linyi", [{ type: "patent-award", award: "china-gold", date: "2025-06-01" }]),
    line: "中国专利金奖、中国外观设计金奖",
    steps: { 受理部门: /^市政府专利行政部门按国家知识产权局公布的中国专利奖获奖结果审核确认授奖名单.* · 临沂市专利奖励（一）$/, 咨询方式: /^0539-5977838 · 临沂市专利奖励【咨询电话】$/ },
    follow: { clause: "临沂市专利奖励【咨询电话】", lands: "【咨询电话】 0539-5977838" },
  },
];

/** The 下一步 rows under a line, as label → text. */
const stepsOf = async (page: Page, line: string) => {
  const item = page.locator(".result-view li", { hasText: line }).filter({ has: page.locator(".line-steps") }).first();
  const block = item.locator(".line-steps");
  await expect(block).toBeVisible();
  const labels = await block.locator("dt").allTextContents();
  const texts = await block.locator("dd").allTextContents();
  return { item, rows: Object.fromEntries(labels.map((l, i) => [l, texts[i]!])) };
};

for (const j of journeys) {
  test(`${j.state.policy}: a claimed line shows its next steps with clauses, and the result one checklist that prints`, async ({ page }, info) => {
    await page.goto(calcUrl(j.state));
    const { item, rows } = await stepsOf(page, j.line);
    for (const [label, words] of Object.entries(j.steps)) expect(rows[label], label).toMatch(words);
    for (const core of ["受理部门", "申报时间", "申报材料", "咨询方式"]) expect(Object.keys(rows)).toContain(core);
    await item.scrollIntoViewIfNeeded();
    await shot(page, `next-steps-${j.state.policy}`, info);

    const list = page.getByTestId("application-checklist");
    await expect(list).toBeVisible();
    for (const heading of ["受理部门", "申报时间", "申报材料", "咨询方式"]) await expect(list.getByRole("heading", { name: heading })).toBeVisible();
    if (j.state.policy === "songjiang") {
      await expect(page.getByRole("complementary", { name: "金额另有规定" })).toContainText("松市监规〔2025〕1号");
    }

    // On paper: the checklist, without the per-line copies of it.
    await page.emulateMedia({ media: "print" });
    await expect(list).toBeVisible();
    await expect(page.locator(".line-steps").first()).toBeHidden();
    await shot(page, `next-steps-print-${j.state.policy}`, info, { fullPage: true });
    await page.emulateMedia({ media: "screen" });

    if (j.follow) {
      await item.locator(".line-steps").getByRole("link", { name: j.follow.clause, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/policies/${j.state.policy}#`));
      await expect(page.locator("[data-search-row]", { hasText: j.follow.lands }).first()).toBeInViewport();
    }
  });
}

test("松江区: every result says its amounts are set by 松市监规〔2025〕1号 and not computed here", async ({ page }) => {
  const songjiang = journeys.find((j) => j.state.policy === "songjiang")!.state;
  const notice = page.getByRole("complementary", { name: "金额另有规定" });
  await page.goto(calcUrl(songjiang));
  await expect(notice).toContainText("《松江区加强质量支撑、标准引领和知识产权建设专项资金管理办法》（松市监规〔2025〕1号");
  await page.goto(selfContainedPath(songjiang, policyVersion(policyById.get("songjiang")!)));
  await expect(notice).toContainText("不计算金额");
  await page.goto(compareUrl(songjiang));
  await expect(page.getByText("规定，本工具不计算").first()).toContainText("松市监规〔2025〕1号");
});
