import { expect, test } from "@playwright/test";
import { policies } from "../../policies/index";
import { shot } from "./shot";

test("lists every encoded policy and opens one", async ({ page }) => {
  await page.goto("/policies");
  await expect(page.getByRole("heading", { level: 1, name: "政策原文与编码" })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(policies.length);
  await page.getByRole("link", { name: "金山区关于质量发展专项政策的实施细则" }).click();
  await expect(page).toHaveURL(/\/policies\/jinshan$/);
  await expect(page.getByRole("heading", { level: 1, name: "金山区关于质量发展专项政策的实施细则" })).toBeVisible();
});

test("shows a clause's source text highlighted beside its encoding", async ({ page }) => {
  await page.goto("/policies/jinshan");
  await page.getByRole("navigation", { name: "条款目录" }).getByRole("link", { name: "第五条（二）", exact: true }).click();
  await expect(page).toHaveURL(/#clause-/);
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe("#clause-第五条（二）");

  // The source keeps the extraction's spaces around numbers; the quote in the data has none.
  const quote = page.locator("mark", { hasText: "对获得“上海市质量金奖”的组织，给予 30 万元的一次性奖励" });
  await expect(quote).toBeInViewport();

  const item = page.getByRole("article", { name: /上海市质量金奖（组织）/ });
  await expect(item).toBeVisible();
  await expect(item.getByRole("definition").filter({ hasText: /^30 万元$/ })).toBeVisible();
  await expect(item).toContainText("js-5-2-gold-org");
});

test("states the readings chosen where the text is ambiguous, and the policy version", async ({ page }) => {
  await page.goto("/policies/jinshan#clause-第十二条");
  const item = page.getByRole("article", { name: /获评“上海标准”/ });
  await expect(item).toContainText("解读：");
  await expect(item).toContainText("按每个获评的标准项目计一次");
  await expect(page.getByText(/^jinshan@[0-9a-f]{16}$/)).toBeVisible();
});

test("answers an unknown policy with 404", async ({ page }) => {
  const response = await page.goto("/policies/atlantis");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("没有找到这个页面");
});

test("an unknown address gets a 404 page in Chinese with the way back", async ({ page }, info) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle("页面不存在 · 政策计算器");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("没有找到这个页面");
  await shot(page, "not-found", info);
  await page.getByRole("link", { name: "查看政策列表" }).click();
  await expect(page).toHaveURL(/\/policies$/);
  await page.goBack();
  await page.getByRole("link", { name: "返回首页" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("政策计算器");
});
