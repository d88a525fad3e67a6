/**
 * One fuzz request sent to the production server, and everything its answer must satisfy whatever
 * was sent: no 5xx, the security headers, a JSON error naming the problem on the API, a page with
 * only nonce-bearing scripts and none of the markup it was handed.
 */
import { performance } from "node:perf_hooks";
import { RAW_MARKUP, type Body } from "./hostile";
import type { AppRoute } from "./routes";
import { root } from "../../scripts/ensure-build.mjs";

export interface FuzzRequest {
  method: string;
  /** Path and query, already encoded. */
  target: string;
  headers: Record<string, string>;
  body: Body;
}

export interface Exchange {
  request: FuzzRequest;
  status: number;
  headers: Headers;
  text: string;
  ms: number;
}

const CHUNK = 64 * 1024;

const streamOf = (bytes: Buffer): ReadableStream<Uint8Array> => {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, offset + CHUNK));
      offset += CHUNK;
    },
  });
};

const requestInit = (r: FuzzRequest): RequestInit & { duplex?: "half" } => {
  const headers = new Headers(r.headers);
  if (r.method === "GET" || r.method === "HEAD" || r.body.kind === "none") return { method: r.method, headers };
  if (r.body.kind === "upload") {
    const { field, filename, type, bytes, extraFields } = r.body.upload;
    const form = new FormData();
    for (const [k, v] of extraFields) form.append(k, v);
    form.append(field, new Blob([new Uint8Array(bytes)], { type }), filename);
    return { method: r.method, headers, body: form };
  }
  if (r.body.contentType !== undefined) headers.set("content-type", r.body.contentType);
  return r.body.chunked
    ? { method: r.method, headers, body: streamOf(r.body.bytes), duplex: "half" }
    : { method: r.method, headers, body: new Uint8Array(r.body.bytes) };
};

/** The smallest body limit of any route (POST /api/v1/shares). */
const SMALLEST_BODY_LIMIT = 64 * 1024;

const bodySize = (r: FuzzRequest) => (r.body.kind === "bytes" ? r.body.bytes.length : r.body.kind === "upload" ? r.body.upload.bytes.length : 0);

/**
 * A server that stops reading an oversized body closes the connection after its 413; a client
 * still sending then gets EPIPE or a reset and may never read the 413 (TCP drops it). That is the
 * refusal working, so it is recorded as status 0 rather than failed — for bodies over a limit only.
 */
const refusedMidUpload = (r: FuzzRequest, error: unknown): boolean => {
  const code = (error as { cause?: { code?: string } }).cause?.code;
  return bodySize(r) > SMALLEST_BODY_LIMIT && (code === "EPIPE" || code === "ECONNRESET" || code === "UND_ERR_SOCKET");
};

export const send = async (base: string, r: FuzzRequest): Promise<Exchange> => {
  const started = performance.now();
  try {
    const response = await fetch(`${base}${r.target}`, { ...requestInit(r), redirect: "manual", signal: AbortSignal.timeout(30_000) });
    const text = await response.text();
    return { request: r, status: response.status, headers: response.headers, text, ms: performance.now() - started };
  } catch (error) {
    if (refusedMidUpload(r, error)) return { request: r, status: 0, headers: new Headers(), text: "", ms: performance.now() - started };
    throw error;
  }
};

/** Chinese, because messages are for the people filling in the form (the code is for programs). */
const CJK = /[\u4e00-\u9fff]/;
/** What a leaked stack trace or server path looks like. */
const INTERNALS = new RegExp(`\\n\\s+at [^\\n]+:\\d+:\\d+|${root.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}|node_modules/`);
const NOT_FOUND_TEXT = /不存在|没有找到|未找到|找不到|could not be found/;

const apiErrorProblems = (x: Exchange): string[] => {
  if (!/^application\/json/.test(x.headers.get("content-type") ?? "")) return [`an API error that is not JSON (${x.headers.get("content-type")})`];
  let body: { error?: { code?: unknown; message?: unknown; issues?: unknown } };
  try {
    body = JSON.parse(x.text);
  } catch {
    return ["an API error whose body is not valid JSON"];
  }
  const problems: string[] = [];
  const { code, message, issues } = body.error ?? {};
  if (typeof code !== "string" || !/^[a-z][a-z0-9_]*$/.test(code)) problems.push(`error.code is ${JSON.stringify(code)}`);
  if (typeof message !== "string" || !CJK.test(message)) problems.push(`error.message does not name the problem in Chinese: ${JSON.stringify(message)}`);
  if (!Array.isArray(issues)) problems.push("error.issues is not an array");
  else if (!issues.every((i: { path?: unknown; message?: unknown }) => typeof i?.path === "string" && typeof i?.message === "string" && i.message.length > 0)) {
    problems.push("an issue without path or message");
  }
  if (x.status === 429 && !/^[1-9]\d*$/.test(x.headers.get("retry-after") ?? "")) problems.push("429 without a Retry-After in seconds");
  if (x.status === 405 && !x.headers.get("allow")) problems.push("405 without Allow");
  return problems;
};

