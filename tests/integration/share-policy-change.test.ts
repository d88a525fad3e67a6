/**
 * A link outlives the policy data it was computed with. Links "made by an older build" are stored
 * with a modified copy of the policy (a different policyVersion), then opened with today's data:
 * the page must show both results and name the clause whose data changed. And a link made today
 * must reproduce exactly from its stored snapshot.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { evaluate, policyVersion } from "@/engine";
import type { Evaluation, Policy } from "@/engine/types";
import { SharedResultView } from "@/features/share/shared-result-view";
import { openDatabase, type Database } from "@/lib/db/database";
import { decodeState, encodeState } from "@/lib/share/codec";
import { signLink } from "@/lib/share/link-signature";
import { openSelfContained } from "@/lib/share/self-contained";
import { computeState } from "@/lib/share/shared-result";
import { createShare, openShare } from "@/lib/share/shares";
import { newShortId } from "@/lib/share/short-id";
import { loadPolicySnapshot, recordCurrentPolicies, savePolicySnapshot } from "@/lib/share/snapshots";
import { DB_TIMEOUT, scratchDatabase, targets, type Scratch } from "./db-harness";
import { policyById } from "@policies/index";
import { jinshan, revisedJinshan, STATE } from "./share-fixtures";

/** What an older build would have stored: its own policy data, its own result. */
const storeLinkMadeWith = async (db: Database, policy: Policy): Promise<string> => {
  const version = await savePolicySnapshot(db.prisma, policy);
  const result = evaluate({ policy, applicant: STATE.applicant, facts: STATE.facts, asOf: STATE.asOf });
  const id = newShortId();
  const request = { ...STATE, policy: policy.id };
  await db.prisma.share.create({ data: { id, policyId: policy.id, policyVersion: version, request, result: result as object } });
  return id;
};

const plain = (e: Evaluation) => JSON.parse(JSON.stringify(e)) as Evaluation;

