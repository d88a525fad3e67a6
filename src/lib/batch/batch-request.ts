/**
 * The body of POST /api/v1/batch in any of its forms — JSON, CSV or .xlsx sent as the body, or a
 * file in multipart/form-data — received within the upload limit, and read where it is evaluated
 * (serve-batch.ts). Every failure here is an ApiError: 413 past the limit, 415 for another media
 * type, 422 for unusable options or form.
 */
import { z } from "zod";
import type { IsoDate } from "@/engine/types";
import { ApiError, validOrThrow } from "@/lib/http/errors";
import { readJsonBytes, readLimited } from "@/lib/http/json-body";
import { isoDate } from "@policies/schema";
import { MAX_UPLOAD_BYTES, tooLargeMessage } from "./upload-limits";

/** A JSON cohort says its own policy and date (`today` unless it does); a file's come with the request. */
export type BatchRequest = { kind: "json"; bytes: Uint8Array; today: IsoDate } | { kind: "file"; bytes: Uint8Array; policy?: string; asOf: IsoDate };

const FILE_TYPES = new Set([
  "text/csv",
  "text/plain",
  "text/tab-separated-values",
  "application/csv",
  // What Windows browsers send for a .csv when Excel is installed.
  "application/vnd.ms-excel",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/octet-stream",
]);

const tooLarge = (bytes?: number) => {
  const message = tooLargeMessage(bytes);
  return new ApiError(413, "payload_too_large", message, [{ path: "", message }]);
};

export const unusable = (message: string, path = "file") => new ApiError(422, "invalid_upload", message, [{ path, message }]);

const optionsSchema = z.object({
  policy: z.string().max(64, { error: "未知的政策 policy" }).optional(),
  asOf: isoDate.optional(),
});

/** 413 for an oversized body whatever reader noticed it, with the upload's own wording. */
const withinLimit = async <T>(read: () => Promise<T>): Promise<T> => {
  try {
    return await read();
  } catch (e) {
    if (e instanceof ApiError && e.status === 413) throw tooLarge();
    throw e;
  }
};

const readBytes = async (request: Request): Promise<Uint8Array> => {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > MAX_UPLOAD_BYTES) throw tooLarge(declared);
  if (!request.body) throw unusable("请求体为空：请上传 CSV 或 .xlsx 文件");
  return withinLimit(() => readLimited(request.body!, MAX_UPLOAD_BYTES));
};

const fromFile = (bytes: Uint8Array, options: { policy?: string; asOf?: IsoDate }, today: IsoDate): BatchRequest => ({
  kind: "file",
  bytes,
  policy: options.policy,
  asOf: options.asOf ?? today,
});

const queryOptions = (url: URL) =>
  validOrThrow(optionsSchema.safeParse({ policy: url.searchParams.get("policy") ?? undefined, asOf: url.searchParams.get("asOf") ?? undefined }));

export const readBatchRequest = async (request: Request, today: IsoDate): Promise<BatchRequest> => {
  const contentType = request.headers.get("content-type") ?? "";
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  if (type === "application/json" || type.endsWith("+json")) {
    return { kind: "json", bytes: await withinLimit(() => readJsonBytes(request, { maxBytes: MAX_UPLOAD_BYTES })), today };
  }
  if (type === "multipart/form-data") {
    const bytes = await readBytes(request);
    let form: FormData;
    try {
      form = await new Response(bytes as BodyInit, { headers: { "content-type": contentType } }).formData();
    } catch {
      throw unusable("无法解析 multipart/form-data 请求体", "");
    }
    const file = form.get("file");
    if (!(file instanceof Blob)) throw unusable("表单中缺少文件字段 file");
    const field = (name: string) => {
      const v = form.get(name) ?? new URL(request.url).searchParams.get(name);
      return typeof v === "string" && v !== "" ? v : undefined;
    };
    const options = validOrThrow(optionsSchema.safeParse({ policy: field("policy"), asOf: field("asOf") }));
    return fromFile(new Uint8Array(await file.arrayBuffer()), options, today);
  }
  if (FILE_TYPES.has(type)) return fromFile(await readBytes(request), queryOptions(new URL(request.url)), today);
  throw new ApiError(415, "unsupported_media_type", "请以 JSON、CSV（text/csv）、Excel（.xlsx）或 multipart/form-data 上传", [
    { path: "", message: `不支持的 Content-Type：${contentType.slice(0, 100) || "（未提供）"}` },
  ]);
};
