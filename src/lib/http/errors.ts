/**
 * The one error shape of the JSON API: `{ "error": { "code", "message", "issues": [{ "path", "message" }] } }`.
 * `code` is English and stable for programs; `message` is Chinese for people; each issue names the field
 * as a caller would write it (`facts[2].count`).
 */
import type { z } from "zod";

export interface ApiIssue {
  path: string;
  message: string;
}

export interface ApiErrorBody {
  error: { code: string; message: string; issues: ApiIssue[] };
}

/** A response so long that nobody reads it is a cost to everyone; the first issues say what is wrong. */
export const MAX_ISSUES = 50;

/** Keys come from the caller; a megabyte-long key must not come back in the error message. */
const MAX_KEY_LENGTH = 64;

export const apiError = (status: number, code: string, message: string, issues: ApiIssue[] = [], headers?: HeadersInit): Response => {
  const h = new Headers(headers);
  h.set("Cache-Control", "no-store");
  // An oversized body is left unread, which ends the connection: a client that reused it for its
  // next request would get a reset instead of an answer (tests/security/fuzz.test.ts found this).
  if (status === 413) h.set("Connection", "close");
  const body: ApiErrorBody = { error: { code, message, issues: issues.slice(0, MAX_ISSUES) } };
  return Response.json(body, { status, headers: h });
};

/**
 * An expected failure (bad body, unknown id…) thrown from deep inside a handler; `withApiErrors`
 * turns it into its own 4xx response, so only genuine bugs ever become a 500.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = [],
    readonly headers?: HeadersInit,
  ) {
    super(message);
    this.name = "ApiError";
  }

  toResponse(): Response {
    return apiError(this.status, this.code, this.message, this.issues, this.headers);
  }
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

const clip = (key: string): string => (key.length > MAX_KEY_LENGTH ? `${key.slice(0, MAX_KEY_LENGTH)}…` : key);

/** ["facts", 2, "count"] → "facts[2].count"; odd keys are quoted: facts[0]["a b"]. The body itself is "". */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    const name = String(key);
    if (!IDENTIFIER.test(name)) return `${out}[${JSON.stringify(clip(name))}]`;
    return out ? `${out}.${clip(name)}` : clip(name);
  }, "");

/** One issue per offending field: an unknown-keys issue names each key in its own path. */
export const issuesOf = (error: z.ZodError): ApiIssue[] =>
  error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: issue.message }))
      : [{ path: formatPath(issue.path), message: issue.message }],
  );

/** A failed zod parse of a request as an ApiError (422) that lists every bad field. */
export const zodApiError = (error: z.ZodError, status = 422): ApiError => {
  const issues = issuesOf(error);
  const first = issues[0];
  const where = first ? `${first.path ? `${first.path}：` : ""}${first.message}` : "";
  const message = issues.length > 1 ? `请求数据有 ${issues.length} 处错误，首先是 ${where}` : `请求数据有误：${where}`;
  return new ApiError(status, "validation_failed", message, issues);
};

export const fromZodError = (error: z.ZodError, status = 422): Response => zodApiError(error, status).toResponse();

/** The parsed data, or throw the 4xx for `withApiErrors` to send: keeps route handlers to one line per step. */
export const validOrThrow = <T>(result: z.ZodSafeParseResult<T>, status = 422): T => {
  if (result.success) return result.data;
  throw zodApiError(result.error, status);
};
