import { expect, test } from "@playwright/test";
import { policies } from "../../policies/index";
import { compareUrl, linyiIpCertificate, twoAwardsSameYear } from "./profiles";
import { shot } from "./shot";

test("compares the same answers under every policy, with the reason for each difference", async ({ page, isMobile }) => {
  await page.goto(compareUrl(twoAwardsSameYear));
  await expect(page.getByRole("heading", { level: 1, name: "政策对比" })).toBeVisible();

  // Wide screens get one column per policy; phones get one card per policy.
  const column = policies.findIndex((p) => p.id === "jinshan");
  const jinshan = isMobile
    ? page.getByRole("region", { name: "金山区政策的结果" })
    : page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /上海市质量金奖/ }) }).getByRole("cell").nth(column);
  if (isMobile) {
    await expect(page.getByRole("table")).toBeHidden();
    await expect(page.getByRole("region", { name: /政策的结果$/ })).toHaveCount(policies.length);
    await expect(jinshan).toContainText("确定 0 元");
    await expect(jinshan).toContainText("最高 100 万元");
  } else {
    await expect(page.getByRole("columnheader")).toHaveCount(policies.length + 1);
    await expect(page.getByRole("columnheader", { name: /^金山区/ })).toContainText("最高 100 万元");
    await expect(page.getByRole("rowheader")).toHaveCount(twoAwardsSameYear.facts.length);
  }

  // 金山区 keeps 中国质量奖 and says which rule dropped 上海市质量金奖.
  await expect(jinshan).toContainText("因限额规则未计");
  await expect(jinshan).toContainText("政府质量奖同一年度就高");
  const limitLink = jinshan.getByRole("link", { name: "第二十三条（二）" }).first();
  await expect(limitLink).toHaveAttribute("href", `/policies/jinshan#${encodeURIComponent("clause-第二十三条（二）")}`);

  await limitLink.click();
  await expect(page).toHaveURL(/\/policies\/jinshan#/);
  await expect(page.locator("mark", { hasText: "就高不就低" }).first()).toBeInViewport();
});

test("links each policy to its own calculation with the same answers", async ({ page }) => {
  await page.goto(compareUrl(twoAwardsSameYear));
  const link = page.getByRole("link", { name: "按此政策查看明细（长宁区）" });
  await expect(link).toHaveAttribute("href", /^\/calc\/changning\?s=/);
});

test("refuses a damaged link with an explanation", async ({ page }) => {
  await page.goto("/compare?s=not-a-profile");
  // Next.js keeps a route announcer with role="alert" on every page, so look for ours by its text.
  await expect(page.getByRole("alert").filter({ hasText: "无法对比" })).toContainText("链接已损坏");
});

test("without answers, says how to get some instead of failing", async ({ page }) => {
  await page.goto("/compare");
  await expect(page.getByText("对比需要一组填写好的答案。")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "无法对比" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "金山区", exact: true })).toHaveAttribute("href", "/calc/jinshan");
});

test("a ceiling alone is not 最多: the badges say which policy leads on what, and why", async ({ page, isMobile }, info) => {
  // 中国质量奖: 光明区 matches the city's award up to 300 万元 (certain 0); 长宁区 and 临沂市 pay a certain 100 万元.
  await page.goto(compareUrl({ ...twoAwardsSameYear, facts: [twoAwardsSameYear.facts[1]!] }));
  const verdict = page.getByTestId("compare-verdict");
  await expect(verdict).toContainText("光明区最高 300 万元，其中条文写明的确定金额为 0 元");
  await expect(verdict).toContainText("长宁区、临沂市确定可得 100 万元");
  await expect(verdict).toContainText("申请人须符合该政策的适用对象");
  const head = (name: string) =>
    isMobile ? page.getByRole("region", { name: `${name}政策的结果` }) : page.getByRole("columnheader", { name: new RegExp(`^${name}`) });
  await expect(head("光明区")).toContainText("上限最高");
  await expect(head("光明区")).not.toContainText("最多");
  await expect(head("长宁区")).toContainText("确定金额最多");
  await expect(head("金山区")).toContainText("适用对象（第三条）：“本实施细则扶持对象为在金山区依法设立");
  await shot(page, "compare-badges", info, { fullPage: !isMobile });
});

test("a policy that reads an input the answers lack shows what is missing, not a figure", async ({ page, isMobile }, info) => {
  await page.goto(compareUrl(linyiIpCertificate));
  await expect(page.getByRole("alert").filter({ hasText: "无法对比" })).toHaveCount(0);
  const verdict = page.getByTestId("compare-verdict");
  await expect(verdict).toContainText("长宁区需补充（第 1 项：取得方式）。该政策按这些信息计算，原问卷没有问");
  await expect(verdict).toContainText("也不比较哪项政策最多");
  const changning = isMobile ? page.getByRole("region", { name: "长宁区政策的结果" }) : page.getByRole("columnheader", { name: /^长宁区/ });
  await expect(changning.getByTestId("column-missing")).toContainText("第 1 项：取得方式");
  await expect(changning).not.toContainText("确定");
  if (!isMobile) {
    const cell = page.getByRole("row").nth(1).getByRole("cell").nth(policies.findIndex((p) => p.id === "changning"));
    await expect(cell).toHaveText("需补充：取得方式");
  } else {
    await expect(changning).toContainText("需补充：取得方式");
  }
  // 临沂市, which the answers came from, is computed: 最高 2 万元.
  const linyi = isMobile ? page.getByRole("region", { name: "临沂市政策的结果" }) : page.getByRole("columnheader", { name: /^临沂市/ });
  await expect(linyi).toContainText("最高 2 万元");
  await expect(page.getByText(/^(最多|确定金额最多|上限最高)$/)).toHaveCount(0);
  await changning.scrollIntoViewIfNeeded();
  await shot(page, "compare-missing-input", info);
});
