/**
 * The self-contained link format, shared by the read-only result page (/r?d=…) and the
 * questionnaire (/calc/{policy}?s=…): the answers as versioned JSON, lz-string compressed into
 * URL-safe characters. Nothing is stored, so such a link is private to whoever holds it.
 * This is the reading half; encode-state.ts writes links without the validation code.
 *
 * Decoding is treated as untrusted input: the payload goes through the same zod schema as the
 * evaluate API, so a hand-edited link can never reach the engine with data the API would refuse.
 */
// lz-string is CommonJS without detectable named exports: Node's ESM loader (tsx, Playwright) only sees the default.
import LZString from "lz-string";
import { shareRequestSchema } from "@/lib/validation/evaluate-request";
import { CODEC_VERSION, type ShareState } from "./encode-state";

export { CODEC_VERSION, editPath, encodeState, selfContainedPath, type ShareState } from "./encode-state";

/** Compressed links beyond this are refused before decompressing (a zip-bomb guard, ~ 64 kB JSON). */
export const MAX_ENCODED_LENGTH = 32_768;

export type DecodeResult = { ok: true; state: ShareState } | { ok: false; error: string };

export const decodeState = (encoded: string): DecodeResult => {
  if (!encoded) return { ok: false, error: "链接中没有计算数据" };
  if (encoded.length > MAX_ENCODED_LENGTH) return { ok: false, error: "链接过长" };
  let payload: unknown;
  try {
    // Corrupt input makes lz-string return "" or null rather than throw; JSON.parse then rejects it.
    payload = JSON.parse(LZString.decompressFromEncodedURIComponent(encoded) ?? "");
  } catch {
    return { ok: false, error: "链接已损坏，无法读取" };
  }
  if (!payload || typeof payload !== "object" || (payload as { v?: unknown }).v !== CODEC_VERSION) {
    return { ok: false, error: "无法识别的链接版本" };
  }
  const { v: _v, ...request } = payload as Record<string, unknown>;
  const parsed = shareRequestSchema.safeParse(request);
  if (!parsed.success) return { ok: false, error: `链接中的数据无效：${parsed.error.issues[0]?.message ?? ""}` };
  const { asOf } = parsed.data;
  if (asOf === undefined) return { ok: false, error: "链接缺少计算日期" };
  return { ok: true, state: { ...parsed.data, asOf } };
};
