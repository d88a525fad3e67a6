import { expect, test, type Page } from "@playwright/test";
import { calcUrl, threeNationalStandards } from "./profiles";
import { shot } from "./shot";

const AWARD_DATE = "2025-06-01";

/** The form acts in place once React has hydrated it (before that its buttons submit to the server). */
const hydrated = async (page: Page) => expect(page.getByRole("form", { name: "填写情况" })).toHaveAttribute("aria-busy", "false");

/** Waits for the debounced address update after an edit. */
const addressSettles = async (page: Page, before: string) => expect.poll(() => page.url()).not.toBe(before);

/** Home → 金山区 → two government quality awards in the same year. */
const fillTwoAwards = async (page: Page) => {
  await page.goto("/");
  await page.getByRole("link", { name: "金山区关于质量发展专项政策的实施细则" }).click();
  await expect(page).toHaveURL(/\/calc\/jinshan/);
  await expect(page.getByRole("heading", { level: 1, name: "金山区关于质量发展专项政策的实施细则" })).toBeVisible();
  await hydrated(page);

  const add = page.getByRole("button", { name: /^添加\s*政府质量奖$/ });
  for (const [n, award] of [
    [1, "上海市质量金奖"],
    [2, "中国质量奖"],
  ] as const) {
    await add.click();
    const entry = page.getByRole("group", { name: `政府质量奖 第 ${n} 项` });
    await entry.getByRole("combobox", { name: "奖项" }).selectOption({ label: award });
    await entry.getByLabel("日期").fill(AWARD_DATE);
  }
  return page.getByRole("complementary", { name: "测算结果" });
};

test("a district, two awards: the total, the 就高 rule that cut it, and the clause quoted", async ({ page }) => {
  const result = await fillTwoAwards(page);

  // 第五条: 中国质量奖 最高 100 万元, 上海市质量金奖 30 万元; 第二十三条（二） keeps the higher one only.
  await expect(page.getByTestId("total-max")).toHaveText("1,000,000 元（100 万元）");
  await expect(page.getByTestId("total-min")).toHaveText("0 元");
  await expect(page.getByTestId("total-pending")).toHaveCount(0);
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

// ------------------------------------------------------------------ issue 11.4: adding a fact invents nothing

test("a new 政府质量奖 pays nothing until its award and date are chosen, and survives a reload as unfinished", async ({ page }, info) => {
  await page.goto("/calc/jinshan");
  await hydrated(page);
  const before = page.url();
  await page.getByRole("button", { name: "添加政府质量奖" }).click();
  const entry = page.getByRole("group", { name: "政府质量奖 第 1 项" });
  const award = entry.getByRole("combobox", { name: "奖项" });

  // Before: 中国质量奖 was preselected with today's date and the total jumped to 最高 100 万元.
  await expect(award).toHaveValue("");
  await expect(entry.getByLabel("日期")).toHaveValue("");
  await expect(page.getByTestId("total-max")).toHaveText("0 元");
  await expect(page.getByTestId("total-pending")).toHaveText("另有 1 项待补全，未计入以上合计；补全后合计会变化。");
  await expect(entry).toContainText("待补全，未计入合计：请选择日期；请选择奖项");
  const pending = page.getByRole("region", { name: /待补全、未计入合计的事项/ });
  await expect(pending.getByRole("listitem")).toHaveText(/政府质量奖 第 1 项\s*待补全\s*请选择日期；请选择奖项/);
  // Nothing to share or compare yet: a link would carry a total that leaves the entry out.
  await expect(page.getByRole("button", { name: "复制结果链接" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "生成短链接" })).toBeDisabled();
  await expect(page.getByRole("link", { name: "用同样的情况对比其他地区的政策" })).toHaveCount(0);
  if (info.project.name === "mobile") await expect(page.getByTestId("mini-total")).toContainText("另有 1 项待补全，未计入");
  await shot(page, "questionnaire-new-entry", info, { fullPage: true });

  // The address keeps the unfinished entry as it stands: after a reload, still nothing chosen, still 0.
  await addressSettles(page, before);
  await page.reload();
  await hydrated(page);
  await expect(award).toHaveValue("");
  await expect(page.getByTestId("total-max")).toHaveText("0 元");
  await expect(page.getByTestId("total-pending")).toBeVisible();

  await award.selectOption({ label: "中国质量奖" });
  await expect(page.getByTestId("total-max")).toHaveText("0 元");
  await expect(entry).toContainText("待补全，未计入合计：请选择日期");
  await entry.getByLabel("日期").fill(AWARD_DATE);
  await expect(page.getByTestId("total-max")).toHaveText("1,000,000 元（100 万元）");
  await expect(page.getByTestId("total-pending")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "复制结果链接" })).toBeEnabled();
});

