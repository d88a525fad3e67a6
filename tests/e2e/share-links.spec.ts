import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { selfContainedPath } from "../../src/lib/share/encode-state";
import { calcUrl, twoAwardsSameYear } from "./profiles";
import { shot } from "./shot";

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

test("金山区 标志性项目成果, asked no 等级, makes a short link and a comparison", async ({ page }) => {
  await page.goto("/calc/jinshan");
  await page.getByLabel("计算日期", { exact: true }).fill("2025-09-01");
  await page.getByRole("button", { name: /^添加\s*质量攻关成果$/ }).click();
  const entry = page.getByRole("group", { name: "质量攻关成果 第 1 项" });
  await entry.getByRole("combobox", { name: "成果类别" }).selectOption({ label: "上海市产业质量提升标志性项目成果" });
  await entry.getByLabel("日期", { exact: true }).fill("2025-06-01");
  await expect(entry.getByRole("combobox", { name: /等级/ })).toHaveCount(0);
  await expect(page.getByTestId("total-max").first()).toHaveText("150,000 元（15 万元）");

  await page.getByRole("button", { name: "生成短链接" }).click();
  const field = page.getByRole("textbox", { name: "分享链接" });
  await expect(field).toHaveValue(/\/s\/[0-9A-Za-z]{22}$/);
  await page.goto(await field.inputValue());
  await expect(page.getByText("这是分享的测算结果（只读）")).toBeVisible();
  await expect(page.getByTestId("total-max")).toHaveText("150,000 元（15 万元）");

  await page.getByRole("link", { name: "继续编辑" }).click();
  await expect(page.getByRole("group", { name: "质量攻关成果 第 1 项" })).not.toContainText("待补全");
  await page.getByRole("link", { name: "用同样的情况对比其他地区的政策" }).click();
  await expect(page).toHaveURL(/\/compare\?s=/);
  await expect(page.getByRole("alert").filter({ hasText: "无法对比" })).toHaveCount(0);
  await expect(page.getByTestId("column-missing")).toHaveCount(0);
  const jinshan = page.getByRole("columnheader", { name: /^金山区/ }).or(page.getByRole("region", { name: "金山区政策的结果" }));
  await expect(jinshan).toContainText("最高 15 万元");
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

test("a self-contained link made with 复制结果链接 is signed and opens as the result of its day; a broken one says so", async ({ page }) => {
  await page.goto(calcUrl(twoAwardsSameYear));
  await page.getByRole("button", { name: "复制结果链接" }).click();
  const field = page.getByRole("textbox", { name: "分享链接" });
  await expect(field).toHaveValue(/\/r\?d=[^&]+&v=jinshan%40[0-9a-f]{16}&sig=[A-Za-z0-9_-]{43}$/);
  await page.goto(await field.inputValue());
  await expect(page.getByText("政策数据自生成以来没有变化，下面的结果与当时一致")).toBeVisible();
  await expect(page.getByTestId("total-max")).toContainText("100 万元");

  await page.goto("/r?d=N4Ig-broken");
  await expect(page.getByRole("heading", { name: "无法打开这个链接" })).toBeVisible();
});

test("a hand-made /r link never shows another policy's figure nor claims 与当时一致", async ({ page, request }, info) => {
  const changning = (await (await request.post("/api/v1/evaluate", { data: { ...twoAwardsSameYear, policy: "changning" } })).json()) as { policyVersion: string };
  // 金山区's answers with 长宁区's version: the old page showed 长宁区's 100 万元 as "当时的结果" on a 金山区 page.
  await page.goto(selfContainedPath(twoAwardsSameYear, changning.policyVersion));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("金山区关于质量发展专项政策的实施细则");
  const banner = page.getByRole("region", { name: "链接说明" });
  await expect(banner).toContainText("这个链接没有本站的签名");
  await expect(banner).not.toContainText("与当时一致");
  await expect(page.getByRole("heading", { name: "当时的结果" })).toHaveCount(0);
  await expect(page.getByText(/changning@/)).toHaveCount(0);
  // What 金山区 pays for these answers today, computed here: 就高 keeps one award, 最高 100 万元.
  await expect(page.getByTestId("total-min")).toHaveText("0 元");
  await shot(page, "r-link-unsigned", info, { fullPage: false });
});

const fillName = async (page: Page, name: string) => {
  await page.getByRole("textbox", { name: "申请人名称（可选）" }).fill(name);
};

test("a short link opened in a fresh browser lists the answers it was computed from, with the name the sender added", async ({ page, browser }, info) => {
  await page.goto(calcUrl({ ...twoAwardsSameYear, facts: [...twoAwardsSameYear.facts, { type: "standard-project", scope: "national", action: "formulate", role: "lead", count: 2, date: "2025-05-20" }] }));
  await fillName(page, "某\u0007公司");
  await expect(page.getByText("申请人名称不能包含换行、制表符等控制字符")).toBeVisible();
  await expect(page.getByRole("button", { name: "生成短链接" })).toBeDisabled();
  await fillName(page, "上海金山某某科技有限公司");
  await page.getByRole("button", { name: "生成短链接" }).click();
  const url = await page.getByRole("textbox", { name: "分享链接" }).inputValue();
  expect(url).toMatch(/\/s\/[0-9A-Za-z]{22}$/);

  // Whoever receives it: no cookies, no storage, nothing from the sender's browser.
  const fresh = await browser.newContext({ viewport: page.viewportSize() ?? undefined, locale: "zh-CN" });
  const theirs = await fresh.newPage();
  await theirs.goto(url);
  const answers = theirs.getByRole("region", { name: "测算依据的填写内容" });
  await expect(answers).toBeVisible();
  await expect(answers.getByTestId("applicant-name")).toHaveText("上海金山某某科技有限公司");
  await expect(answers).toContainText("申请主体单位（企业、机构等）");
  await expect(answers).toContainText("单位类型企业（未填，按默认）");
  await expect(answers).toContainText("计算日期2025年9月1日");
  await expect(answers).toContainText(/政策数据版本jinshan@[0-9a-f]{16}/);
  const facts = answers.getByTestId("answers-facts").getByRole("listitem");
  await expect(facts).toHaveCount(3);
  await expect(facts.nth(0)).toContainText("政府质量奖：上海市质量金奖");
  await expect(facts.nth(0)).toContainText("日期 2025-06-01");
  await expect(facts.nth(2)).toContainText("项目数 2 项");
  await shot(theirs, "short-link-answers", info, { fullPage: true });
  await fresh.close();
});

test("the printout fits A4, lists the answers and says 最高 amounts are ceilings", async ({ page, request }, info) => {
  const created = (await (await request.post("/api/v1/shares", { data: { ...twoAwardsSameYear, applicantName: "上海金山某某科技有限公司" } })).json()) as { id: string };
  await page.goto(`/s/${created.id}`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("link", { name: "继续编辑" })).toBeHidden();
  await expect(page.getByRole("region", { name: "测算依据的填写内容" })).toBeVisible();
  await expect(page.getByText("标注“最高”的金额是政策允许的上限，实际金额由主管部门核定。").first()).toBeVisible();
  await shot(page, "share-print", info, { fullPage: true });

  // On paper: A4 pages, nothing wider than the page.
  const pdf = await page.pdf({ format: "A4", path: `screenshots/tmp/share-print-${info.project.name}.pdf` });
  const text = readFileSync(`screenshots/tmp/share-print-${info.project.name}.pdf`, "latin1");
  const pages = [...text.matchAll(/\/Type\s*\/Page[^s]/g)].length;
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(3);
  for (const size of text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)) {
    // A4 is 595.3 × 841.9 pt; Chromium rounds its page box up to the next 1/72 inch of its own units.
    expect(Math.abs(Number(size[1]) - 595.3)).toBeLessThan(2);
    expect(Math.abs(Number(size[2]) - 841.9)).toBeLessThan(2);
  }
  // The printable width of A4 (210 mm less the 12 mm margins) at 96 dpi.
  await page.setViewportSize({ width: 703, height: 1000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
});

test("the calculator's printout lists the answers and the name typed before printing", async ({ page }, info) => {
  await page.goto(calcUrl(twoAwardsSameYear));
  await fillName(page, "上海金山某某科技有限公司");
  await page.emulateMedia({ media: "print" });
  const answers = page.getByRole("region", { name: "测算依据的填写内容" });
  await expect(answers).toBeVisible();
  await expect(answers.getByTestId("applicant-name")).toHaveText("上海金山某某科技有限公司");
  await expect(answers.getByTestId("answers-facts").getByRole("listitem")).toHaveCount(2);
  await shot(page, "calc-print", info, { fullPage: true });
  await page.emulateMedia({ media: "screen" });
  // On screen the form already shows the answers.
  await expect(answers).toBeHidden();
});

test("the share section keeps the name field while an entry is unfinished, and says why links wait", async ({ page }, info) => {
  await page.goto(calcUrl(twoAwardsSameYear));
  const share = page.getByRole("region", { name: "分享与打印" });
  await fillName(page, "上海金山某某科技有限公司");
  await expect(share.getByRole("button", { name: "生成短链接" })).toBeEnabled();
  await share.scrollIntoViewIfNeeded();
  await shot(page, "share-name", info);

  await page.getByRole("button", { name: "添加政府质量奖" }).click();
  await expect(page.getByRole("group", { name: "政府质量奖 第 3 项" })).toContainText("待补全");
  await expect(share.getByRole("button", { name: "生成短链接" })).toBeDisabled();
  await expect(share.getByRole("button", { name: "复制结果链接" })).toBeDisabled();
  await expect(share.getByRole("textbox", { name: "申请人名称（可选）" })).toHaveValue("上海金山某某科技有限公司");
  await expect(share).toContainText("有 1 项待补全，补全后才能生成链接");
  await shot(page, "questionnaire-unfinished-entry", info);
  await share.scrollIntoViewIfNeeded();
  await shot(page, "share-name-unfinished", info);
});
