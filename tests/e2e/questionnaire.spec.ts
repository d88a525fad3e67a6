import { expect, test, type Page } from "@playwright/test";

/** Home → 金山区 → two government quality awards in the same year (the default date is today). */
const fillTwoAwards = async (page: Page) => {
  await page.goto("/");
  await page.getByRole("link", { name: "金山区关于质量发展专项政策的实施细则" }).click();
  await expect(page).toHaveURL(/\/calc\/jinshan/);
  // The form only reacts once React has hydrated it; clicks before that are lost.
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("heading", { level: 1, name: "金山区关于质量发展专项政策的实施细则" })).toBeVisible();

  const add = page.getByRole("button", { name: /^添加\s*政府质量奖$/ });
  await add.click();
  await page.getByRole("group", { name: "政府质量奖 第 1 项" }).getByRole("combobox", { name: "奖项" }).selectOption({ label: "上海市质量金奖" });
  await add.click();
  await page.getByRole("group", { name: "政府质量奖 第 2 项" }).getByRole("combobox", { name: "奖项" }).selectOption({ label: "中国质量奖" });
  return page.getByRole("complementary", { name: "测算结果" });
};

test("a district, two awards: the total, the 就高 rule that cut it, and the clause quoted", async ({ page }) => {
  const result = await fillTwoAwards(page);

  // 第五条: 中国质量奖 最高 100 万元, 上海市质量金奖 30 万元; 第二十三条（二） keeps the higher one only.
  await expect(page.getByTestId("total-max")).toHaveText("1,000,000 元（100 万元）");
  await expect(page.getByTestId("total-min")).toHaveText("0 元");
  const rule = result.getByRole("listitem").filter({ hasText: "政府质量奖同一年度就高。" });
  await expect(rule).toContainText("保留中国质量奖（组织）（最高 100 万元），未计上海市质量金奖（组织）（30 万元）");
  await expect(rule).toContainText("核减 30 万元");

  const line = result.getByRole("group").filter({ hasText: "原文与计算" }).filter({ hasText: "中国质量奖（组织）" }).first();
  const quote = line.getByText("对获得“中国质量奖”的组织，给予最高100万元的一次性奖励");
  await expect(quote).toBeHidden();
  await line.getByText("原文与计算").click();
  await expect(quote).toBeVisible();

  // The same answers, every policy.
  await result.getByRole("link", { name: "用同样的情况对比其他地区的政策" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "政策对比" })).toBeVisible();
  await expect(page.getByText("2 项", { exact: true })).toBeVisible();
  await expect(page.getByText("政府质量奖同一年度就高").filter({ visible: true }).first()).toBeVisible();
});

test("prints the result without the form, with the disclaimer and the policy version", async ({ page }) => {
  await fillTwoAwards(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("form", { name: "填写情况" })).toBeHidden();
  await expect(page.getByText(/^本结果是依据政策原文所作的估算，不是主管部门的审核或资助决定/)).toBeVisible();
  await expect(page.getByText(/政策数据版本 jinshan@[0-9a-f]{16}/)).toBeVisible();
  await expect(page.getByTestId("total-max")).toHaveText("1,000,000 元（100 万元）");
});
