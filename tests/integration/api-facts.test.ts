import { describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/v1/facts/route";
import { POST as evaluatePost } from "@/app/api/v1/evaluate/route";
import type { Field } from "@/lib/validation/fields";
import { applicantAttributes, factGroups, factTypes, MAX_PLAUSIBLE_COUNT, MAX_PLAUSIBLE_YUAN } from "@policies/vocabulary";
import { API, expectApiError, jsonRequest } from "./api-helpers";

interface CatalogFact {
  type: string;
  label: string;
  group: string;
  groupLabel: string;
  hint?: string;
  inputs: Field[];
}

const catalog = async () => (await (await GET(new Request(`${API}/facts`))).json()) as { facts: CatalogFact[]; applicant: { inputs: Field[] } };

/** A value the catalogue says is acceptable for this field. */
const sample = (f: Field): unknown => {
  switch (f.type) {
    case "date":
      return "2025-06-30";
    case "enum":
      return f.options![f.options!.length - 1]!.value;
    case "boolean":
      return true;
    default:
      return f.max!;
  }
};

describe("GET /api/v1/facts", () => {
  it("lists every fact type of the vocabulary with its group", async () => {
    const res = await GET(new Request(`${API}/facts`));
    expect(res.status).toBe(200);
    const { facts } = await catalog();
    expect(facts.map((f) => f.type)).toEqual(factTypes.map((f) => f.type));
    for (const f of facts) expect(f.groupLabel).toBe(factGroups[f.group as keyof typeof factGroups]);
  });

  it("offers date always, count and amount exactly where the fact type declares them, then its own inputs", async () => {
    const { facts } = await catalog();
    for (const [i, ft] of factTypes.entries()) {
      const inputs = facts[i]!.inputs;
      const names = inputs.map((x) => x.name);
      expect(names, ft.type).toEqual(["date", ...(ft.count ? ["count"] : []), ...(ft.amount ? ["amount"] : []), ...ft.inputs.map((x) => x.name)]);
      expect(new Set(names).size, `${ft.type}: a field name is used twice`).toBe(names.length);
      const count = inputs.find((x) => x.name === "count");
      if (ft.count) expect(count).toMatchObject({ type: "int", label: ft.count.label, unit: ft.count.unit, min: 0, max: MAX_PLAUSIBLE_COUNT });
      const amount = inputs.find((x) => x.name === "amount");
      if (ft.amount) expect(amount).toMatchObject({ type: "yuan", label: ft.amount.label, unit: "元", max: MAX_PLAUSIBLE_YUAN });
      for (const input of ft.inputs) {
        const got = inputs.find((x) => x.name === input.name)!;
        expect(got).toMatchObject({ type: input.kind, label: input.label, required: input.required ?? false });
        if (input.options) expect(got.options).toEqual(input.options);
      }
    }
  });

  it("lists the applicant attributes, of which only kind is required", async () => {
    const { applicant } = await catalog();
    expect(applicant.inputs.map((a) => a.name)).toEqual(applicantAttributes.map((a) => a.name));
    expect(applicant.inputs.filter((a) => a.required).map((a) => a.name)).toEqual(["kind"]);
  });

  it("documents exactly what evaluate accepts: a fact built from the catalogue alone is valid for every type", async () => {
    const { facts, applicant } = await catalog();
    const body = {
      policy: "jinshan",
      asOf: "2025-12-31",
      applicant: Object.fromEntries(applicant.inputs.map((a) => [a.name, a.name === "kind" ? "organization" : sample(a)])),
      facts: facts.map((f) => ({ type: f.type, ...Object.fromEntries(f.inputs.map((x) => [x.name, sample(x)])) })),
    };
    const res = await evaluatePost(jsonRequest("/evaluate", body));
    expect(res.status, JSON.stringify(await res.clone().json()).slice(0, 500)).toBe(200);
  });

  it("answers POST with a JSON 405", async () => {
    await expectApiError(await POST(new Request(`${API}/facts`, { method: "POST" })), 405, "method_not_allowed");
  });
});
