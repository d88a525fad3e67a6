import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as list, POST as listPost } from "@/app/api/v1/policies/route";
import { GET as detail, DELETE as detailDelete } from "@/app/api/v1/policies/[id]/route";
import { describeAmount, describeLimit, policyVersion, stepTopicLabel } from "@/engine";
import { policies } from "@policies/index";
import { API, expectApiError } from "./api-helpers";

const getDetail = (id: string) => detail(new Request(`${API}/policies/${encodeURIComponent(id)}`), { params: Promise.resolve({ id }) });

interface Summary {
  id: string;
  name: string;
  region: string;
  issuer: string;
  shortName: string;
  effective: { from: string; to: string | null };
  inForce: boolean;
  policyVersion: string;
  counts: { items: number; limits: number };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-03-01T04:00:00Z"));
});
afterEach(() => {
  vi.useRealTimers();
});

describe("GET /api/v1/policies", () => {
  it("lists every registered policy with its window, version and whether it is in force today", async () => {
    const res = await list(new Request(`${API}/policies`));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { policies: Summary[] };
    expect(body.policies.map((p) => p.id)).toEqual(policies.map((p) => p.id));
    for (const [i, p] of policies.entries()) {
      const s = body.policies[i]!;
      expect(s).toMatchObject({
        name: p.name,
        region: p.region,
        issuer: p.issuer,
        shortName: p.shortName,
        effective: { from: p.effective.from, to: p.effective.to },
        policyVersion: policyVersion(p),
        counts: { items: p.items.length, limits: p.limits.length },
      });
      const today = "2026-03-01";
      expect(s.inForce).toBe(today >= p.effective.from && (p.effective.to === null || today <= p.effective.to));
    }
  });

  it("says a policy is not in force after its window closes", async () => {
    vi.setSystemTime(new Date("2099-01-01T00:00:00Z"));
    const body = (await (await list(new Request(`${API}/policies`))).json()) as { policies: Summary[] };
    const closed = policies.filter((p) => p.effective.to !== null).map((p) => p.id);
    expect(closed.length).toBeGreaterThan(0);
    for (const s of body.policies.filter((x) => closed.includes(x.id))) expect(s.inForce).toBe(false);
  });

  it("answers other methods with a JSON 405", async () => {
    const res = await listPost(new Request(`${API}/policies`, { method: "POST" }));
    await expectApiError(res, 405, "method_not_allowed");
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });
});

describe.each(policies.map((p) => [p.id, p] as const))("GET /api/v1/policies/%s", (id, policy) => {
  it("returns every item with its facts, who may apply, amount text and quote, and every limit with its text", async () => {
    const res = await getDetail(id);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.id).toBe(id);
    expect(body.policyVersion).toBe(policyVersion(policy));
    expect(body.effective).toEqual(JSON.parse(JSON.stringify(policy.effective)));
    expect(body.items).toHaveLength(policy.items.length);
    for (const [i, item] of policy.items.entries()) {
      const got = body.items[i];
      expect(got).toMatchObject({ id: item.id, clause: item.clause, title: item.title, label: item.label, quote: item.quote });
      expect(got.facts).toEqual(item.facts);
      expect(got.who).toEqual(item.who);
      expect(got.amount).toEqual({ ...item.amount, text: describeAmount(item.amount, item.unit) });
      expect(got.conditions).toEqual(item.conditions ?? []);
    }
    expect(body.limits).toHaveLength(policy.limits.length);
    for (const [i, limit] of policy.limits.entries()) {
      expect(body.limits[i]).toEqual({ ...JSON.parse(JSON.stringify(limit)), text: describeLimit(limit) });
    }
    expect(body.exclusions).toEqual(policy.exclusions);
    expect(body.notes).toEqual(policy.notes);
    const steps = policy.application!.steps;
    expect(body.application.steps).toEqual(steps.map((s) => ({ ...JSON.parse(JSON.stringify(s)), label: stepTopicLabel[s.topic] })));
    expect(body.application.silent).toHaveLength(policy.application!.silent.length);
    expect(body.application.companion).toEqual(policy.application!.companion);
    // The earlier flat list stays, for clients written before `application`.
    expect(body.guidance).toEqual(steps.map((s) => ({ id: s.id, label: stepTopicLabel[s.topic], text: s.text, clause: s.clause })));
  });
});

describe("GET /api/v1/policies/{id} — errors", () => {
  it.each(["atlantis", "JINSHAN", "__proto__", "constructor", "x".repeat(5000)])("unknown id %s is 404 naming `id`", async (id) => {
    const error = await expectApiError(await getDetail(id), 404, "policy_not_found", "id");
    expect(error.error.message).toContain(policies[0]!.id);
    expect(JSON.stringify(error)).not.toContain("x".repeat(100));
  });

  it("answers DELETE with a JSON 405", async () => {
    await expectApiError(await detailDelete(new Request(`${API}/policies/jinshan`, { method: "DELETE" })), 405, "method_not_allowed");
  });
});
