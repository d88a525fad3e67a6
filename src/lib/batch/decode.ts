/**
 * Bytes of a text upload → text. Chinese Excel saves "CSV" in the system code page (GBK) unless told
 * otherwise, and "Unicode text" as UTF-16, so: a byte-order mark decides; else strict UTF-8; else GBK
 * (as GB18030, its superset). TextDecoder knows GBK in every browser and in Node with full ICU
 * (the default build), so the same code runs in the Web Worker and on the server.
 */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gbk";

export class DecodeError extends Error {}

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** Share of characters the GBK decoder could not map, beyond which the file is not GBK either. */
const MAX_REPLACED = 0.01;

const decodeStrict = (bytes: Uint8Array, encoding: string, skip = 0) =>
  new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(skip));

export const decodeText = (bytes: Uint8Array): { text: string; encoding: TextEncoding } => {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: decodeOrFail(bytes, "utf-8", 3), encoding: "utf-8" };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decodeOrFail(bytes, "utf-16le", 2), encoding: "utf-16le" };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decodeOrFail(bytes, "utf-16be", 2), encoding: "utf-16be" };
  if (bytes.includes(0)) throw new DecodeError("文件含有二进制内容，不是 CSV 文本。请上传 CSV（UTF-8 或 GBK）或 Excel .xlsx 文件。");
  try {
    return { text: decodeStrict(bytes, "utf-8"), encoding: "utf-8" };
  } catch {
    const text = new TextDecoder("gb18030").decode(bytes);
    let replaced = 0;
    for (let i = text.indexOf("\uFFFD"); i >= 0; i = text.indexOf("\uFFFD", i + 1)) replaced++;
    if (replaced > Math.max(1, text.length * MAX_REPLACED)) {
      throw new DecodeError("无法识别文件的文字编码（既不是 UTF-8 也不是 GBK）。请在 Excel 中另存为“CSV UTF-8”后重新上传。");
    }
    return { text, encoding: "gbk" };
  }
};

const decodeOrFail = (bytes: Uint8Array, encoding: string, skip: number): string => {
  try {
    return decodeStrict(bytes, encoding, skip);
  } catch {
    throw new DecodeError(`文件开头标明为 ${encoding.toUpperCase()} 编码，但内容不是有效的 ${encoding.toUpperCase()} 文本。`);
  }
};
