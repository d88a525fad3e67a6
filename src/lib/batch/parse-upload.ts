/**
 * An uploaded file → applicants and row errors. The format is read from the bytes, not the file
 * name: an .xlsx is a ZIP archive, anything else is taken as CSV text in UTF-8, UTF-16 or GBK.
 */
import { BatchError, CohortBuilder, type BatchInput } from "./cohort-builder";
import { DecodeError, decodeText, type TextEncoding } from "./decode";
import { readCsv } from "./read-csv";
import { readXlsx } from "./read-xlsx";
import type { Shard } from "./shard";
import { MAX_UPLOAD_BYTES, tooLargeMessage } from "./upload-limits";

export type UploadFormat = "csv" | "xlsx";

export interface ParsedUpload extends BatchInput {
  format: UploadFormat;
  encoding?: TextEncoding;
}

export interface UploadOptions {
  /** The policy to evaluate under; without it the file's 政策 column decides. */
  policy?: string;
  /** Keep only this shard's applicants (every row is still read: see shard.ts). */
  shard?: Shard;
  onProgress?: (fraction: number) => void;
}

/** Refused before anything is read: the API answers 413. */
export class UploadTooLarge extends BatchError {}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export const checkUploadSize = (bytes: number): void => {
  if (bytes > MAX_UPLOAD_BYTES) throw new UploadTooLarge(tooLargeMessage(bytes));
};

export const parseUpload = (bytes: Uint8Array, { policy, shard, onProgress }: UploadOptions = {}): ParsedUpload => {
  checkUploadSize(bytes.byteLength);
  if (bytes.byteLength === 0) throw new BatchError("文件为空（0 字节）。请使用模板填写后上传。");
  if (startsWith(bytes, OLE)) throw new BatchError("不支持旧版 Excel（.xls）文件。请在 Excel 中另存为 .xlsx 或 CSV 后重新上传。");
  const builder = new CohortBuilder(policy, shard);
  if (startsWith(bytes, ZIP)) {
    readXlsx(bytes, builder, onProgress);
    return { ...builder.finish(), format: "xlsx" };
  }
  let decoded: ReturnType<typeof decodeText>;
  try {
    decoded = decodeText(bytes);
  } catch (e) {
    if (e instanceof DecodeError) throw new BatchError(e.message);
    throw e;
  }
  readCsv(decoded.pieces, builder, onProgress);
  return { ...builder.finish(), format: "csv", encoding: decoded.encoding };
};