const pageProblems = (x: Exchange): string[] => {
  const problems: string[] = [];
  const type = x.headers.get("content-type") ?? "";
  if (type.startsWith("text/html")) {
    const nonce = /'nonce-([^']+)'/.exec(x.headers.get("content-security-policy") ?? "")?.[1];
    if (!nonce) problems.push("an HTML page whose CSP has no nonce");
    const tags = x.text.match(/<script\b[^>]*>/gi) ?? [];
    const bare = tags.filter((t) => !t.includes(`nonce="${nonce}"`));
    if (bare.length) problems.push(`${bare.length} script tag(s) without this response's nonce, e.g. ${bare[0]!.slice(0, 120)}`);
  }
  // Next.js refuses OPTIONS on a page with an empty 400 (headers included): the status says it all.
  if (x.status >= 400 && x.request.method !== "HEAD" && x.request.method !== "OPTIONS") {
    if (!x.text.trim()) problems.push(`an empty ${x.status} page`);
    else if (x.status === 404 && type.startsWith("text/html") && !NOT_FOUND_TEXT.test(x.text)) problems.push("a 404 page that does not say what was not found");
  }
  return problems;
};

/**
 * Answers Next.js gives before any of the app's code runs, accepted as they are (docs/security.md):
 * the redirect that drops a trailing slash (sent without the security headers), and the empty `{}`
 * for a request that claims to be a middleware prefetch. Neither carries content from the request.
 */
const frameworkAnswer = (x: Exchange): boolean =>
  (x.status === 308 && `${x.headers.get("location")?.split("?")[0]}/` === x.request.target.split("?")[0]) ||
  (x.headers.get("x-middleware-skip") === "1" && x.text === "{}");

/** Every problem with the answer, empty when it is as it must be. */
export const problemsOf = (x: Exchange, kind: AppRoute["kind"]): string[] => {
  if (x.status === 0 || frameworkAnswer(x)) return [];
  const problems: string[] = [];
  if (x.status >= 500) problems.push(`status ${x.status}`);
  if (x.headers.get("x-content-type-options") !== "nosniff") problems.push("no X-Content-Type-Options: nosniff");
  if (!x.headers.get("content-security-policy")) problems.push("no Content-Security-Policy");
  if (!x.headers.get("referrer-policy")) problems.push("no Referrer-Policy");
  if (x.headers.get("x-powered-by")) problems.push("X-Powered-By present");
  if (INTERNALS.test(x.text)) problems.push("the body shows a stack trace or a server path");
  if ((x.headers.get("content-type") ?? "").startsWith("text/html") && RAW_MARKUP.test(x.text)) {
    problems.push(`markup from the request rendered unescaped: ${RAW_MARKUP.exec(x.text)![0]}`);
  }
  const json = /^application\/json/.test(x.headers.get("content-type") ?? "");
  const isApi = x.request.target.startsWith("/api/");
  // Route handlers outside /api (downloads) answer errors in the API's shape too, when in JSON.
  if ((isApi || (kind === "route" && json)) && x.status >= 400 && x.request.method !== "HEAD") problems.push(...apiErrorProblems(x));
  if (isApi && x.status < 300 && x.status !== 204 && x.request.method !== "HEAD" && !json) problems.push("an API answer that is not JSON");
  if (kind === "page") problems.push(...pageProblems(x));
  return problems;
};

export const describeRequest = (r: FuzzRequest): string => {
  const body =
    r.body.kind === "bytes"
      ? `${r.body.contentType ?? "(no content-type)"}${r.body.chunked ? " chunked" : ""}: ${r.body.bytes.length} bytes ${JSON.stringify(r.body.bytes.subarray(0, 300).toString("latin1"))}`
      : r.body.kind === "upload"
        ? `upload ${JSON.stringify(r.body.upload.filename)} (${r.body.upload.type}, ${r.body.upload.bytes.length} bytes)`
        : "no body";
  return `${r.method} ${r.target.slice(0, 300)} ${JSON.stringify(r.headers).slice(0, 300)} ${body}`;
};