test("a new 标准制修订 starts on no 标准类别 (not 国际标准) and pays nothing", async ({ page }) => {
  await page.goto("/calc/jinshan");
  await hydrated(page);
  await page.getByRole("button", { name: /^添加\s*标准制定 \/ 修订项目$/ }).click();
  const entry = page.getByRole("group", { name: "标准制定 / 修订项目 第 1 项" });
  await expect(entry.getByRole("combobox", { name: "标准类别" })).toHaveValue("");
  await expect(page.getByTestId("total-max")).toHaveText("0 元");
  await expect(entry).toContainText("请选择标准类别");
});

// ------------------------------------------------------------------ issue 11.5: no stale figure behind an invalid field

test("−3 projects: the message says what is wrong, the line and the total say 待补全, no 30 万 left behind", async ({ page }, info) => {
  await page.goto(calcUrl(threeNationalStandards));
  await hydrated(page);
  await expect(page.getByTestId("total-max")).toHaveText("900,000 元（90 万元）");
  const entry = page.getByRole("group", { name: "标准制定 / 修订项目 第 1 项" });
  const count = entry.getByRole("textbox", { name: "项目数" });

  await count.fill("-3");
  // Before: "项目数须为数字", and the total showed 30 万元 (the blank count read as one project).
  await expect(entry.getByText("项目数须为 0 或正整数，不能为负数", { exact: true })).toBeVisible();
  await expect(count).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("total-max")).toHaveText("0 元");
  await expect(page.getByTestId("total-pending")).toBeVisible();
  await expect(page.getByRole("complementary", { name: "测算结果" })).not.toContainText("30 万元");
  await expect(page.getByRole("region", { name: /待补全、未计入合计的事项/ })).toContainText("项目数须为 0 或正整数，不能为负数");
  if (info.project.name === "mobile") await expect(page.getByTestId("mini-total")).toContainText("另有 1 项待补全");
  await shot(page, "questionnaire-invalid-count", info, { fullPage: true });

  await count.fill("2.5");
  await expect(entry.getByText("项目数须为 0 或正整数，不能有小数", { exact: true })).toBeVisible();
  await expect(page.getByTestId("total-max")).toHaveText("0 元");

  // Cleared: not one project, but a count still to be given.
  await count.fill("");
  await expect(page.getByTestId("total-max")).toHaveText("0 元");
  await expect(entry).toContainText("待补全，未计入合计：请填写项目数");

  await count.fill("2");
  await expect(page.getByTestId("total-max")).toHaveText("600,000 元（60 万元）");
  await expect(page.getByTestId("total-pending")).toHaveCount(0);
});

test("99,999 projects are counted only once confirmed", async ({ page }, info) => {
  await page.goto(calcUrl(threeNationalStandards));
  await hydrated(page);
  const entry = page.getByRole("group", { name: "标准制定 / 修订项目 第 1 项" });
  await entry.getByRole("textbox", { name: "项目数" }).fill("99999");
  const question = entry.getByRole("alert").filter({ hasText: "项目数 99999 项，是否正确？" });
  await expect(question).toBeVisible();
  await expect(page.getByTestId("total-max")).toHaveText("0 元");
  await expect(entry).toContainText("待确认：项目数 99999 项，是否正确？");
  await shot(page, "questionnaire-confirm-count", info);
  await question.getByRole("button", { name: "确认无误" }).click();
  await expect(question).toHaveCount(0);
  // 第十四条 caps the year's standards at 100 万元.
  await expect(page.getByTestId("total-max")).toHaveText("1,000,000 元（100 万元）");
});

test("a cleared date takes its figure with it, for a fact and for the calculation date", async ({ page }, info) => {
  await page.goto(calcUrl(threeNationalStandards));
  await hydrated(page);
  const entry = page.getByRole("group", { name: "标准制定 / 修订项目 第 1 项" });
  await entry.getByLabel("日期").fill("");
  // Before: the previous result (90 万元) stayed.
  await expect(page.getByTestId("total-max")).toHaveText("0 元");
  await expect(entry).toContainText("待补全，未计入合计：请选择日期");
  await entry.getByLabel("日期").fill("2025-06-01");
  await expect(page.getByTestId("total-max")).toHaveText("900,000 元（90 万元）");

  await page.getByLabel("计算日期").fill("");
  await expect(page.getByTestId("total-max")).toHaveCount(0);
  await expect(page.getByRole("complementary", { name: "测算结果" })).toContainText("待补全：请选择计算日期");
  await expect(page.getByRole("button", { name: "复制结果链接" })).toBeDisabled();
  if (info.project.name === "mobile") await expect(page.getByTestId("mini-total")).toHaveText("待补全：请选择计算日期");
  await shot(page, "questionnaire-no-date", info);
});

