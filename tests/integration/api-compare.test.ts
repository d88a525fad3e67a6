import { afterEach, describe, expect, it, vi } from "vitest";
import { POST, GET } from "@/app/api/v1/compare/route";
import { evaluate } from "@/engine";
import type { Evaluation } from "@/engine/types";
import { policies } from "@policies/index";
import { API, expectApiError, jsonRequest, TYPICAL_JINSHAN } from "./api-helpers";

const { policy: _policy, ...profile } = TYPICAL_JINSHAN;
const post = (body: unknown, query = "") => POST(jsonRequest(`/compare${query}`, body));

afterEach(() => {
  vi.useRealTimers();
});

describe("POST /api/v1/compare", () => {
  it("evaluates the same profile under every registered policy, as the engine would", async () => {
    const res = await post(profile);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { asOf: string; results: Evaluation[] };
    expect(body.asOf).toBe(profile.asOf);
    expect(body.results.map((r) => r.policy)).toEqual(policies.map((p) => p.id));
    for (const [i, policy] of policies.entries()) {
      const direct = evaluate({ policy, applicant: profile.applicant as never, facts: profile.facts, asOf: profile.asOf });
      expect(body.results[i]).toEqual(JSON.parse(JSON.stringify(direct)));
    }
  });

  it("dates every result today in Shanghai when asOf is left out, and drops traces with ?trace=0", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-06-30T16:00:00Z")); // 2026-07-01 00:00 in Shanghai
    const { asOf: _asOf, ...undated } = profile;
    const body = (await (await post(undated, "?trace=0")).json()) as { asOf: string; results: Evaluation[] };
    expect(body.asOf).toBe("2026-07-01");
    for (const r of body.results) {
      expect(r.asOf).toBe("2026-07-01");
      expect(r.trace).toBeUndefined();
    }
  });

  it("refuses a `policy` field: compare always covers every policy", async () => {
    await expectApiError(await post(TYPICAL_JINSHAN), 422, "validation_failed", "policy");
  });

  it("validates the profile like evaluate does", async () => {
    const bad: { facts: Record<string, unknown>[] } = structuredClone(profile);
    bad.facts[1]!.count = -3;
    bad.facts.push({ type: "unicorn" });
    const error = await expectApiError(await post(bad), 422, "validation_failed", "facts[1].count");
    expect(error.error.issues.map((i) => i.path)).toContain("facts[3].type");
  });

  it("refuses a non-JSON body with 415 and GET with a JSON 405", async () => {
    await expectApiError(await POST(new Request(`${API}/compare`, { method: "POST", body: "a=1" })), 415, "unsupported_media_type");
    await expectApiError(await GET(new Request(`${API}/compare`)), 405, "method_not_allowed");
  });
});
