/**
 * PostgreSQL stopped under the production server: the routes that need the database answer a clear
 * 503 with Retry-After, promptly; everything else — evaluation, comparison, the calculator, links
 * that carry their answers — keeps working; and when the database is back the same process
 * carries on. A server started while the database is down comes up and behaves the same.
 */
import postgresClient from "pg";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { policyVersion } from "@/engine";
import { encodeState, selfContainedPath, type ShareState } from "@/lib/share/encode-state";
import { signLink } from "@/lib/share/link-signature";
import { expectApiError, TYPICAL_JINSHAN } from "../integration/api-helpers";
import { revisedJinshan } from "../integration/share-fixtures";
import { startServer, type ProductionServer } from "../security/production-server";
import { startPostgres, type PostgresServer } from "./postgres";
import { draft, postJson } from "./traffic";

/** A refusal must not make the caller wait for a database that is not coming. */
const PROMPT_MS = 6_000;

let pg: PostgresServer;
let server: ProductionServer;
let shareId = "";
let draftId = "";
let evaluation = "";
let selfContained = "";
/** Made by the server (POST /api/v1/links): opens without the database once the key is read at start-up. */
let signedCurrent = "";
/** Signed for an older policy version: that version's data is in the database, so an outage must show the retry page. */
let signedOld = "";
/** The same old version without a signature: recomputed with today's data, no database needed. */
let unsignedOld = "";

const timed = async (request: () => Promise<Response>) => {
  const started = performance.now();
  const res = await request();
  expect(performance.now() - started).toBeLessThan(PROMPT_MS);
  return res;
};

const expectUnavailable = async (res: Response) => {
  const body = await expectApiError(res, 503, "database_unavailable");
  expect(res.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
  expect(JSON.stringify(body)).not.toMatch(/P1001|ECONNREFUSED|127\.0\.0\.1|prisma/i);
};

/**
 * A short link's page as a person sees it. The status is fixed before the error boundary renders
 * (App Router pages can only turn an error into 500, never 503), and the boundary renders in the
 * browser, so it takes a browser to read what the page says.
 */
const openInBrowser = async (url: string) => {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage({ locale: "zh-CN" });
    const status = (await page.goto(url))?.status();
    const heading = page.getByRole("heading", { level: 1 });
    await heading.waitFor();
    return { status, heading: await heading.textContent(), text: await page.locator("main").innerText(), title: await page.title() };
  } finally {
    await browser.close();
  }
};

/** What must keep working without a database, each compared with its answer before the outage. */
const expectDatabaseFreeRoutesWork = async (base: string) => {
  const evaluate = await timed(() => postJson(`${base}/api/v1/evaluate`, TYPICAL_JINSHAN));
  expect(evaluate.status).toBe(200);
  if (evaluation) expect(await evaluate.text()).toBe(evaluation);
  const { policy: _policy, ...profile } = TYPICAL_JINSHAN;
  expect((await timed(() => postJson(`${base}/api/v1/compare`, profile))).status).toBe(200);
  for (const page of ["/", "/calc/jinshan", "/compare", "/policies/jinshan", "/regulator", selfContained]) {
    expect((await timed(() => fetch(`${base}${page}`))).status, page).toBe(200);
  }
  expect((await fetch(`${base}/api/v1/health`)).status).toBe(200);
};

beforeAll(async () => {
  pg = await startPostgres();
  server = await startServer({ env: { DATABASE_URL: pg.url } });
  const share = await postJson(`${server.url}/api/v1/shares`, TYPICAL_JINSHAN);
  expect(share.status).toBe(201);
  shareId = ((await share.json()) as { id: string }).id;
  const saved = await postJson(`${server.url}/api/v1/drafts`, draft(1));
  expect(saved.status).toBe(201);
  draftId = ((await saved.json()) as { id: string }).id;
  const res = await postJson(`${server.url}/api/v1/evaluate`, TYPICAL_JINSHAN);
  evaluation = await res.text();
  const version = (JSON.parse(evaluation) as { policyVersion: string }).policyVersion;
  selfContained = `/r?d=${encodeState(TYPICAL_JINSHAN as ShareState)}&v=${encodeURIComponent(version)}`;
  const link = await postJson(`${server.url}/api/v1/links`, TYPICAL_JINSHAN);
  expect(link.status).toBe(200);
  const signed = new URL(((await link.json()) as { url: string }).url, server.url);
  signedCurrent = `${signed.pathname}${signed.search}`;
  // The key the server generated at start-up, read the way an operator could: it signs the old-version link.
  const client = new postgresClient.Client({ connectionString: pg.url });
  await client.connect();
  const { rows } = await client.query<{ value: string }>("SELECT value FROM app_secrets");
  await client.end();
  const key = Buffer.from(rows[0]!.value, "base64url");
  const old = policyVersion(revisedJinshan());
  const d = encodeState(TYPICAL_JINSHAN as ShareState);
  signedOld = selfContainedPath(TYPICAL_JINSHAN as ShareState, old, signLink(key, d, old));
  unsignedOld = selfContainedPath(TYPICAL_JINSHAN as ShareState, old);
}, 180_000);

