/**
 * An input is required only where the policy reads it (src/lib/validation/inputs-read.ts): 金山区
 * pays 上海市产业质量提升标志性项目成果 without a 等级, and 临沂市 pays a 知识产权管理体系 certificate
 * without a 取得方式, so answers from those questionnaires — which do not ask them — are taken by
 * evaluate, short links, signed links, /r and /compare. Where a policy does read the input, it is
 * still demanded, naming the field; across policies, a column that would read a missing input says
 * what is missing and shows no figure.
 */
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { POST as comparePost } from "@/app/api/v1/compare/route";
import { POST as evaluatePost } from "@/app/api/v1/evaluate/route";
import { POST as linksPost } from "@/app/api/v1/links/route";
import { POST as sharesPost } from "@/app/api/v1/shares/route";
import SelfContainedPage from "@/app/r/page";
import { evaluate } from "@/engine";
import type { Evaluation } from "@/engine/types";
import { compareProfile } from "@/features/compare/compare-model";
import { getDatabase } from "@/lib/db/database";
import { decodeState, encodeState, type ShareState } from "@/lib/share/codec";
import { openShare } from "@/lib/share/shares";
import { policies, policyById } from "@policies/index";
import { expectApiError, jsonRequest } from "./api-helpers";
import { DB_TIMEOUT, useScratchDatabase } from "./db-harness";

const ORG = { kind: "organization" as const };

/** 金山区 第七条（一）: 标志性项目成果, 最高 15 万元 — the questionnaire asks no 等级 for it. */
const LANDMARK: ShareState = {
  policy: "jinshan",
  asOf: "2025-09-30",
  applicant: ORG,
  facts: [{ type: "quality-breakthrough", result: "landmark-project", date: "2025-06-10" }],
};

/** 临沂市 第四章 四: a GB/T29490 certificate, 最高 2 万元 — 临沂市 asks no 取得方式; 长宁区 11 pays only the first. */
const LINYI_CERT: ShareState = {
  policy: "linyi",
  asOf: "2025-09-30",
  applicant: ORG,
  facts: [{ type: "certification", scheme: "ip-management-system", date: "2025-06-10" }],
};

const { policy: _p, ...linyiProfile } = LINYI_CERT;

describe("evaluate asks only for what the policy reads", () => {
  it("takes 金山区's 标志性项目成果 without 等级 and pays its line", async () => {
    const res = await evaluatePost(jsonRequest("/evaluate?trace=0", LANDMARK));
    expect(res.status).toBe(200);
    const body = (await res.json()) as Evaluation;
    expect(body.lines.map((l) => [l.item, l.max])).toEqual([["js-7-1-landmark", 150_000]]);
  });

  it("still demands 等级 for 金山区's 重点产品质量攻关成果奖, which pays by it", async () => {
    const body = { ...LANDMARK, facts: [{ type: "quality-breakthrough", result: "key-product-award", date: "2025-06-10" }] };
    const error = await expectApiError(await evaluatePost(jsonRequest("/evaluate", body)), 422, "validation_failed", "facts[0].grade");
    expect(error.error.issues.find((i) => i.path === "facts[0].grade")?.message).toBe("缺少必填项：等级（仅攻关成果奖）（grade）");
  });

  it("takes 临沂市's certificate without 取得方式, and demands it for 长宁区, which pays only the first", async () => {
    expect((await evaluatePost(jsonRequest("/evaluate", LINYI_CERT))).status).toBe(200);
    await expectApiError(await evaluatePost(jsonRequest("/evaluate", { ...LINYI_CERT, policy: "changning" })), 422, "validation_failed", "facts[0].stage");
  });

  it("asks for the first choice before the ones it decides: no 成果类别, no word of 等级", async () => {
    const body = { ...LANDMARK, facts: [{ type: "quality-breakthrough", date: "2025-06-10" }] };
    const error = await expectApiError(await evaluatePost(jsonRequest("/evaluate", body)), 422, "validation_failed", "facts[0].result");
    expect(error.error.issues.map((i) => i.path)).toEqual(["facts[0].result"]);
  });

  it("checks what is stated, read or not", async () => {
    const body = { ...LANDMARK, facts: [{ ...LANDMARK.facts[0], grade: "gold" }] };
    await expectApiError(await evaluatePost(jsonRequest("/evaluate", body)), 422, "validation_failed", "facts[0].grade");
  });
});

