/**
 * The regulator's journeys in real Chromium: upload a cohort → its cost and why → one applicant's
 * explanation → a what-if draft against the baseline → exports → saving and reopening the draft;
 * cancelling long work; refusing bad files; the policy comparison matrix. Screenshots of each view
 * go to screenshots/tmp/ for review.
 */
import { readFile, writeFile } from "node:fs/promises";
import * as XLSX from "@e965/xlsx";
import { expect, test, type Page } from "@playwright/test";
import iconv from "iconv-lite";
import { cohort } from "../../bench/cohort";
import { policyById } from "../../policies/index";
import { shot } from "./shot";

const CSV_TYPE = "text/csv";
const HEADER = "申请人编号,申请人名称,申请主体,政策,事项类型,日期,数量,奖项,标准类别,制定或修订,本单位角色";
const ROWS = [
  "A1,=cmd|' /C calc'!A0,单位,金山区,政府质量奖,2025/6/1,,上海市质量金奖,,,",
  "A1,,,jinshan,standard-project,2025-05-20,7,,国家标准,制定,牵头",
  "B2,乙公司,单位,jinshan,quality-award,2025-07-01,,上海市质量金奖,,,",
  "C3,丙公司,单位,jinshan,quality-award,2025-02-30,,中国质量奖,,,",
];
const COHORT = [HEADER, ...ROWS].join("\r\n");

const upload = (page: Page, name: string, buffer: Buffer, mimeType = CSV_TYPE) =>
  page.getByLabel("选择文件并测算").setInputFiles({ name, mimeType, buffer });


test.beforeEach(async ({ page }) => {
  await page.goto("/regulator");
  await page.getByLabel("计算日期").fill("2025-12-31");
});

