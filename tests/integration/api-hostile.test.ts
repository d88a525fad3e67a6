/**
 * No input may produce a 5xx or a stack trace. Handlers are wrapped so an unexpected error becomes a
 * generic JSON 500 (and is logged); these tests show the wrapper works and that no hostile or random
 * input ever reaches it: the log spy must stay silent.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from "vitest";
import { POST as comparePost } from "@/app/api/v1/compare/route";
import { POST as evaluatePost } from "@/app/api/v1/evaluate/route";
import type { Evaluation } from "@/engine/types";
import { ApiError } from "@/lib/http/errors";
import { withApiErrors } from "@/lib/http/route-handler";
import { MAX_FACTS } from "@/lib/validation/evaluate-request";
import { factFields, type Field } from "@/lib/validation/fields";
import { policies } from "@policies/index";
import { factTypes } from "@policies/vocabulary";
import { API, expectApiError, jsonRequest, TYPICAL_JINSHAN } from "./api-helpers";

describe("withApiErrors", () => {
  it("turns an unexpected exception into a generic JSON 500 without internals, and logs it", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const handler = withApiErrors(async (_request: Request): Promise<Response> => {
        throw new TypeError("secret detail at /srv/app/internal.ts:12");
      });
      const res = await handler(new Request(`${API}/x`));
      const body = await expectApiError(res, 500, "internal_error");
      expect(JSON.stringify(body)).not.toMatch(/secret|internal\.ts|TypeError|at /);
      expect(log).toHaveBeenCalledTimes(1);
    } finally {
      log.mockRestore();
    }
  });

  it("passes an ApiError through as its own 4xx, unlogged", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const handler = withApiErrors(() => {
        throw new ApiError(409, "conflict", "冲突", [{ path: "id", message: "已存在" }]);
      });
      await expectApiError(await handler(), 409, "conflict", "id");
      expect(log).not.toHaveBeenCalled();
    } finally {
      log.mockRestore();
    }
  });
});

describe("hostile and random input never reaches the 500 path", () => {
  let log: MockInstance;
  beforeAll(() => {
    log = vi.spyOn(console, "error");
  });
  afterAll(() => {
    expect(log, "an input reached the generic 500 handler").not.toHaveBeenCalled();
    log.mockRestore();
  });

  const send = async (body: string, contentType = "application/json") => {
    for (const route of [evaluatePost, comparePost]) {
      const res = await route(new Request(API, { method: "POST", headers: { "content-type": contentType }, body }));
      expect(res.status, body.slice(0, 200)).toBeGreaterThanOrEqual(200);
      expect(res.status, body.slice(0, 200)).toBeLessThan(500);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    }
  };

  const typical = JSON.stringify(TYPICAL_JINSHAN);
  const hostile: [string, string][] = [
    ["deeply nested arrays", "[".repeat(100_000) + "]".repeat(100_000)],
    ["deeply nested value in a field", typical.replace('"shanghai-quality-gold-award"', "[".repeat(50_000) + "]".repeat(50_000))],
    ["huge numbers", typical.replace('"count":2', '"count":1e400')],
    ["minus zero and exponents", typical.replace('"count":2', '"count":-0').replace("2025-09-30", "2.5e3")],
    ["a unicode flood in an enum", typical.replace("shanghai-quality-gold-award", "\u202e\u0000".repeat(10_000))],
    ["lone surrogates", typical.replace("enterprise", "\\ud800\\udfff\\udc00")],
    ["HTML in every string", typical.replaceAll(/"([a-z-]+)"(?=[,}\]])/g, '"<img src=x onerror=alert(1)>"')],
    ["duplicate keys", typical.replace('"policy":"jinshan"', '"policy":"jinshan","policy":"atlantis"')],
    ["exactly the fact cap", JSON.stringify({ ...TYPICAL_JINSHAN, facts: Array.from({ length: MAX_FACTS }, (_, i) => TYPICAL_JINSHAN.facts[i % 3]) })],
    ["many issues at once", JSON.stringify({ ...TYPICAL_JINSHAN, facts: Array.from({ length: MAX_FACTS }, () => ({ type: "x", a: 1, b: 2 })) })],
    ["pollution keys everywhere", typical.replaceAll("{", '{"__proto__":{"x":1},"constructor":{"prototype":{"x":1}},')],
    ["a BOM before the JSON", `\ufeff${typical}`],
    ["a JSON string", '"jinshan"'],
    ["true", "true"],
  ];

  it.each(hostile)("%s", async (_name, body) => {
    await send(body);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("random JSON values", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (v) => send(JSON.stringify(v))),
      { numRuns: 300, seed: 20250930 },
    );
  });

  it("random objects shaped almost like a request", async () => {
    const anyFact = fc.dictionary(
      fc.oneof(fc.constantFrom("type", "date", "count", "amount", "award", "scope", "role", "action", "__proto__"), fc.string()),
      fc.oneof(fc.constantFrom(...factTypes.map((f) => f.type), "2025-02-30", "national", "lead", -1, 1.5, 1e12), fc.jsonValue()),
    );
    const request = fc.record(
      {
        policy: fc.oneof(fc.constantFrom(...policies.map((p) => p.id)), fc.string()),
        asOf: fc.oneof(fc.constant("2025-09-30"), fc.string(), fc.integer()),
        applicant: fc.oneof(fc.constant({ kind: "organization" }), fc.dictionary(fc.string(), fc.jsonValue())),
        facts: fc.array(anyFact, { maxLength: 8 }),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(request, async (r) => send(JSON.stringify(r))),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe("every valid request is answered", () => {
  const date = fc
    .date({ min: new Date("2019-01-01T00:00:00Z"), max: new Date("2031-12-31T00:00:00Z"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  const value = (f: Field): fc.Arbitrary<unknown> => {
    switch (f.type) {
      case "date":
        return date;
      case "enum":
        return fc.constantFrom(...f.options!.map((o) => o.value));
      case "boolean":
        return fc.boolean();
      case "percent":
        return fc.double({ min: 0, max: f.max!, noNaN: true });
      default:
        return fc.integer({ min: 0, max: f.max! });
    }
  };

  const fact = fc.oneof(
    ...factTypes.map((ft) => {
      const fields = factFields(ft);
      const required = Object.fromEntries(fields.filter((f) => f.required).map((f) => [f.name, value(f)]));
      const optional = Object.fromEntries(fields.filter((f) => !f.required).map((f) => [f.name, value(f)]));
      return fc
        .tuple(fc.record(required), fc.record(optional, { requiredKeys: [] }))
        .map(([r, o]) => ({ type: ft.type, ...r, ...o }));
    }),
  );

  it("with a 200 and a total whose certain part never exceeds its maximum", async () => {
    const request = fc.record({
      policy: fc.constantFrom(...policies.map((p) => p.id)),
      asOf: date,
      applicant: fc.record({ kind: fc.constantFrom("organization", "individual") }),
      facts: fc.array(fact, { maxLength: 12 }),
    });
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const res = await evaluatePost(jsonRequest("/evaluate?trace=0", r));
        expect(res.status).toBe(200);
        const { total, lines } = (await res.json()) as Evaluation;
        expect(total.min).toBeLessThanOrEqual(total.max);
        expect(Number.isInteger(total.min) && Number.isInteger(total.max)).toBe(true);
        expect(lines.every((l) => l.min >= 0 && l.min <= l.max)).toBe(true);
      }),
      { numRuns: 300, seed: 31 },
    );
  });
});