test("the printout of an unfinished questionnaire says the total leaves an entry out", async ({ page }) => {
  await page.goto(calcUrl(threeNationalStandards));
  await hydrated(page);
  await page.getByRole("button", { name: "添加政府质量奖" }).click();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("total-pending")).toBeVisible();
  await expect(page.getByRole("region", { name: /待补全、未计入合计的事项/ })).toContainText("政府质量奖 第 1 项");
});

// ------------------------------------------------------------------ issue 14.4: no dead clicks

test.describe("before the page's scripts run", () => {
  test.use({ javaScriptEnabled: false });

  test("＋ 事项 and 删除 work: the server applies them to the address", async ({ page }) => {
    await page.goto("/calc/jinshan");
    await page.getByRole("button", { name: "添加政府质量奖" }).click();
    const entry = page.getByRole("group", { name: "政府质量奖 第 1 项" });
    await expect(entry).toBeVisible();
    await expect(entry.getByRole("combobox", { name: "奖项" })).toHaveValue("");
    // The server sent the browser on to the plain address: a reload does not add it again.
    await expect(page).toHaveURL(/\/calc\/jinshan\?s=[^&]+#fact-0$/);
    await expect(page.getByTestId("total-pending")).toBeVisible();
    await page.getByRole("button", { name: "删除 政府质量奖 第 1 项" }).click();
    await expect(entry).toHaveCount(0);
    await expect(page.getByTestId("total-pending")).toHaveCount(0);
  });
});

test("controls that need the scripts are shown as not ready until they run", async ({ page }) => {
  // Hold back the page's scripts: the server's HTML is what a slow phone shows for its first seconds.
  await page.route("**/_next/static/chunks/**", () => {});
  await page.goto(calcUrl(threeNationalStandards), { waitUntil: "commit" });
  const form = page.getByRole("form", { name: "填写情况" });
  await expect(form).toHaveAttribute("aria-busy", "true");
  await expect(form.getByRole("textbox", { name: "项目数" })).toBeDisabled();
  await expect(form.getByRole("combobox", { name: "标准类别" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "生成短链接" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "打印" })).toBeDisabled();
  // …while ＋ 事项 is live: it submits the form.
  await expect(page.getByRole("button", { name: "添加政府质量奖" })).toBeEnabled();
});

test("phones: touch targets of at least 44 px, a digit keypad for counts and a decimal one for amounts", async ({ page, isMobile }) => {
  test.skip(!isMobile, "touch targets are a phone's");
  await page.goto(calcUrl(threeNationalStandards));
  await hydrated(page);
  await page.getByRole("button", { name: "添加政府质量奖" }).click();
  const form = page.getByRole("form", { name: "填写情况" });
  const targets = [
    page.getByRole("button", { name: "添加政府质量奖" }),
    page.getByRole("button", { name: /^添加\s*标准制定 \/ 修订项目$/ }),
    page.getByRole("button", { name: "删除 标准制定 / 修订项目 第 1 项" }),
    form.getByRole("combobox", { name: "标准类别" }),
    form.getByRole("textbox", { name: "项目数" }),
    form.getByLabel("计算日期"),
    page.getByRole("button", { name: "复制结果链接" }),
    page.getByRole("button", { name: "打印" }),
    page.getByRole("link", { name: "查看明细" }),
  ];
  for (const target of targets) {
    const box = await target.boundingBox();
    expect(box, `${target}`).not.toBeNull();
    expect.soft(box!.height, `${target} height`).toBeGreaterThanOrEqual(44);
    expect.soft(box!.width, `${target} width`).toBeGreaterThanOrEqual(44);
  }
  await expect(form.getByRole("textbox", { name: "项目数" })).toHaveAttribute("inputmode", "numeric");
  await expect(page.getByRole("group", { name: "政府质量奖 第 1 项" }).getByRole("combobox", { name: "奖项" })).toBeVisible();
});

test("amounts open a decimal keypad, counts a digit one", async ({ page }) => {
  // 光明区 pays 100% of the municipal award: the amount field is asked for a 政府质量奖.
  await page.goto("/calc/guangming");
  await hydrated(page);
  await page.getByRole("button", { name: "添加政府质量奖" }).click();
  const entry = page.getByRole("group", { name: "政府质量奖 第 1 项" });
  await entry.getByRole("combobox", { name: "奖项" }).selectOption({ label: "深圳市市长质量奖" });
  await expect(entry.getByRole("textbox", { name: "所获上级（市级）奖励金额" })).toHaveAttribute("inputmode", "decimal");
});
