import { expect, test } from "@playwright/test";
import { selfContainedPath } from "../../src/lib/share/encode-state";
import { calcUrl, twoAwardsSameYear } from "./profiles";

/**
 * Both kinds of link, as a clerk sends them to the boss: made in the questionnaire or through the
 * API, opened read-only with the same result, then back to editing. Reopening after a restart and
 * after a policy change is covered at the service level (tests/integration/share-*.test.ts).
 */

test("a short link made in the questionnaire opens read-only with the same result and leads back to editing", async ({ page }) => {
  await page.goto(calcUrl(twoAwardsSameYear));
  const liveTotal = (await page.getByTestId("total-max").first().textContent()) ?? "";
  expect(liveTotal).toContain("100 万元");

  await page.getByRole("button", { name: "生成短链接" }).click();
  const field = page.getByRole("textbox", { name: "分享链接" });
  await expect(field).toHaveValue(/\/s\/[0-9A-Za-z]{22}$/);
  await page.goto(await field.inputValue());

  await expect(page.getByText("这是分享的测算结果（只读）")).toBeVisible();
  await expect(page.getByText("政策数据自生成以来没有变化")).toBeVisible();
  await expect(page.getByTestId("total-max")).toHaveText(liveTotal);
  // What a chat app shows in its preview card.
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "金山区补贴测算：最高 100 万元");
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", /最高 100 万元/);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

  await page.getByRole("link", { name: "继续编辑" }).click();
  await expect(page).toHaveURL(/\/calc\/jinshan\?s=/);
  await expect(page.getByTestId("total-max").first()).toHaveText(liveTotal);
});

test("a link created through the API opens; an unknown one gets a friendly 404", async ({ page, request }) => {
  const created = await request.post("/api/v1/shares", { data: twoAwardsSameYear });
  expect(created.status()).toBe(201);
  const { id, url } = (await created.json()) as { id: string; url: string };
  expect(new URL(url).pathname).toBe(`/s/${id}`);

  const opened = await page.goto(`/s/${id}`);
  expect(opened?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("金山区关于质量发展专项政策的实施细则");

  const missing = await page.goto(`/s/${"x".repeat(22)}`);
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "这个链接不存在" })).toBeVisible();
});

test("a self-contained link opens the same result with nothing stored, and a broken one says so", async ({ page, request }) => {
  const evaluated = (await (await request.post("/api/v1/evaluate", { data: twoAwardsSameYear })).json()) as { policyVersion: string };
  await page.goto(selfContainedPath(twoAwardsSameYear, evaluated.policyVersion));
  await expect(page.getByText("政策数据自生成以来没有变化")).toBeVisible();
  await expect(page.getByTestId("total-max")).toContainText("100 万元");

  await page.goto("/r?d=N4Ig-broken");
  await expect(page.getByRole("heading", { name: "无法打开这个链接" })).toBeVisible();
});
