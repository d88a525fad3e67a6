/** Shared by the api-*.test.ts files: requests built the way a client sends them, and the error-shape check. */
import { expect } from "vitest";
import { TYPICAL_EXAMPLE } from "@/lib/api/openapi";
import type { ApiErrorBody } from "@/lib/http/errors";

export const API = "http://localhost/api/v1";

export const jsonRequest = (path: string, body: unknown, init: RequestInit = {}): Request =>
  new Request(`${API}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
    ...init,
  });

/** A 4xx in the documented shape, with the expected code and (if given) an issue naming `path`. */
export const expectApiError = async (res: Response, status: number, code: string, path?: string): Promise<ApiErrorBody> => {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await res.json()) as ApiErrorBody;
  expect(Object.keys(body)).toEqual(["error"]);
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
  expect(Array.isArray(body.error.issues)).toBe(true);
  for (const issue of body.error.issues) {
    expect(typeof issue.path).toBe("string");
    expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
  }
  if (path !== undefined) expect(body.error.issues.map((i) => i.path)).toContain(path);
  return body;
};

/** "We won 上海市质量金奖 this year, led two national standards and passed CNAS" — in 金山区: the API document's own example. */
export const TYPICAL_JINSHAN = TYPICAL_EXAMPLE;
