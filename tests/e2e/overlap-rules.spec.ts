/**
 * Overlap rules as the user meets them: 金山区 第二十三条（二）就高 by level (one level's honours all
 * pay), 长宁区 30 同一事项 (certain
 * = the best single clause, at most = both), 长宁区 31 counting such a standard as one of its five
 * projects, and 长宁区 16 中小企业 asked of the applicant.
 */
import { expect, test, type Page } from "@playwright/test";
import { calcUrl } from "./profiles";
import { shot } from "./shot";

const resultOf = (page: Page) => page.getByRole("complementary", { name: "测算结果" });

/** 金山区's calculator with these 政府质量奖 all won on 2026-03-01, calculated on 2026-06-01. */
const awardsOfOneYear = async (page: Page, awards: string[]) => {
  await page.goto("/calc/jinshan");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("计算日期", { exact: true }).fill("2026-06-01");
  for (const [i, award] of awards.entries()) {
    await page.getByRole("button", { name: /^添加\s*政府质量奖$/ }).click();
    const entry = page.getByRole("group", { name: `政府质量奖 第 ${i + 1} 项` });
    await entry.getByRole("combobox", { name: "奖项" }).selectOption({ label: award });
    await entry.getByLabel("日期", { exact: true }).fill("2026-03-01");
  }
};

test("金山区: a national 提名奖 and a municipal 市长质量奖 of one year pay the national one only", async ({ page }, info) => {
  await awardsOfOneYear(page, ["中国质量奖提名奖", "上海市市长质量奖"]);
  await expect(page.getByTestId("total-max")).toHaveText("500,000 元（50 万元）");
  const mayor = resultOf(page).locator(".result-line").filter({ hasText: "上海市市长质量奖（组织）" });
  await expect(mayor).toContainText("因限额规则未计");
  await expect(mayor).toContainText("已按更高级别的“中国质量奖提名奖（组织）”奖励，不再对低级别的本项奖励");
  await mayor.scrollIntoViewIfNeeded();
  await shot(page, "overlap-jinshan-level", info);
});

test("金山区: 市长质量奖 and 质量金奖 of one year are one level, so both pay, up to the 100 万 yearly cap", async ({ page }, info) => {
  await awardsOfOneYear(page, ["上海市市长质量奖", "上海市质量金奖"]);
  // 30 万 certain + up to 80 万 = 110 万 at most, cut to the yearly 100 万 (第二十三条（二）).
  await expect(page.getByTestId("total-min")).toHaveText("300,000 元（30 万元）");
  await expect(page.getByTestId("total-max")).toHaveText("1,000,000 元（100 万元）");
  const gold = resultOf(page).locator(".result-line").filter({ hasText: "上海市质量金奖（组织）" });
  await expect(gold).not.toContainText("因限额规则未计");
  await expect(resultOf(page)).not.toContainText("不再对低级别的本项奖励");
  await gold.scrollIntoViewIfNeeded();
  await shot(page, "overlap-jinshan-same-level", info);
});

test("金山区 policy page: 第二十三条（二）quotes the whole sentence and says 就高 is by level", async ({ page }, info) => {
  await page.goto("/policies/jinshan#clause-第二十三条（二）");
  const card = page.getByRole("article", { name: /政府质量奖同一年度就高/ });
  await expect(card).toContainText("给予更高级别的奖励后，不再对低级别的进行奖励");
  await expect(card).toContainText("“就高”按级别而不是按金额");
  await expect(card).toContainText("同一年度就高不就低：只按最高级别计，同一级别的各项分别计");
  await expect(card).toContainText("同一级别的几项荣誉不是“不同级别”");
  await expect(card).toContainText("中国质量奖提名奖（组织）（国家级）");
  await card.scrollIntoViewIfNeeded();
  await shot(page, "overlap-jinshan-policy-page", info);
});

test("长宁区: one group standard under 19 and 9 is 5 万 certain and 7 万 at most, citing 30", async ({ page }, info) => {
  await page.goto("/calc/changning");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("计算日期", { exact: true }).fill("2025-06-01");
  await page.getByRole("button", { name: /^添加\s*标准制定 \/ 修订项目$/ }).click();
  const entry = page.getByRole("group", { name: "标准制定 / 修订项目 第 1 项" });
  await entry.getByRole("textbox", { name: "日期" }).fill("2025-03-01");
  await entry.getByRole("combobox", { name: "标准类别" }).selectOption({ label: "团体标准" });
  await entry.getByRole("combobox", { name: "制定或修订" }).selectOption({ label: "制定" });
  await entry.getByRole("combobox", { name: "本单位角色" }).selectOption({ label: "牵头 / 主导 / 第一起草单位" });
  await expect(entry.getByLabel("团体标准被相关政府部门采信使用")).toBeChecked();
  await expect(entry.getByLabel(/高于国家、行业、地方标准/)).toBeChecked();

  await expect(page.getByTestId("total-max")).toHaveText("70,000 元（7 万元）");
  await expect(page.getByTestId("total-min")).toHaveText("50,000 元（5 万元）");
  const nine = resultOf(page).locator(".result-line").filter({ hasText: "先进标准" });
  await expect(nine).toContainText("第30条：同一单位不得因同一事项重复享受政策");
  // Only the certain part was cut: the line must not read as a cut of 2 万 down to 2 万.
  await expect(nine).toContainText("确定部分核减前 2 万元，最高未变");
  await nine.scrollIntoViewIfNeeded();
  await shot(page, "overlap-changning-same-matter", info);
});

