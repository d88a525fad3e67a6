/**
 * Self-contained result links (/r?d=…&v=…&sig=…): only a link this server signed may be shown as
 * "the result at the time"; anything else — a link written by hand, an old unsigned one, one whose
 * answers or version were changed, the version of another policy — is recomputed from its answers
 * with today's data and says so. Exercised through the page itself and POST /api/v1/links.
 */
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as linksGet, POST as linksPost } from "@/app/api/v1/links/route";
import SelfContainedPage from "@/app/r/page";
import { evaluate, formatWan, policyVersion } from "@/engine";
import type { Policy } from "@/engine/types";
import { getDatabase } from "@/lib/db/database";
import { encodeState } from "@/lib/share/codec";
import { signLink, verifyLink } from "@/lib/share/link-signature";
import { configuredSigningKey, storedSigningKey } from "@/lib/share/signing-key";
import { recordCurrentPolicies } from "@/lib/share/snapshots";
import { policyById } from "@policies/index";
import { API, expectApiError, jsonRequest } from "./api-helpers";
import { DB_TIMEOUT, useScratchDatabase } from "./db-harness";
import { STATE } from "./share-fixtures";

const KEY = Buffer.alloc(32, 1);
const changning = policyById.get("changning") as Policy;
const jinshan = policyById.get("jinshan") as Policy;

describe("link signatures", () => {
  const d = encodeState(STATE);
  const v = policyVersion(jinshan);
  const sig = signLink(KEY, d, v);

  it("verify the answers and the version they were signed with, and nothing else", () => {
    expect(sig).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(verifyLink(KEY, d, v, sig)).toBe(true);
    // A query string turns lz-string's "+" into a space; the link still verifies.
    if (d.includes("+")) expect(verifyLink(KEY, d.replace(/\+/g, " "), v, sig)).toBe(true);
    expect(verifyLink(KEY, encodeState({ ...STATE, asOf: "2025-09-29" }), v, sig)).toBe(false);
    expect(verifyLink(KEY, d, policyVersion(changning), sig)).toBe(false);
    expect(verifyLink(Buffer.alloc(32, 2), d, v, sig)).toBe(false);
    // The first character: the last one's two lowest bits are base64url padding, so A ↔ B there can decode to the same bytes.
    expect(verifyLink(KEY, d, v, `${sig.startsWith("A") ? "B" : "A"}${sig.slice(1)}`)).toBe(false);
    expect(verifyLink(KEY, d, v, sig.slice(1))).toBe(false);
    expect(verifyLink(KEY, d, v, "")).toBe(false);
  });

  it("take a configured key of 32 characters or more, and stop the start-up on a shorter one", () => {
    expect(configuredSigningKey({})).toBeUndefined();
    expect(configuredSigningKey({ SHARE_SIGNING_KEY: "k".repeat(32) })).toEqual(Buffer.from("k".repeat(32)));
    expect(() => configuredSigningKey({ SHARE_SIGNING_KEY: "k".repeat(31) })).toThrow(/at least 32/);
  });
});

describe("the /r page", { timeout: DB_TIMEOUT }, () => {
  useScratchDatabase();

  beforeAll(async () => {
    // As at start-up: every version this build serves is archived, so an old link could name any of them.
    await recordCurrentPolicies((await getDatabase()).prisma);
  }, DB_TIMEOUT);

  const page = async (query: Record<string, string>) =>
    renderToStaticMarkup((await SelfContainedPage({ searchParams: Promise.resolve(query) })) as ReactElement);

  const signedUrl = async (body: unknown) => {
    const res = await linksPost(jsonRequest("/links", body));
    expect(res.status).toBe(200);
    const { url } = (await res.json()) as { url: string };
    return new URL(url, "http://localhost");
  };

  const queryOf = (url: URL) => Object.fromEntries(url.searchParams);

  it("never shows another policy's figures on a link for 金山区 (v = 长宁区's version)", async () => {
    const html = await page({ d: encodeState(STATE), v: policyVersion(changning) });
    // What 长宁区 pays for these answers is not what 金山区 pays: it must not appear as "the result at the time".
    const maxUnder = (policy: Policy) => formatWan(evaluate({ policy, applicant: STATE.applicant, facts: STATE.facts, asOf: STATE.asOf }).total.max);
    const theirs = maxUnder(changning);
    const ours = maxUnder(jinshan);
    expect(theirs).not.toBe(ours);
    expect(html).not.toContain("当时的结果");
    expect(html).not.toContain(`最高 ${theirs}`);
    expect(html).toContain(ours);
    expect(html).toContain("金山区关于质量发展专项政策的实施细则");
  });

  it("does not claim 与当时一致 for a link the server did not sign, even with today's version", async () => {
    const html = await page({ d: encodeState(STATE), v: policyVersion(jinshan) });
    expect(html).not.toContain("与当时一致");
    expect(html).toContain('data-status="unsigned"');
    expect(html).toContain("没有本站的签名");
  });

  it("shows a link made by POST /api/v1/links as the result of its day, with the answers and the name, storing nothing", async () => {
    const shares = await (await getDatabase()).prisma.share.count();
    const url = await signedUrl({ ...STATE, applicantName: "上海金山某某科技有限公司" });
    expect(url.pathname).toBe("/r");
    expect(Object.keys(queryOf(url)).sort()).toEqual(["d", "sig", "v"]);
    expect(url.searchParams.get("v")).toBe(policyVersion(jinshan));
    const html = await page(queryOf(url));
    expect(html).toContain('data-status="unchanged"');
    expect(html).toContain("与当时一致");
    expect(html).toContain("上海金山某某科技有限公司");
    expect(html).toContain("测算依据的填写内容");
    expect(html).toContain("2025年9月30日");
    expect(html).toContain("项目数 2 项");
    expect(await (await getDatabase()).prisma.share.count()).toBe(shares);
  });

  it("recomputes, and says so, when the answers or the version of a signed link were changed", async () => {
    const url = await signedUrl(STATE);
    const { d = "", v = "", sig = "" } = queryOf(url);
    const changed = encodeState({ ...STATE, facts: STATE.facts.map((f) => ("count" in f ? { ...f, count: 9 } : f)) });
    for (const query of [{ d: changed, v, sig }, { d, v: "jinshan@0000000000000000", sig }, { d, v: policyVersion(changning), sig }]) {
      const html = await page(query);
      expect(html).toContain('data-status="tampered"');
      expect(html).toContain("签名与内容不符");
      expect(html).not.toContain("与当时一致");
      expect(html).not.toContain("当时的结果");
    }
  });

  it("fixes the date of an undated request, and refuses bad input in the API's shape", async () => {
    const { asOf: _asOf, ...undated } = STATE;
    const url = await signedUrl(undated);
    expect(await page(queryOf(url))).toContain("与当时一致");
    await expectApiError(await linksPost(jsonRequest("/links", { ...STATE, applicantName: "a\u0007b" })), 422, "validation_failed", "applicantName");
    await expectApiError(await linksPost(jsonRequest("/links", { ...STATE, policy: "atlantis" })), 422, "validation_failed", "policy");
    await expectApiError(await linksGet(new Request(`${API}/links`)), 405, "method_not_allowed");
  });

  it("keeps one generated key in the database that every process reads back", async () => {
    const { prisma } = await getDatabase();
    const first = await storedSigningKey(prisma);
    expect(first.length).toBe(32);
    expect(await storedSigningKey(prisma)).toEqual(first);
    expect(await prisma.appSecret.count()).toBe(1);
  });
});
