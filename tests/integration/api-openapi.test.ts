/**
 * The OpenAPI document is the API's contract for other systems, so it is held to it: it validates as
 * OpenAPI 3.1, names every route the app serves (and no other), and every example it documents,
 * sent to the route, gets the documented status and an answer the documented schema accepts.
 * Also which routes another site's page may call (CORS) and which it may not.
 */
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { CORS_ROUTES } from "@/lib/http/cors";
import { API } from "./api-helpers";
import { DB_TIMEOUT, useScratchDatabase } from "./db-harness";

type Json = Record<string, unknown>;
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
interface Example {
  value: unknown;
  "x-status"?: number;
}
interface Parameter {
  name: string;
  in: "path" | "query";
  example?: unknown;
  examples?: Record<string, Example>;
}
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: { $ref: string }; examples?: Record<string, Example> }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: Json }>; links?: Record<string, { operationId: string; parameters: Record<string, string> }> }>;
}

const doc = openApiDocument() as { paths: Record<string, Record<string, Operation>>; components: { schemas: Json; responses: Record<string, { content: Record<string, { schema: Json }> }> } };
const operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));

const APP = join(process.cwd(), "src/app");
/** "/api/v1/policies/{id}" → src/app/api/v1/policies/[id]/route.ts */
const routeFile = (path: string) => join(APP, path.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");
const routeModule = async (path: string) => (await import(/* @vite-ignore */ routeFile(path))) as Record<string, Handler | undefined>;

/** Every route handler under src/app/api/v1, as the document would write its path. */
const servedPaths = (dir = join(APP, "api/v1")): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? servedPaths(join(dir, e.name)) : e.name === "route.ts" ? [`/${relative(APP, dir).replace(/\[(\w+)\]/g, "{$1}")}`] : [],
  );

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema({ $id: "https://policy-calc.invalid/openapi", components: doc.components });
const matches = (schema: Json, body: unknown) => {
  const validate = ajv.compile({ $ref: `https://policy-calc.invalid/openapi${String((schema as { $ref?: string }).$ref ?? "")}`, ...((schema as { $ref?: string }).$ref ? {} : schema) });
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
};

/** The documented schema of the answer with this status. */
const responseSchema = (op: Operation, status: number): Json => {
  const response = op.responses[String(status)];
  expect(response, `status ${status} is documented`).toBeDefined();
  const resolved = response!.$ref ? doc.components.responses[response!.$ref.split("/").at(-1)!] : response;
  return resolved!.content!["application/json"]!.schema;
};

describe("the OpenAPI document", () => {
  it("validates as OpenAPI 3.1, and every reference in it resolves", async () => {
    const validator = new Validator();
    expect(await validator.validate(doc as Parameters<Validator["validate"]>[0])).toEqual({ valid: true });
    expect(validator.version).toBe("3.1");
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of new Set(refs)) expect(ref.split("/").reduce<unknown>((o, k) => (o as Json | undefined)?.[k], doc), ref).toBeDefined();
  });

  it("documents exactly the routes the app serves", () => {
    expect(Object.keys(doc.paths).sort()).toEqual(servedPaths().sort());
  });

  it("describes request bodies with the schemas the routes validate with (not a hand-written copy)", () => {
    const evaluate = doc.components.schemas.EvaluateRequest as { properties: Record<string, Json>; required: string[]; additionalProperties: boolean };
    expect(evaluate.required.sort()).toEqual(["applicant", "facts", "policy"]);
    expect(evaluate.additionalProperties).toBe(false);
    expect(JSON.stringify(evaluate.properties.facts)).toContain('"const":"quality-award"');
    expect(JSON.stringify(doc.components.schemas.ShareRequest)).toContain('"applicantName"');
  });
});

