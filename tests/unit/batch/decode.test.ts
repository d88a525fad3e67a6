import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { DecodeError, decodeText, type TextEncoding } from "@/lib/batch/decode";

const TEXT = "申请人编号,事项类型\nA1,政府质量奖\n";

/** The decoded text as one string, with the encoding. */
const decoded = (bytes: Uint8Array): { text: string; encoding: TextEncoding } => {
  const { pieces, encoding } = decodeText(bytes);
  return { text: pieces.join(""), encoding };
};

describe("text encodings of uploads", () => {
  it("reads UTF-8 with and without a byte-order mark", () => {
    expect(decoded(new TextEncoder().encode(TEXT))).toEqual({ text: TEXT, encoding: "utf-8" });
    expect(decoded(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]))).toEqual({ text: TEXT, encoding: "utf-8" });
  });

  it("falls back to GBK, as Chinese Excel saves CSV", () => {
    const gbk = iconv.encode(TEXT, "gbk");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(gbk)).toThrow();
    expect(decoded(new Uint8Array(gbk))).toEqual({ text: TEXT, encoding: "gbk" });
  });

  it("reads UTF-16 with its byte-order mark (Excel's Unicode text)", () => {
    expect(decoded(new Uint8Array(iconv.encode(TEXT, "utf-16le", { addBOM: true })))).toEqual({ text: TEXT, encoding: "utf-16le" });
  });

  it("cuts a long file into pieces after line feeds, each a whole line, in UTF-8 and GBK", () => {
    const line = "A12345,质量奖,2025-06-01,300000\n";
    const long = line.repeat(Math.ceil(3_000_000 / line.length));
    for (const [bytes, encoding] of [
      [new TextEncoder().encode(long), "utf-8"],
      [new Uint8Array(iconv.encode(long, "gbk")), "gbk"],
    ] as const) {
      const { pieces, encoding: found } = decodeText(bytes);
      expect(found).toBe(encoding);
      expect(pieces.length).toBeGreaterThan(1);
      expect(pieces.join("")).toBe(long);
      for (const piece of pieces) expect(piece.endsWith("\n") && piece.split("\n").every((l, i, all) => i === all.length - 1 || l === line.slice(0, -1))).toBe(true);
    }
  });

  it("refuses binary content and text in neither encoding, saying what to do", () => {
    expect(() => decodeText(new Uint8Array([0x41, 0x00, 0x42]))).toThrow(/二进制/);
    // Not UTF-8 either: still binary, not "neither UTF-8 nor GBK".
    expect(() => decodeText(new Uint8Array([0xc3, 0x28, 0x00, 0x42]))).toThrow(/二进制/);
    const noise = new Uint8Array(4000).fill(0xff);
    expect(() => decodeText(noise)).toThrow(DecodeError);
    expect(() => decodeText(noise)).toThrow(/UTF-8/);
  });
});
