import { expect, test, type Page } from "@playwright/test";
import { policies } from "../../policies/index";
import { shot } from "./shot";

test("lists every encoded policy and opens one", async ({ page }) => {
  await page.goto("/policies");
  await expect(page.getByRole("heading", { level: 1, name: "政策原文", exact: true })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(policies.length);
  await page.getByRole("link", { name: "金山区关于质量发展专项政策的实施细则" }).click();
  await expect(page).toHaveURL(/\/policies\/jinshan$/);
  await expect(page.getByRole("heading", { level: 1, name: "金山区关于质量发展专项政策的实施细则" })).toBeVisible();
});

/** On a phone the contents are folded away under 条款目录; on a wide screen they stand beside the text. */
const contents = async (page: Page) => {
  const fold = page.getByText("条款目录", { exact: true }).and(page.locator("summary"));
  if (await fold.isVisible()) await fold.click();
  return page.getByRole("navigation", { name: "条款目录" });
};

test("shows a clause's source text highlighted beside its encoding", async ({ page }) => {
  await page.goto("/policies/jinshan");
  await (await contents(page)).getByRole("link", { name: "第五条（二）", exact: true }).click();
  await expect(page).toHaveURL(/#clause-/);
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe("#clause-第五条（二）");

  // The source keeps the extraction's spaces around numbers; the quote in the data has none.
  const quote = page.locator("mark", { hasText: "对获得“上海市质量金奖”的组织，给予 30 万元的一次性奖励" });
  await expect(quote).toBeInViewport();

  const item = page.getByRole("article", { name: /上海市质量金奖（组织）/ });
  await expect(item).toBeVisible();
  await expect(item.getByRole("definition").filter({ hasText: /^30 万元$/ })).toBeVisible();
  // The data's own id is there for auditors, folded away from the clerk's view.
  await expect(item.getByText("js-5-2-gold-org")).toBeHidden();
  await item.getByText("技术细节").click();
  await expect(item.getByText("js-5-2-gold-org")).toBeVisible();
});

test("states the readings chosen where the text is ambiguous, and the policy version", async ({ page }) => {
  await page.goto("/policies/jinshan#clause-第十二条");
  const item = page.getByRole("article", { name: /获评“上海标准”/ });
  await expect(item).toContainText("解读：");
  await expect(item).toContainText("按每个获评的标准项目计一次");
  await page.locator("main > header").getByText("技术细节", { exact: true }).click();
  await expect(page.getByText(/^jinshan@[0-9a-f]{16}$/)).toBeVisible();
});

test("the contents follow the text's own articles and jump to one", async ({ page }, info) => {
  await page.goto("/policies/jinshan");
  await (await contents(page)).getByRole("link", { name: "第十四条（标准制修订）" }).click();
  await expect(page.getByText("第十四条（标准制修订）", { exact: true }).and(page.locator("p"))).toBeInViewport();
  await shot(page, "policy-contents-jump", info);
});

/**
 * 就高 (keep only the highest) is written in 长宁区 30 and 金山区 第二十三条, and the calculator's
 * highest-only rules say it too; 松江区, 光明区 and 临沂市 have no such rule, and the search says so.
 */
const highestOnly: Record<string, RegExp | null> = {
  changning: /政府质量奖按最高奖励额支持，不重复享受/,
  jinshan: /政府质量奖同一年度就高/,
  songjiang: null,
  guangming: null,
  linyi: null,
};

for (const policy of policies) {
  test(`searching 就高 in ${policy.shortName} finds its highest-only rules, or says there are none`, async ({ page }, info) => {
    await page.goto(`/policies/${policy.id}`);
    const box = page.getByRole("searchbox", { name: "在本政策中查找" });
    await box.fill("就高");
    const status = page.getByRole("status").filter({ hasText: /找到|没有找到/ });
    const rule = highestOnly[policy.id];
    if (rule) {
      await expect(status).toHaveText(/^找到 \d+ 处，在 \d+ 段中/);
      const card = page.getByRole("article", { name: rule }).first();
      await expect(card).toBeVisible();
      await expect(card).toContainText("就高");
      // Paragraphs without the word are set aside while searching.
      await expect(page.locator("[data-search-row]:visible")).toHaveCount(Number((await status.textContent())!.match(/在 (\d+) 段/)![1]));
      await box.press("Enter");
      await expect(status).toContainText("第 1 处");
    } else {
      await expect(status).toHaveText("没有找到“就高”：原文和本工具整理的规则中都没有这段文字。");
      await expect(page.locator("[data-search-row]:visible")).toHaveCount(0);
    }
    await status.evaluate((e) => e.scrollIntoView({ block: "start" }));
    await shot(page, `policy-search-${policy.id}`, info);
    await page.getByRole("button", { name: "清除" }).click();
    await expect(page.locator("[data-search-row]:visible").first()).toBeVisible();
  });
}

test("the search ignores the spaces the extraction left in numbers, and finds what the calculator wrote", async ({ page }) => {
  await page.goto("/policies/jinshan");
  const box = page.getByRole("searchbox", { name: "在本政策中查找" });
  await box.fill("给予30万元");
  await expect(page.getByRole("status").filter({ hasText: "找到" })).toBeVisible();
  await expect(page.locator("mark", { hasText: "对获得“上海市质量金奖”的组织，给予 30 万元的一次性奖励" })).toBeVisible();
  // Only the calculator's own words say 同一年度就高 (the text says 就高不就低); (三) finds （三）.
  await box.fill("同一年度就高");
  await expect(page.getByRole("article", { name: /质检中心同一年度就高/ })).toBeVisible();
  await box.fill("第五条(三)");
  await expect(page.getByRole("article", { name: /金山区区长质量奖/ })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "找到" })).not.toContainText("没有");
});

test("the policy page says how to apply, topic by topic, and 松江区's says where its amounts are set", async ({ page }, info) => {
  await page.goto("/policies/jinshan");
  const guide = page.getByRole("region", { name: "申报指引" });
  await expect(guide.getByText("金山区市场监督管理局（发布年度项目申报通知）")).toBeVisible();
  await expect(guide.getByText("细则没有写咨询电话或联系人")).toBeVisible();
  await page.goto("/policies/songjiang");
  const notice = page.getByRole("complementary", { name: "金额另有规定" });
  await expect(notice).toContainText("《松江区加强质量支撑、标准引领和知识产权建设专项资金管理办法》（松市监规〔2025〕1号，松江区市场监督管理局 2025年12月1日");
  await expect(notice).toContainText("不计算金额");
  await shot(page, "policy-songjiang-companion", info);
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