test("upload → cohort result → one applicant → what-if → exports → saved draft", async ({ page }, info) => {
  await upload(page, "cohort.csv", Buffer.from(COHORT));

  // What was read, and the bad row in words.
  const report = page.getByRole("region", { name: "测算结果", exact: true });
  await expect(report.getByText("3 个申请人")).toBeVisible();
  await expect(report.getByText("2 个已计算")).toBeVisible();
  await expect(report.getByText("1 处数据问题")).toBeVisible();
  await expect(report.getByRole("row").filter({ hasText: "第 5 行" })).toContainText("日期不存在的日期");

  // The cohort's cost: A1 30 万 for the gold award plus up to 5 standards, capped at 100 万 a year; B2 30 万.
  await expect(page.getByTestId("cohort-min")).toHaveText("600,000 元（60 万元）");
  await expect(page.getByTestId("cohort-max")).toHaveText("1,300,000 元（130 万元）");
  await expect(page.getByRole("img", { name: /30–50 万元：1 家/ })).toBeAttached();
  const limits = page.getByRole("region", { name: "哪些限额在起作用" });
  await expect(limits.getByRole("listitem")).toHaveCount(2);
  await expect(limits.getByRole("listitem").first()).toContainText("核减 1 个申请人，合计最高核减 80 万元");
  const clauseLink = page.getByRole("region", { name: "按条款" }).getByRole("link", { name: "第五条（二）" });
  await expect(clauseLink).toHaveAttribute("href", `/policies/jinshan#${encodeURIComponent("clause-第五条（二）")}`);
  await page.getByRole("region", { name: "测算结果", exact: true }).scrollIntoViewIfNeeded();
  await shot(page, "regulator-result", info);

  // Every applicant, largest first with its rank, searchable by id or name (the rank stays the cohort's).
  const table = page.getByRole("region", { name: "申请人（按最高金额排序）" });
  const listed = table.getByRole("row");
  await expect(listed.nth(1).getByRole("cell")).toHaveText(["1", "=cmd|' /C calc'!A0A1", "30 万元", "100 万元", "-140 万元", "明细"]);
  await expect(listed.nth(2).getByRole("cell")).toHaveText(["2", "乙公司B2", "30 万元", "30 万元", "—", "明细"]);
  await expect(table.getByText("第 1 / 1 页，共 2 个")).toBeVisible();
  await table.scrollIntoViewIfNeeded();
  await shot(page, "regulator-applicants", info);
  await table.getByRole("searchbox").fill("b2");
  await expect(listed).toHaveCount(2);
  await expect(listed.nth(1).getByRole("cell").first()).toHaveText("2");
  await expect(table.getByText("第 1 / 1 页，共 1 个")).toBeVisible();
  await table.getByRole("searchbox").fill("");

  // One click to the same explanation as the calculator page.
  await page.getByRole("button", { name: "查看明细：=cmd|' /C calc'!A0" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("计入合计的项目");
  await expect(dialog).toContainText("上海市质量金奖");
  await expect(dialog).toContainText("限额与就高规则");
  await shot(page, "regulator-applicant", info);
  await dialog.getByRole("button", { name: "关闭" }).click();
  await expect(dialog).toBeHidden();

  // Exports: the hostile name stays text.
  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("region", { name: "申请人（按最高金额排序）" }).getByRole("button", { name: "CSV" }).click(),
  ]);
  const csvText = await readFile(await csv.path(), "utf8");
  expect(csvText.startsWith("\uFEFF申请人编号")).toBe(true);
  expect(csvText).toContain("A1,'=cmd|' /C calc'!A0,2,符合申请条件,300000,1000000,1400000,300000,300000,0,700000,");
  const [xlsx] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("region", { name: "按条款" }).getByRole("button", { name: "Excel" }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toMatch(/^金山区-测算-2025-12-31-条款\.xlsx$/);
  expect((await readFile(await xlsx.path())).subarray(0, 2).toString()).toBe("PK");

  // What-if: the gold award up to 40 万 and at most 3 standards a year.
  const gold = page.locator('[id="figure-js-5-2-gold-org:yuan"]');
  await gold.fill("400000");
  await page.locator('[id="figure-js-23-five-standards:max"]').fill("3");
  await page.getByRole("button", { name: "按草案重新测算" }).click();
  await expect(page.getByTestId("draft-max")).toHaveText("140 万元");
  await expect(page.getByTestId("base-max")).toHaveText("130 万元");
  const byClause = page.getByRole("region", { name: /^按条款（/ });
  await expect(byClause.getByRole("row").filter({ hasText: "第五条（二）" })).toContainText("+20 万元");
  // Per applicant, baseline → draft → change as ranges: A1's gold award is certain, its standards are not.
  const a1 = page.getByRole("region", { name: /^按申请人（/ }).getByRole("row").filter({ hasText: "=cmd" });
  await expect(a1.getByRole("cell")).toHaveText(["=cmd|' /C calc'!A0", "30 万元 至 100 万元", "40 万元 至 100 万元", "确定 +10 万元", "草案明细"]);
  await page.getByRole("region", { name: /^按申请人（/ }).scrollIntoViewIfNeeded();
  await shot(page, "regulator-whatif", info);

  await page.getByRole("button", { name: "按草案查看明细：=cmd|' /C calc'!A0" }).click();
  await expect(page.getByRole("dialog")).toContainText("按草案“未命名草案”计算");
  await page.getByRole("dialog").getByRole("button", { name: "关闭" }).click();

  const [delta] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("group", { name: "导出申请人对比" }).getByRole("button", { name: "CSV" }).click(),
  ]);
  expect(await readFile(await delta.path(), "utf8")).toContain("A1");

  // Save, share, reopen.
  await page.getByLabel("草案名称").fill("金奖 40 万 + 标准 3 项");
  await page.getByRole("button", { name: "保存草案并生成链接" }).click();
  const link = page.getByRole("status").getByRole("link");
  await expect(link).toHaveText(/\/regulator\?draft=[0-9A-Za-z]{22}$/);
  await page.goto((await link.textContent())!);
  await expect(page.getByRole("status").first()).toContainText("已打开草案“金奖 40 万 + 标准 3 项”");
  await expect(page.locator('[id="figure-js-5-2-gold-org:yuan"]')).toHaveValue("400000");
  await page.getByLabel(/只看已修改/).check();
  await expect(page.getByLabel(/只看已修改/)).toHaveAccessibleName("只看已修改（2）");
  await page.getByLabel("计算日期").fill("2025-12-31");
  await upload(page, "cohort.csv", Buffer.from(COHORT));
  await page.getByRole("button", { name: "按草案重新测算" }).click();
  await expect(page.getByTestId("draft-max")).toHaveText("140 万元");
});

test("reads GBK files and refuses what cannot be read, in words", async ({ page }, info) => {
  await upload(page, "gbk.csv", iconv.encode(COHORT, "gbk"));
  await expect(page.getByText("CSV 文件（GBK 编码）")).toBeVisible();
  await expect(page.getByTestId("cohort-max")).toHaveText("1,300,000 元（130 万元）");

  await upload(page, "empty.csv", Buffer.alloc(0));
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("文件为空（0 字节）。请使用模板填写后上传。");

  // From a file on disk: 50 MB sent as a buffer goes through the protocol in base64, slowly on a busy machine.
  const huge = info.outputPath("huge.csv");
  await writeFile(huge, Buffer.alloc(50_000_000, 0x41));
  await page.getByLabel("选择文件并测算").setInputFiles(huge);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("文件过大（50.0 MB）：单个文件须小于 50 MB");
});