describe("links for such answers", { timeout: DB_TIMEOUT }, () => {
  useScratchDatabase();

  it("a short link is made and opens with the 15 万元 line", async () => {
    const res = await sharesPost(jsonRequest("/shares", LANDMARK, { headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.77" } }));
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const shared = await openShare((await getDatabase()).prisma, id);
    expect(shared?.original?.evaluation.total).toEqual({ min: 0, max: 150_000 });
  });

  it("a signed link is made, and /r shows it as the result of its day", async () => {
    const res = await linksPost(jsonRequest("/links", LANDMARK));
    expect(res.status).toBe(200);
    const url = new URL(((await res.json()) as { url: string }).url, "http://localhost");
    const html = renderToStaticMarkup((await SelfContainedPage({ searchParams: Promise.resolve(Object.fromEntries(url.searchParams)) })) as ReactElement);
    expect(html).toContain("与当时一致");
    expect(html).toContain("上海市产业质量提升标志性项目成果");
    expect(html).not.toContain("缺少必填项");
  });

  it("a link still refuses what its own policy reads and lacks", () => {
    const decoded = decodeState(encodeState({ ...LANDMARK, facts: [{ type: "quality-breakthrough", result: "key-product-award", date: "2025-06-10" }] }));
    expect(decoded).toEqual({ ok: false, error: "链接中的数据无效：缺少必填项：等级（仅攻关成果奖）（grade）" });
  });
});

describe("compare: each policy for itself", () => {
  it("/compare opens 金山区's answers and computes every column (no policy reads 等级 of a 标志性项目)", () => {
    const decoded = decodeState(encodeState(LANDMARK));
    expect(decoded.ok).toBe(true);
    const comparison = compareProfile(LANDMARK, policies);
    expect(comparison.columns.every((c) => c.missing.length === 0 && c.evaluation !== undefined)).toBe(true);
    expect(comparison.columns.find((c) => c.policy.id === "jinshan")?.evaluation?.total).toEqual({ min: 0, max: 150_000 });
  });

  it("/compare: 长宁区's column names the missing 取得方式 and carries no figure; the others are computed", () => {
    expect(decodeState(encodeState(LINYI_CERT)).ok).toBe(true);
    const comparison = compareProfile(LINYI_CERT, policies);
    const changning = comparison.columns.find((c) => c.policy.id === "changning")!;
    expect(changning.evaluation).toBeUndefined();
    expect(changning.missing.map((m) => [m.fact, m.fields.map((f) => f.label)])).toEqual([[0, ["取得方式"]]]);
    const linyi = comparison.columns.find((c) => c.policy.id === "linyi")!;
    expect(linyi.evaluation?.total).toEqual(evaluate({ policy: policyById.get("linyi")!, ...linyiProfile }).total);
    // No column leads while one cannot be computed.
    expect(comparison.standings.every((s) => s === undefined)).toBe(true);
  });

  it("POST /api/v1/compare: 长宁区's result lists what it reads and lacks instead of figures", async () => {
    const res = await comparePost(jsonRequest("/compare?trace=0", linyiProfile));
    expect(res.status).toBe(200);
    const { results } = (await res.json()) as { results: Record<string, unknown>[] };
    const changning = results.find((r) => r.policy === "changning")!;
    expect(changning).toEqual({
      policy: "changning",
      asOf: "2025-09-30",
      policyVersion: expect.stringMatching(/^changning@/),
      missing: [{ fact: 0, type: "certification", inputs: [{ name: "stage", label: "取得方式" }] }],
    });
    const linyi = results.find((r) => r.policy === "linyi")!;
    expect(linyi.total).toEqual(evaluate({ policy: policyById.get("linyi")!, ...linyiProfile }).total);
  });

  it("a policy that pays nothing whatever the answer (not in force) is computed, not asked", () => {
    const comparison = compareProfile({ ...LINYI_CERT, asOf: "2027-06-30" }, policies);
    const changning = comparison.columns.find((c) => c.policy.id === "changning")!;
    expect(changning.missing).toEqual([]);
    expect(changning.evaluation?.inForce).toBe(false);
    expect(changning.evaluation?.total).toEqual({ min: 0, max: 0 });
  });
});