test("长宁区: the 16 licensee line asks whether the applicant is an SME", async ({ page }, info) => {
  await page.goto("/calc/changning");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("计算日期", { exact: true }).fill("2025-06-01");
  const sme = page.getByLabel("中小企业", { exact: true });
  await expect(sme).not.toBeChecked();
  await page.getByRole("button", { name: /^添加\s*专利许可、转让与作价入股$/ }).click();
  const entry = page.getByRole("group", { name: "专利许可、转让与作价入股 第 1 项" });
  await entry.getByRole("textbox", { name: "日期" }).fill("2025-03-01");
  await entry.getByRole("combobox", { name: "本方角色" }).selectOption({ label: "被许可人 / 受让人" });
  await entry.getByRole("combobox", { name: "交易方式" }).selectOption({ label: "许可" });
  await entry.getByRole("textbox", { name: /^实际交易额/ }).fill("40");

  const line = resultOf(page).locator(".result-line").filter({ hasText: "获得高校、科研机构高价值专利许可、转让的中小企业" });
  await expect(line).toContainText("不符合条件");
  await expect(line).toContainText("第16条：本项只支持获得许可、转让的中小企业（未填写，按默认“否”计）");
  await line.scrollIntoViewIfNeeded();
  await shot(page, "overlap-changning-sme-missing", info);

  await sme.check();
  await expect(line).toContainText("可享受");
  await expect(page.getByTestId("total-max")).toHaveText("400,000 元（40 万元）");
});

test("长宁区: 31 counts a group standard under 19 and 9 as one project, and drops the sixth project's two lines together", async ({ page }, info) => {
  const adopted = { governmentAdopted: true, exceedsHigherStandards: true, date: "2025-03-01" };
  await page.goto(
    calcUrl({
      policy: "changning",
      asOf: "2025-06-01",
      applicant: { kind: "organization" },
      facts: [
        { type: "standard-project", scope: "national", action: "formulate", role: "participant", count: 4, date: "2025-03-01" },
        { type: "standard-project", scope: "group", action: "formulate", role: "lead", ...adopted },
        { type: "standard-project", scope: "group", action: "formulate", role: "participant", ...adopted },
      ],
    }),
  );
  // Six projects: four national (5 万 each), the group standard's first drafter (5 + 2 万), its participant (2 + 2 万, dropped).
  await expect(page.getByTestId("total-max")).toHaveText("270,000 元（27 万元）");
  await expect(page.getByTestId("total-min")).toHaveText("250,000 元（25 万元）");
  const limits = resultOf(page).locator("section").filter({ has: page.getByRole("heading", { name: "限额与就高规则" }) });
  const count = limits.getByRole("listitem").filter({ hasText: "第31条：同一单位一年中标准化项目扶持不超过 5 个" });
  await expect(count).toContainText("2025 年共 6 项符合条件（第 2 项事项同时符合第9条、第19条，按 1 项计；第 3 项事项同时符合第9条、第19条，按 1 项计）");
  await expect(count).toContainText("（同一项目）1 项");
  await expect(count).toContainText("核减 4 万元");
  // The 19 line of the dropped project (the 9 line's note names it too).
  const dropped = resultOf(page).locator(".result-line").filter({ hasText: /^第19条标准制修订制定被相关政府部门采信使用的团体标准 非第一起草单位/ });
  await expect(dropped).toContainText("因限额规则未计");
  await expect(dropped).toContainText("本项只计 0 项（与“制定高于国家、行业、地方标准并具有示范效应和推广价值的团体标准或企业标准”是同一项目，一并计算）");
  await count.scrollIntoViewIfNeeded();
  await shot(page, "overlap-changning-five-projects", info);
  await dropped.getByText("原文与计算").click();
  await expect(dropped.getByText(/本项只计 0 项（与“制定高于国家/)).toBeVisible();
  await dropped.scrollIntoViewIfNeeded();
  await shot(page, "overlap-changning-five-projects-dropped", info);
});