test("long work shows progress and can be cancelled while the page stays responsive", async ({ page }) => {
  const jinshan = policyById.get("jinshan")!;
  const rows = cohort({ size: 40_000, policies: [jinshan], seed: 7 }).flatMap((p, n) =>
    p.facts
      .filter((f) => f.type === "quality-award" || f.type === "standard-project")
      .map((f) => [`P${n}`, "organization", f.type, f.date, f.count ?? "", f.award ?? "", f.scope ?? "", f.action ?? "", f.role ?? ""].join(",")),
  );
  const csv = ["id,applicant.kind,type,date,count,award,scope,action,role", ...rows].join("\n");
  await upload(page, "big.csv", Buffer.from(csv));
  const progress = page.getByRole("status").filter({ hasText: /正在/ });
  await expect(progress).toBeVisible();
  // The main thread is free: the what-if filter still takes typing while the worker computes.
  await page.getByPlaceholder("条款、项目或关键词").fill("金奖");
  await expect(page.getByPlaceholder("条款、项目或关键词")).toHaveValue("金奖");
  await progress.getByRole("button", { name: "取消" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("已取消。");
  await expect(page.getByTestId("cohort-max")).toHaveCount(0);
});

test("the template downloads and loads as an example", async ({ page }, info) => {
  const [template] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Excel 模板" }).click()]);
  expect(template.suggestedFilename()).toBe("政策测算模板-金山区.xlsx");
  await page.getByRole("button", { name: "用模板示例试一试" }).click();
  await expect(page.getByText("2 个已计算")).toBeVisible();
  await expect(page.getByTestId("cohort-max")).toHaveText("1,100,000 元（110 万元）");
  await page.getByRole("heading", { name: "1. 上传申请数据" }).scrollIntoViewIfNeeded();
  await shot(page, "regulator-upload", info);
});

test("the matrix compares one situation across the five policies, filtered by group, linking each clause", async ({ page }, info) => {
  await page.goto("/regulator/matrix");
  // A server-rendered page: on a busy machine the navigation takes longer than an assertion waits.
  await Promise.all([page.waitForURL(/group=standards/), page.getByRole("link", { name: "标准化", exact: true }).click()]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("各地政策对照表：标准化");
  await expect(page.getByText("质量奖项")).toHaveCount(1);
  const row = info.project.name === "mobile"
    ? page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /国家标准 · 制定 · 牵头/ }) })
    : page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /标准制定 \/ 修订项目.*国家标准 · 制定 · 牵头/ }) });
  await expect(row).toContainText("20 万元/项");
  await expect(row).toContainText("最高 50 万元/项");
  await expect(row).toContainText("方向性支持");
  await shot(page, "regulator-matrix", info);
  const link = row.getByRole("link", { name: /最高 30 万元\/项/ }).first();
  await expect(link).toHaveAttribute("href", /^\/policies\/(jinshan|guangming)#clause-/);
  await link.click();
  await expect(page).toHaveURL(/\/policies\/(jinshan|guangming)#clause-/);
});

/** 金山区 attributes stated, so only the fact columns below can be blank. */
const STATED = "单位,企业,无财政拨款,是,否";
const CNAS = [
  "申请人编号,申请人名称,申请主体,单位类型,财政拨款情况,信用记录良好,三年内发生严重违法行为,事项类型,日期,机构或资格,阶段,首次取得",
  `A1,甲公司,${STATED},检验检测、计量机构资格,2025-06-01,CNAS 认可,获批 / 取得,是`,
  `B2,乙公司,${STATED},检验检测、计量机构资格,2025-06-01,CNAS 认可,获批 / 取得,`,
].join("\r\n");

test("a blank 首次取得 is not a no: the row waits as 待核实, and the report, the applicant and the export say so", async ({ page }, info) => {
  await upload(page, "blank.csv", Buffer.from(CNAS));
  const report = page.getByRole("region", { name: "测算结果", exact: true });
  await expect(report.getByText("其中 1 个有待核实的行")).toBeVisible();
  const blanks = report.getByRole("group").filter({ hasText: "空白单元格" });
  await expect(blanks.getByRole("row").filter({ hasText: "待核实" })).toContainText("首次取得未填写，此行暂不计入金额，待核实（第二十条：须为首次取得）");
  await expect(blanks.getByRole("row").filter({ hasText: "待核实" })).toContainText("第 3 行");
  // Only A1's stated yes is paid; B2 is not counted as an eligible applicant paid 0.
  await expect(page.getByTestId("cohort-max")).toHaveText("50,000 元（5 万元）");
  const b2 = page.getByRole("region", { name: "申请人（按最高金额排序）" }).getByRole("row").filter({ hasText: "乙公司" });
  await expect(b2).toContainText("待核实");
  await blanks.scrollIntoViewIfNeeded();
  await shot(page, "regulator-blank-report", info);

  await b2.getByRole("button", { name: "查看明细：乙公司" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("region", { name: "空白单元格的处理" })).toContainText("第 3 行 首次取得未填写，此行暂不计入金额，待核实（第二十条：须为首次取得）");
  await shot(page, "regulator-blank-applicant", info);
  await dialog.getByRole("button", { name: "关闭" }).click();

  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("region", { name: "申请人（按最高金额排序）" }).getByRole("button", { name: "CSV" }).click(),
  ]);
  const text = await readFile(await csv.path(), "utf8");
  expect(text).toContain("B2,乙公司,3,待核实,0,0,0,");
  expect(text).toContain("第 3 行 首次取得未填写，此行暂不计入金额，待核实（第二十条：须为首次取得）");
  expect(text).not.toMatch(/B2,乙公司,3,符合申请条件/);
});

