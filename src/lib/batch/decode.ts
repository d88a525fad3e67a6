/**
 * Bytes of a text upload → text. Chinese Excel saves "CSV" in the system code page (GBK) unless told
 * otherwise, and "Unicode text" as UTF-16, so: a byte-order mark decides; else strict UTF-8; else GBK
 * (as GB18030, its superset). TextDecoder knows GBK in every browser and in Node with full ICU
 * (the default build), so the same code runs in the Web Worker and on the server.
 *
 * UTF-8 and GBK text is decoded in pieces of about a megabyte, each ending after a line feed (a
 * byte that is never part of another character in either encoding): a piece without a Chinese
 * character is then held one byte per character. Decoded as one string, a file whose header alone
 * is Chinese takes two bytes for every character (90 MB for a 45 MB export of option keys and
 * numbers), and every later step reads twice the memory.
 */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gbk";

export interface DecodedText {
  /** The text in order; every piece but the last ends with a line feed. */
  pieces: string[];
  encoding: TextEncoding;
}

export class DecodeError extends Error {}

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** Share of characters the GBK decoder could not map, beyond which the file is not GBK either. */
const MAX_REPLACED = 0.01;

const PIECE_BYTES = 1 << 20;
const LINE_FEED = 0x0a;

/** The bytes from `skip` on, cut after a line feed about every PIECE_BYTES, each piece decoded on its own. */
const decodePieces = (bytes: Uint8Array, decoder: TextDecoder, skip = 0): string[] => {
  const pieces: string[] = [];
  for (let start = skip; start < bytes.length || pieces.length === 0; ) {
    const feed = bytes.indexOf(LINE_FEED, start + PIECE_BYTES);
    const end = feed < 0 ? bytes.length : feed + 1;
    pieces.push(decoder.decode(bytes.subarray(start, end)));
    start = end;
  }
  return pieces;
};

const notBinary = (pieces: string[]): string[] => {
  if (pieces.some((p) => p.includes("\0"))) throw new DecodeError("文件含有二进制内容，不是 CSV 文本。请上传 CSV（UTF-8 或 GBK）或 Excel .xlsx 文件。");
  return pieces;
};

const strict = (encoding: string) => new TextDecoder(encoding, { fatal: true, ignoreBOM: true });

export const decodeText = (bytes: Uint8Array): DecodedText => {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { pieces: decodeOrFail(bytes, "utf-8", 3), encoding: "utf-8" };
  // UTF-16 has a zero byte in every ASCII character: one piece.
  if (startsWith(bytes, [0xff, 0xfe])) return { pieces: decodeOrFail(bytes, "utf-16le", 2, false), encoding: "utf-16le" };
  if (startsWith(bytes, [0xfe, 0xff])) return { pieces: decodeOrFail(bytes, "utf-16be", 2, false), encoding: "utf-16be" };
  // A zero byte is a zero character in either decoding: looked for in the text, much quicker than in the bytes.
  const utf8 = utf8Pieces(bytes);
  if (utf8) return { pieces: notBinary(utf8), encoding: "utf-8" };
  const pieces = notBinary(decodePieces(bytes, new TextDecoder("gb18030")));
  let replaced = 0;
  let length = 0;
  for (const text of pieces) {
    length += text.length;
    for (let i = text.indexOf("\uFFFD"); i >= 0; i = text.indexOf("\uFFFD", i + 1)) replaced++;
  }
  if (replaced > Math.max(1, length * MAX_REPLACED)) {
    throw new DecodeError("无法识别文件的文字编码（既不是 UTF-8 也不是 GBK）。请在 Excel 中另存为“CSV UTF-8”后重新上传。");
  }
  return { pieces, encoding: "gbk" };
};

/** The text if the bytes are strict UTF-8. */
const utf8Pieces = (bytes: Uint8Array): string[] | null => {
  try {
    return decodePieces(bytes, strict("utf-8"));
  } catch {
    return null;
  }
};

const decodeOrFail = (bytes: Uint8Array, encoding: string, skip: number, inPieces = true): string[] => {
  try {
    return inPieces ? decodePieces(bytes, strict(encoding), skip) : [strict(encoding).decode(bytes.subarray(skip))];
  } catch {
    throw new DecodeError(`文件开头标明为 ${encoding.toUpperCase()} 编码，但内容不是有效的 ${encoding.toUpperCase()} 文本。`);
  }
};
