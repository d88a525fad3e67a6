import { expect, test } from "@playwright/test";
import { shot } from "./shot";

test("临沂市 知识产权保护奖励: patents held at the end of 2022 pay in 2023, and the line says so", async ({ page }, info) => {
  await page.goto("/calc/linyi");
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("heading", { level: 1, name: "惠企助企政策手册" })).toBeVisible();
  await page.getByLabel("计算日期", { exact: true }).fill("2023-06-30");

  await page.getByRole("button", { name: /^添加\s*年末拥有的高价值发明专利$/ }).click();
  const entry = page.getByRole("group", { name: "年末拥有的高价值发明专利 第 1 项" });
  // A stock is dated at the year end before the calculation date, and the field says so.
  await expect(entry.getByLabel("存量日期")).toHaveValue("2022-12-31");
  await expect(entry).toContainText("填拥有量的统计日，即上一年度的 12 月 31 日");
  await entry.getByLabel("件数").fill("20");

  const result = page.getByRole("complementary", { name: "测算结果" });
  await expect(page.getByTestId("total-max")).toHaveText("100,000 元（10 万元）");
  const line = result.locator(".result-line").filter({ hasText: "上一年度末拥有高价值发明专利" });
  await expect(line).toContainText("可享受");
  await expect(line).toContainText("2023 年度申报");
  await expect(line).toContainText("存量日期 2022-12-31，按次年 2023 年申报计");
  await line.scrollIntoViewIfNeeded();
  await shot(page, "claim-year-linyi", info);
});

test("金山区: an award of March 2025 is outside the window, and the line names the repealed 金市监质〔2024〕4号", async ({ page }, info) => {
  await page.goto("/calc/jinshan");
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: /^添加\s*政府质量奖$/ }).click();
  const entry = page.getByRole("group", { name: "政府质量奖 第 1 项" });
  await entry.getByRole("combobox", { name: "奖项" }).selectOption({ label: "上海市质量金奖" });
  await entry.getByLabel("日期", { exact: true }).fill("2025-03-15");

  const line = page.getByRole("complementary", { name: "测算结果" }).locator(".result-line").filter({ hasText: "上海市质量金奖" });
  await expect(line).toContainText("不在适用期内");
  await expect(line).toContainText("金市监质〔2024〕4号");
  await line.scrollIntoViewIfNeeded();
  await shot(page, "claim-year-jinshan-earlier", info);
});

test("the policy page says what the text says of achievements before it", async ({ page }, info) => {
  await page.goto("/policies/jinshan");
  const summary = page.locator("dl").first();
  await expect(summary).toContainText("此前事项");
  await expect(summary).toContainText("金市监质〔2024〕4号");
  await shot(page, "claim-year-policy-summary", info);
  await page.goto("/policies/jinshan#clause-第二十七条");
  const card = page.getByRole("article", { name: /早于适用期的事项/ });
  await expect(card).toContainText("解读：");
  await card.scrollIntoViewIfNeeded();
  await shot(page, "claim-year-policy-page", info);
});
