/**
 * POST /api/v1/shares end to end through the route handler and the process-wide database, on every
 * database target: good, bad, oversized and too frequent requests, what is (not) stored, and links
 * reopening after the database is closed and opened again (a server restart).
 */
import { describe, expect, it } from "vitest";
import { POST as evaluatePost } from "@/app/api/v1/evaluate/route";
import { GET, POST } from "@/app/api/v1/shares/route";
import { closeDatabase, getDatabase } from "@/lib/db/database";
import { MAX_SHARE_BODY_BYTES } from "@/lib/share/creation-limit";
import { openShare } from "@/lib/share/shares";
import { isShortId } from "@/lib/share/short-id";
import { API, expectApiError, TYPICAL_JINSHAN } from "./api-helpers";
import { DB_TIMEOUT, targets, useScratchDatabase } from "./db-harness";

let clients = 0;
/** Each test is its own client, so the per-client rate limit of one never trips another. */
const newClient = () => `198.51.100.${++clients}`;

const post = (body: unknown, client: string, headers: Record<string, string> = {}) =>
  POST(
    new Request(`${API}/shares`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": client, ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );

const created = async (res: Response) => {
  expect(res.status).toBe(201);
  const body = (await res.json()) as { id: string; url: string };
  expect(Object.keys(body).sort()).toEqual(["id", "url"]);
  expect(isShortId(body.id)).toBe(true);
  expect(body.url).toBe(`http://localhost/s/${body.id}`);
  expect(res.headers.get("location")).toBe(body.url);
  return body;
};

const shareCount = async () => (await getDatabase()).prisma.share.count();

describe.each(targets)("share links API on %s", { timeout: DB_TIMEOUT }, (kind) => {
  useScratchDatabase(kind);

  it("creates a link whose page shows exactly what the evaluate API computes", async () => {
    const { id } = await created(await post(TYPICAL_JINSHAN, newClient()));
    const shared = await openShare((await getDatabase()).prisma, id);
    const live = await (await evaluatePost(new Request(`${API}/evaluate`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(TYPICAL_JINSHAN) }))).json();
    expect(shared?.status).toBe("unchanged");
    expect(shared?.original?.evaluation).toEqual(live);
    expect(shared?.state).toEqual(TYPICAL_JINSHAN);
  });

  it("never hands back a link to another site, whatever Host the client sends", async () => {
    const forgedHeaders = { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
    // Without PUBLIC_ORIGIN a forged host gets a path, which the browser resolves against the page it is on.
    const forged = await post(TYPICAL_JINSHAN, newClient(), forgedHeaders);
    expect(forged.status).toBe(201);
    const { id, url } = (await forged.json()) as { id: string; url: string };
    expect(url).toBe(`/s/${id}`);
    expect(forged.headers.get("location")).toBe(url);
    // The app on a developer's machine keeps its absolute loopback links.
    const local = await post(TYPICAL_JINSHAN, newClient(), { host: "127.0.0.1:3000" });
    expect(((await local.json()) as { url: string }).url).toMatch(/^http:\/\/127\.0\.0\.1:3000\/s\/[0-9A-Za-z]{22}$/);
    // With PUBLIC_ORIGIN every link is on it, whatever the request claims.
    process.env.PUBLIC_ORIGIN = "https://calc.example.gov.cn";
    try {
      const configured = await post(TYPICAL_JINSHAN, newClient(), forgedHeaders);
      expect(((await configured.json()) as { url: string }).url).toMatch(/^https:\/\/calc\.example\.gov\.cn\/s\/[0-9A-Za-z]{22}$/);
    } finally {
      delete process.env.PUBLIC_ORIGIN;
    }
  });

  it("fixes the date of a request that leaves it out, so the link reproduces later", async () => {
    const { asOf: _asOf, ...undated } = TYPICAL_JINSHAN;
    const { id } = await created(await post(undated, newClient()));
    const shared = await openShare((await getDatabase()).prisma, id);
    expect(shared?.state.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(shared?.original?.evaluation.asOf).toBe(shared?.state.asOf);
  });

  it("stores nothing but the answers: no address, no user agent, no cookie", async () => {
    const { id } = await created(
      await post(TYPICAL_JINSHAN, "203.0.113.77", { "user-agent": "SecretBrowser/9", cookie: "session=s3cr3t" }),
    );
    const row = await (await getDatabase()).prisma.share.findUniqueOrThrow({ where: { id } });
    expect(Object.keys(row).sort()).toEqual(["applicantName", "createdAt", "id", "policyId", "policyVersion", "request", "result"]);
    expect(row.applicantName).toBeNull();
    expect(Object.keys(row.request as object).sort()).toEqual(["applicant", "asOf", "facts", "policy"]);
    expect(JSON.stringify(row)).not.toMatch(/203\.0\.113\.77|SecretBrowser|s3cr3t/);
  });

  it("keeps the applicant's name only when the user typed one, and shows it with the link", async () => {
    const { id } = await created(await post({ ...TYPICAL_JINSHAN, applicantName: "  上海金山某某科技有限公司 " }, newClient()));
    const { prisma } = await getDatabase();
    const row = await prisma.share.findUniqueOrThrow({ where: { id } });
    expect(row.applicantName).toBe("上海金山某某科技有限公司");
    expect(Object.keys(row.request as object).sort()).toEqual(["applicant", "asOf", "facts", "policy"]);
    expect((await openShare(prisma, id))?.state).toEqual({ ...TYPICAL_JINSHAN, applicantName: "上海金山某某科技有限公司" });
    const unnamed = await created(await post(TYPICAL_JINSHAN, newClient()));
    expect((await openShare(prisma, unnamed.id))?.state).toEqual(TYPICAL_JINSHAN);
  });

  it.each([
    ["empty", "", "不能为空"],
    ["only spaces", "   ", "不能为空"],
    ["a line break", "某某\n公司", "控制字符"],
    ["a tab", "某某\t公司", "控制字符"],
    ["a right-to-left override", "某某\u202e公司", "控制字符"],
    ["101 characters", "名".repeat(101), "不能超过 100 个字"],
    ["a number", 42, "须为字符串"],
  ])("refuses an applicant name that is %s, naming the field, and stores nothing", async (_, applicantName, message) => {
    const before = await shareCount();
    const body = await expectApiError(await post({ ...TYPICAL_JINSHAN, applicantName }, newClient()), 422, "validation_failed", "applicantName");
    expect(body.error.issues[0]?.message).toContain("申请人名称");
    expect(body.error.issues[0]?.message).toContain(message);
    expect(await shareCount()).toBe(before);
  });

  it("accepts a name of exactly 100 characters", async () => {
    await created(await post({ ...TYPICAL_JINSHAN, applicantName: "名".repeat(100) }, newClient()));
  });

  it("refuses invalid requests in the API's error shape and stores nothing", async () => {
    const before = await shareCount();
    const client = newClient();
    await expectApiError(await post({ ...TYPICAL_JINSHAN, policy: "atlantis" }, client), 422, "validation_failed", "policy");
    const negative = { ...TYPICAL_JINSHAN, facts: [{ ...TYPICAL_JINSHAN.facts[1], count: -2 }] };
    await expectApiError(await post(negative, client), 422, "validation_failed", "facts[0].count");
    await expectApiError(await post("{not json", client), 400, "invalid_json");
    await expectApiError(await post(TYPICAL_JINSHAN, client, { "content-type": "text/plain" }), 415, "unsupported_media_type");
    await expectApiError(await GET(new Request(`${API}/shares`)), 405, "method_not_allowed");
    expect(await shareCount()).toBe(before);
  });

  it("accepts a body of exactly 64 kB and refuses one byte more with 413", async () => {
    const json = JSON.stringify(TYPICAL_JINSHAN);
    // Whitespace is valid JSON: the size alone decides.
    const padded = (bytes: number) => `${json}${" ".repeat(bytes - Buffer.byteLength(json))}`;
    await created(await post(padded(MAX_SHARE_BODY_BYTES), newClient()));
    const before = await shareCount();
    await expectApiError(await post(padded(MAX_SHARE_BODY_BYTES + 1), newClient()), 413, "payload_too_large");
    expect(await shareCount()).toBe(before);
  });

  it("limits how fast one client creates links, with Retry-After, without slowing others", async () => {
    const client = newClient();
    for (let i = 0; i < 20; i++) expect((await post(TYPICAL_JINSHAN, client)).status).toBe(201);
    const refused = await post(TYPICAL_JINSHAN, client);
    await expectApiError(refused, 429, "rate_limited");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    await created(await post(TYPICAL_JINSHAN, newClient()));
  });

  it("links open again after a restart, and an unknown or malformed id opens nothing", async () => {
    const { id } = await created(await post(TYPICAL_JINSHAN, newClient()));
    const before = await openShare((await getDatabase()).prisma, id);
    await closeDatabase();
    const { prisma } = await getDatabase();
    const after = await openShare(prisma, id);
    expect(after).toEqual(before);
    expect(await openShare(prisma, "Z".repeat(22))).toBeNull();
    expect(await openShare(prisma, "not-an-id")).toBeNull();
  });
});