afterAll(async () => {
  await server?.stop();
  pg?.dispose();
});

describe("PostgreSQL stopped", () => {
  it("answers 503 with Retry-After on the routes that need it, promptly, and nothing else notices", async () => {
    pg.stop("fast");
    await expectUnavailable(await timed(() => postJson(`${server.url}/api/v1/shares`, TYPICAL_JINSHAN)));
    await expectUnavailable(await timed(() => postJson(`${server.url}/api/v1/drafts`, draft(2))));
    await expectUnavailable(await timed(() => fetch(`${server.url}/api/v1/drafts/${draftId}`)));
    // The link page fails fast, shows no internals, and says in Chinese to try again.
    const page = await timed(() => fetch(`${server.url}/s/${shareId}`));
    expect(page.status).toBe(500);
    expect(await page.text()).not.toMatch(/P1001|ECONNREFUSED|PrismaClient/);
    const seen = await openInBrowser(`${server.url}/s/${shareId}`);
    expect(seen).toMatchObject({ status: 500, heading: "暂时无法读取分享链接", title: "暂时无法读取分享链接 · 政策计算器" });
    expect(seen.text).toContain("请稍后重试");
    expect(seen.text).not.toMatch(/Application error|server-side exception|P1001|ECONNREFUSED/);
    // A signed /r link of an older policy version needs that version's data: the same Chinese retry page.
    const old = await openInBrowser(`${server.url}${signedOld}`);
    expect(old).toMatchObject({ status: 500, heading: "暂时无法读取分享链接", title: "暂时无法读取分享链接 · 政策计算器" });
    expect(old.text).toContain("请稍后重试");
    expect(old.text).not.toMatch(/Application error|server-side exception|P1001|ECONNREFUSED/);
    // Without a signature nothing is read from the database: recomputed, and it says so.
    const unsigned = await timed(() => fetch(`${server.url}${unsignedOld}`));
    expect(unsigned.status).toBe(200);
    expect(await unsigned.text()).toContain("没有本站的签名");
    // The key was read at start-up: a signed link of today's version still opens as the result of its day.
    const signed = await timed(() => fetch(`${server.url}${signedCurrent}`));
    expect(signed.status).toBe(200);
    expect(await signed.text()).toContain("与当时一致");
    await expectDatabaseFreeRoutesWork(server.url);
  });

  it("carries on by itself when the database is back: no restart, nothing lost", async () => {
    pg.start();
    let status = 0;
    for (let tries = 0; tries < 30 && status !== 201; tries++) {
      status = (await postJson(`${server.url}/api/v1/shares`, TYPICAL_JINSHAN, { "x-forwarded-for": "192.0.2.2" })).status;
      if (status !== 201) await new Promise((r) => setTimeout(r, 500));
    }
    expect(status).toBe(201);
    expect((await fetch(`${server.url}/s/${shareId}`)).status).toBe(200);
    expect(await (await fetch(`${server.url}/api/v1/drafts/${draftId}`)).json()).toMatchObject({ id: draftId, name: draft(1).name });
  });

  it("starts while the database is down, serves everything that needs none, and uses it once it is back", async () => {
    pg.stop("fast");
    const second = await startServer({ env: { DATABASE_URL: pg.url } });
    try {
      await expectDatabaseFreeRoutesWork(second.url);
      await expectUnavailable(await timed(() => postJson(`${second.url}/api/v1/shares`, TYPICAL_JINSHAN)));
      pg.start();
      const res = await postJson(`${second.url}/api/v1/shares`, TYPICAL_JINSHAN, { "x-forwarded-for": "192.0.2.3" });
      expect(res.status).toBe(201);
      expect((await fetch(`${second.url}/s/${shareId}`)).status).toBe(200);
    } finally {
      await second.stop();
    }
  });
});