test("a file with only its header, as CSV or Excel, is refused in words and the progress stops", async ({ page }, info) => {
  const header = CNAS.split("\r\n")[0]!;
  await upload(page, "header.csv", Buffer.from(`${header}\r\n`));
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toHaveText("文件只有表头，没有数据行。");
  await expect(page.getByRole("status").filter({ hasText: /正在/ })).toHaveCount(0);
  await shot(page, "regulator-header-only", info);

  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([header.split(",")]), "申请数据");
  const xlsx = Buffer.from(XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Buffer);
  await upload(page, "header.xlsx", xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  await expect(alert).toHaveText("文件只有表头，没有数据行。");
  await expect(page.getByRole("status").filter({ hasText: /正在/ })).toHaveCount(0);

  // The same page then reads a good file: nothing of the failure is left behind.
  await upload(page, "cohort.csv", Buffer.from(COHORT));
  await expect(page.getByTestId("cohort-max")).toHaveText("1,300,000 元（130 万元）");
});

test("a worker that dies says so in words, stops the progress and asks for the file again", async ({ page }) => {
  // Every worker script is replaced by one that fails as it starts: what an out-of-memory crash looks like to the page.
  await page.route(/cohort\.worker|worker/i, (route) =>
    route.request().resourceType() === "script" || route.request().url().includes("worker")
      ? route.fulfill({ contentType: "text/javascript", body: "throw new Error('boom');" })
      : route.continue(),
  );
  await page.goto("/regulator");
  await upload(page, "cohort.csv", Buffer.from(COHORT));
  await expect(page.getByRole("main").getByRole("alert")).toContainText("后台计算意外中止");
  await expect(page.getByRole("status").filter({ hasText: /正在/ })).toHaveCount(0);
});

test("a figure the draft cannot use is named in Chinese, brought into view, and no stale what-if is shown", async ({ page }, info) => {
  await upload(page, "cohort.csv", Buffer.from(COHORT));
  await expect(page.getByTestId("cohort-max")).toHaveText("1,300,000 元（130 万元）");
  const gold = page.locator('[id="figure-js-5-2-gold-org:yuan"]');
  // What the page said before: "草案使政策数据无效：Too small: expected number to be >=0", naming nothing.
  await gold.fill("-5");
  await page.getByRole("button", { name: "按草案重新测算" }).click();
  const problems = page.getByRole("region", { name: /^2\. 假设测算/ }).getByRole("alert");
  await expect(problems).toContainText("第五条（二） 上海市质量金奖（组织） 金额须为 0 或正整数（整数元）");
  await expect(problems).not.toContainText("Too small");
  await expect(gold).toHaveAttribute("aria-invalid", "true");

  // Live: the totals follow the edit without a button, and disappear while a figure is unusable.
  await gold.fill("400000");
  await expect(page.getByTestId("draft-max")).toHaveText("140 万元");
  await gold.fill("-5");
  await expect(problems).toContainText("须为 0 或正整数");
  await expect(page.getByTestId("draft-max")).toHaveCount(0);

  // Hidden by a filter and scrolled away, it is still one click away.
  await page.getByPlaceholder("条款、项目或关键词").fill("CNAS");
  await expect(gold).toHaveCount(0);
  await page.getByRole("heading", { name: "1. 上传申请数据" }).scrollIntoViewIfNeeded();
  await problems.getByRole("button", { name: "定位到该数值" }).click();
  await expect(gold).toBeFocused();
  await expect(gold).toBeInViewport();
  await shot(page, "regulator-whatif-problem", info);

  // The whole draft checked against the policy schema: the end date before the start, on the end date's field.
  await gold.fill("400000");
  await expect(page.getByTestId("draft-max")).toHaveText("140 万元");
  const end = page.locator('[id="figure-effective:to"]');
  await end.fill("2024-01-01");
  await expect(problems).toContainText("第二十七条 政策有效期 截止日（留空为长期有效）：有效期截止日早于生效日");
  await expect(end).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("heading", { name: "1. 上传申请数据" }).scrollIntoViewIfNeeded();
  await page.getByRole("button", { name: "按草案重新测算" }).click();
  await expect(end).toBeFocused();
  await expect(end).toBeInViewport();
});
