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
import { z } from "zod";
import { evaluateRequestSchema, factSchema, MAX_FACTS, shareRequestSchema } from "@/lib/validation/evaluate-request";
import { CODEC_VERSION, type DraftState, type ShareState } from "./encode-state";

export { CODEC_VERSION, editPath, encodeDraft, encodeState, selfContainedPath, type DraftState, type ShareState } from "./encode-state";

/** Compressed links beyond this are refused before decompressing (a zip-bomb guard, ~ 64 kB JSON). */
export const MAX_ENCODED_LENGTH = 32_768;

export type DecodeResult = { ok: true; state: ShareState } | { ok: false; error: string };

export type DecodeDraftResult = { ok: true; draft: DraftState } | { ok: false; error: string };

type Payload = { ok: true; payload: Record<string, unknown> } | { ok: false; error: string };

const readPayload = (encoded: string): Payload => {
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
  const { v: _v, ...rest } = payload as Record<string, unknown>;
  return { ok: true, payload: rest };
};

const invalid = (error: z.ZodError) => ({ ok: false as const, error: `链接中的数据无效：${error.issues[0]?.message ?? ""}` });

/** A link that computes a result: every fact complete, the calculation date stated, and the applicant's name if one was given. */
export const decodeState = (encoded: string): DecodeResult => {
  const read = readPayload(encoded);
  if (!read.ok) return read;
  if ("incomplete" in read.payload) return { ok: false, error: "链接中有尚未填完的事项，无法据此计算；请回到问卷补全后再打开" };
  const parsed = shareRequestSchema.safeParse(read.payload);
  if (!parsed.success) return invalid(parsed.error);
  const { asOf } = parsed.data;
  if (asOf === undefined) return { ok: false, error: "链接缺少计算日期" };
  return { ok: true, state: { ...parsed.data, asOf } };
};

const draftFacts = z.array(factSchema, { error: "facts 须为数组" }).max(MAX_FACTS, { error: `一次最多填写 ${MAX_FACTS} 个事项` });

/**
 * The questionnaire's own address, unfinished answers included: the applicant and the date are
 * checked as for a result link; each fact's values must be valid where stated, but any may be
 * missing — the questionnaire shows what is, and asks for the rest.
 */
export const decodeDraft = (encoded: string): DecodeDraftResult => {
  const read = readPayload(encoded);
  if (!read.ok) return read;
  const { facts, incomplete, ...request } = read.payload;
  const parsed = evaluateRequestSchema.safeParse({ ...request, facts: [] });
  if (!parsed.success) return invalid(parsed.error);
  const stated = draftFacts.safeParse(facts);
  if (!stated.success) return invalid(stated.error);
  const count = stated.data.length;
  const positions = z
    .array(z.int().min(0).max(Math.max(count - 1, 0)), { error: "incomplete 须为事项序号的数组" })
    .max(count)
    .optional()
    .safeParse(incomplete);
  if (!positions.success) return { ok: false, error: "链接中的数据无效：incomplete 须为事项的序号" };
  const { policy, asOf, applicant } = parsed.data;
  return { ok: true, draft: { policy, asOf, applicant, facts: stated.data, incomplete: [...new Set(positions.data ?? [])] } };
};