describe("every documented example", { timeout: DB_TIMEOUT }, () => {
  useScratchDatabase();

  /** Answers by operationId, for the documented links (a saved draft's id → GET /api/v1/drafts/{id}). */
  const answered = new Map<string, unknown>();
  const linked = (operationId: string, name: string): unknown => {
    for (const { op } of operations) {
      for (const [, response] of Object.entries(op.responses)) {
        for (const link of Object.values(response.links ?? {})) {
          const expression = link.operationId === operationId ? link.parameters[name] : undefined;
          const pointer = expression?.match(/^\$response\.body#\/(.+)$/)?.[1];
          if (pointer) return (answered.get(op.operationId) as Json | undefined)?.[pointer];
        }
      }
    }
    return undefined;
  };

  /** One request per combination of the operation's examples: its path parameters and its bodies. */
  const cases = (op: Operation) => {
    const success = Number(Object.keys(op.responses).find((s) => s.startsWith("2")));
    const pathParams = (op.parameters ?? []).filter((p) => p.in === "path");
    const paramCases: { params: Record<string, string>; status?: number; name: string }[] = [{ params: {}, name: "" }];
    for (const p of pathParams) {
      const examples = Object.entries(p.examples ?? {}).map(([name, e]) => ({ value: String(e.value), status: e["x-status"], name }));
      const fromLink = linked(op.operationId, p.name);
      if (fromLink !== undefined) examples.push({ value: String(fromLink), status: undefined, name: "link" });
      expect(examples.length, `${op.operationId}: an example or a link for ${p.name}`).toBeGreaterThan(0);
      const before = paramCases.splice(0);
      for (const base of before) for (const e of examples) paramCases.push({ params: { ...base.params, [p.name]: e.value }, status: e.status ?? base.status, name: `${base.name}${e.name}` });
    }
    const bodies = Object.entries(op.requestBody?.content["application/json"]?.examples ?? { none: { value: undefined } });
    return paramCases.flatMap((pc) =>
      bodies.map(([name, body]) => ({ ...pc, body: body.value, status: body["x-status"] ?? pc.status ?? success, name: `${pc.name} ${name}` })),
    );
  };

  it.each(operations.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))("%s answers as documented", async (_, { path, method, op }) => {
    const module = await routeModule(path);
    const handler = module[method.toUpperCase()];
    expect(handler, `${method} ${path} is served`).toBeDefined();
    for (const c of cases(op)) {
      const url = `${API.replace("/api/v1", "")}${path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(c.params[name]!))}`;
      const request = new Request(url, {
        method: method.toUpperCase(),
        // A client of its own per request: the examples are not a test of the rate limits.
        headers: { "x-forwarded-for": `203.0.113.${answered.size + 1}`, ...(c.body === undefined ? {} : { "content-type": "application/json" }) },
        ...(c.body === undefined ? {} : { body: JSON.stringify(c.body) }),
      });
      const response = await handler!(request, { params: Promise.resolve(c.params) });
      const body = (await response.json()) as unknown;
      expect(response.status, `${op.operationId}${c.name}: ${JSON.stringify(body).slice(0, 300)}`).toBe(c.status);
      expect(matches(responseSchema(op, c.status), body), `${op.operationId}${c.name}`).toEqual([]);
      if (c.status < 300) answered.set(op.operationId, body);
      // Only the stateless reads and evaluation may be called from another site's page.
      expect(response.headers.get("access-control-allow-origin"), `${path} CORS`).toBe(CORS_ROUTES.has(path) ? "*" : null);
    }
  });

  it("answers a browser's preflight on the routes other sites may call, and only there", async () => {
    for (const path of Object.keys(doc.paths)) {
      const { OPTIONS } = await routeModule(path);
      const response = await OPTIONS!(new Request(`http://localhost${path}`, { method: "OPTIONS" }), { params: Promise.resolve({}) });
      // Every route answers OPTIONS with its Allow list; only these add the headers a browser's preflight needs.
      expect(response.status).toBe(204);
      if (!CORS_ROUTES.has(path)) {
        expect(response.headers.get("access-control-allow-origin"), `${path} has no CORS preflight`).toBeNull();
        expect(response.headers.get("access-control-allow-methods"), path).toBeNull();
        continue;
      }
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("access-control-allow-headers")).toBe("Content-Type");
      const methods = Object.keys(doc.paths[path]!).map((m) => m.toUpperCase());
      expect(response.headers.get("access-control-allow-methods")?.split(", ").sort()).toEqual(methods.sort());
    }
    expect([...CORS_ROUTES].every((p) => p in doc.paths)).toBe(true);
  });
});