describe.each(targets)("links across policy data versions on %s", { timeout: DB_TIMEOUT }, (kind) => {
  let scratch: Scratch;
  let db: Database;

  const open = async () => {
    scratch = await scratchDatabase(kind);
    db = await openDatabase(scratch.config);
    return db;
  };

  afterEach(async () => {
    await db?.close();
    await scratch?.dispose();
  }, DB_TIMEOUT);

  it("a link made today reproduces exactly from its stored policy snapshot", async () => {
    await open();
    const { id, evaluation } = await createShare(db.prisma, STATE);
    const row = await db.prisma.share.findUniqueOrThrow({ where: { id } });
    const snapshot = (await loadPolicySnapshot(db.prisma, row.policyVersion)) as Policy;
    // The content hash survives the trip through JSONB (key order, number formats).
    expect(policyVersion(snapshot)).toBe(row.policyVersion);
    expect(plain(computeState(snapshot, STATE).evaluation)).toEqual(row.result);
    expect(row.result).toEqual(plain(evaluation));
  });

  it("shows both results and the changed clause when today's data gives a different result", async () => {
    await open();
    const old = revisedJinshan();
    const id = await storeLinkMadeWith(db, old);
    const shared = await openShare(db.prisma, id);
    expect(shared?.status).toBe("result-changed");
    expect(shared?.recordedVersion).toBe(policyVersion(old));
    const then = shared?.original?.evaluation.total;
    const now = shared?.current?.evaluation.total;
    expect(now).toEqual({ min: (then?.min ?? 0) + 50_000, max: (then?.max ?? 0) + 50_000 });
    expect(shared?.resultDiff?.lines).toEqual([
      expect.objectContaining({ item: "js-5-2-gold-org", before: { amount: { min: 250_000, max: 250_000 }, status: "payable" }, after: { amount: { min: 300_000, max: 300_000 }, status: "payable" } }),
    ]);
    expect(shared?.policyChanges).toEqual([
      expect.objectContaining({ kind: "item", id: "js-5-2-gold-org", clause: "第五条（二）", relevant: true, details: ["金额：25 万元 → 30 万元"] }),
    ]);

    const html = renderToStaticMarkup(createElement(SharedResultView, { shared: shared!, createdAt: shared!.createdAt }));
    expect(html).toContain('data-status="result-changed"');
    expect(html).toContain("当时的结果");
    expect(html).toContain("按当前政策数据计算的结果");
    expect(html).toContain("第五条（二）「政府质量奖」上海市质量金奖（组织）：25 万元 → 30 万元");
    expect(html).toContain("金额：25 万元 → 30 万元");
    // 继续编辑 opens the questionnaire with the same answers (JSONB may have reordered their keys).
    const edit = /href="\/calc\/jinshan\?s=([^"]+)">继续编辑</.exec(html)?.[1] ?? "";
    expect(decodeState(edit)).toEqual({ ok: true, state: STATE });
  });

  it("says the data changed but this result did not, when the change is elsewhere", async () => {
    await open();
    const old = structuredClone(jinshan);
    (old.items.find((i) => i.id === "js-5-1-china-org") as Policy["items"][number]).amount = { kind: "upTo", yuan: 900_000 };
    const shared = await openShare(db.prisma, await storeLinkMadeWith(db, old));
    expect(shared?.status).toBe("data-changed");
    expect(shared?.resultDiff?.same).toBe(true);
    expect(shared?.policyChanges).toEqual([expect.objectContaining({ id: "js-5-1-china-org", relevant: false })]);
    const html = renderToStaticMarkup(createElement(SharedResultView, { shared: shared! }));
    expect(html).toContain("更新不影响这份结果");
    expect(html).toContain("另有 1 处条款变化与本结果无关");
    expect(html).not.toContain("当时的结果");
  });

  it("still shows the stored result of a policy this build no longer serves, without an edit link", async () => {
    await open();
    const gone = { ...structuredClone(jinshan), id: "oldtown" };
    const shared = await openShare(db.prisma, await storeLinkMadeWith(db, gone));
    expect(shared?.status).toBe("withdrawn");
    expect(shared?.original?.evaluation.policy).toBe("oldtown");
    const html = renderToStaticMarkup(createElement(SharedResultView, { shared: shared! }));
    expect(html).toContain("本政策已不在计算器中提供");
    expect(html).not.toContain("继续编辑");
  });

  it("never shows another policy's stored figures on a short link whose row names that policy's version", async () => {
    await open();
    const changning = policyById.get("changning") as Policy;
    const version = await savePolicySnapshot(db.prisma, changning);
    const theirs = evaluate({ policy: changning, applicant: STATE.applicant, facts: STATE.facts, asOf: STATE.asOf });
    const id = newShortId();
    await db.prisma.share.create({ data: { id, policyId: "jinshan", policyVersion: version, request: { ...STATE }, result: theirs as object } });
    const shared = await openShare(db.prisma, id);
    expect(shared?.status).toBe("tampered");
    expect(shared?.original).toBeNull();
    expect(shared?.current?.policy.id).toBe("jinshan");
    const html = renderToStaticMarkup(createElement(SharedResultView, { shared: shared! }));
    expect(html).not.toContain("当时的结果");
    expect(html).not.toContain(changning.name);
  });

  it("a signed self-contained link explains changes through the snapshots of its own policy only", async () => {
    await open();
    await recordCurrentPolicies(db.prisma);
    const key = Buffer.alloc(32, 7);
    const loaded: string[] = [];
    const sources = {
      loadSnapshot: (v: string) => {
        loaded.push(v);
        return loadPolicySnapshot(db.prisma, v);
      },
      signingKey: async () => key,
    };
    const d = encodeState(STATE);
    const statusOf = async (v: string | undefined, signed = true) => {
      const r = await openSelfContained({ d, v, sig: v && signed ? signLink(key, d, v) : undefined }, sources);
      return r.ok ? r.shared.status : r.error;
    };
    expect(await statusOf(policyVersion(jinshan))).toBe("unchanged");
    expect(await statusOf(undefined)).toBe("unsigned");
    expect(await statusOf("jinshan@ffffffffffffffff")).toBe("version-unknown");
    expect(await statusOf("<script>")).toBe("tampered");
    const old = revisedJinshan();
    await savePolicySnapshot(db.prisma, old);
    expect(await statusOf(policyVersion(old))).toBe("result-changed");
    // The same old version without the server's signature: recomputed, the old data never read.
    loaded.length = 0;
    expect(await statusOf(policyVersion(old), false)).toBe("unsigned");
    // Another policy's archived version, even signed with the right key, is never used for these answers.
    const changning = policyById.get("changning") as Policy;
    expect(await statusOf(policyVersion(changning))).toBe("tampered");
    expect(loaded).toEqual([]);
    const broken = await openSelfContained({ d: d.slice(0, 30) }, sources);
    expect(broken.ok).toBe(false);
  });
});
