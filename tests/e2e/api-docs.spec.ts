import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { twoAwardsSameYear } from "./profiles";
import { shot } from "./shot";

/**
 * The API as another system's developer meets it: the readable reference at /api, and calls from a
 * page on another origin — allowed for reading and evaluating, refused for what stores something.
 */

test("/api shows every route with its examples, read from the OpenAPI document, under the strict CSP", async ({ page }, info) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto("/api");
  expect(response?.status()).toBe(200);
  expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-/);
  await expect(page.getByRole("heading", { level: 1, name: "政策计算器 API（v1）" })).toBeVisible();
  const toc = page.getByRole("navigation", { name: "接口一览" });
  for (const path of ["/api/v1/policies/{id}", "/api/v1/evaluate", "/api/v1/compare", "/api/v1/shares", "/api/v1/links", "/api/v1/batch", "/api/v1/openapi.json"]) {
    await expect(toc.getByText(path, { exact: true })).toBeVisible();
  }
  const evaluate = page.locator("section#evaluate");
  await expect(evaluate).toContainText("示例 typical");
  await expect(evaluate).toContainText("（返回 422）");
  await expect(evaluate).toContainText("允许跨域调用（CORS）");
  await expect(page.locator("#schema-EvaluateRequest")).toContainText("applicant");
  await page.locator("section#evaluate").scrollIntoViewIfNeeded();
  await shot(page, "api-docs", info, { fullPage: false });
  expect(violations).toEqual([]);
  const doc = (await (await page.request.get("/api/v1/openapi.json")).json()) as { openapi: string };
  expect(doc.openapi).toBe("3.1.0");
});

test("another site's page may evaluate and read policies, but not create links or drafts", async ({ page, baseURL }) => {
  // A page from another origin (another port): served for real from the loopback address, as Chrome
  // refuses a page of unknown address space any request to a local one, whatever CORS says.
  const site = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>another site</title>"));
  await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
  await page.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
  expect(await page.evaluate(() => window.location.origin)).not.toBe(new URL(baseURL!).origin);
  const call = (path: string, body?: unknown) =>
    page.evaluate(
      async ({ url, body }) => {
        try {
          const res = await fetch(url, body === undefined ? {} : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
          return { status: res.status, ok: true };
        } catch {
          return { status: 0, ok: false };
        }
      },
      { url: `${baseURL}${path}`, body },
    );
  expect(await call("/api/v1/evaluate", twoAwardsSameYear)).toEqual({ status: 200, ok: true });
  expect(await call("/api/v1/compare", { ...twoAwardsSameYear, policy: undefined })).toEqual({ status: 200, ok: true });
  expect(await call("/api/v1/policies/jinshan")).toEqual({ status: 200, ok: true });
  // An error is readable too, so the caller learns what was wrong.
  expect(await call("/api/v1/evaluate", { policy: "atlantis" })).toEqual({ status: 422, ok: true });
  // The browser refuses these: no CORS headers, no preflight.
  expect(await call("/api/v1/shares", twoAwardsSameYear)).toEqual({ status: 0, ok: false });
  expect(await call("/api/v1/links", twoAwardsSameYear)).toEqual({ status: 0, ok: false });
  expect(await call("/api/v1/drafts", { name: "x", policy: "jinshan", changes: [] })).toEqual({ status: 0, ok: false });
  site.close();
});
