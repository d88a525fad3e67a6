import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { DecodeError, decodeText } from "@/lib/batch/decode";

const TEXT = "申请人编号,事项类型\nA1,政府质量奖\n";

describe("text encodings of uploads", () => {
  it("reads UTF-8 with and without a byte-order mark", () => {
    expect(decodeText(new TextEncoder().encode(TEXT))).toEqual({ text: TEXT, encoding: "utf-8" });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]))).toEqual({ text: TEXT, encoding: "utf-8" });
  });

  it("falls back to GBK, as Chinese Excel saves CSV", () => {
    const gbk = iconv.encode(TEXT, "gbk");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(gbk)).toThrow();
    expect(decodeText(new Uint8Array(gbk))).toEqual({ text: TEXT, encoding: "gbk" });
  });

  it("reads UTF-16 with its byte-order mark (Excel's Unicode text)", () => {
    expect(decodeText(new Uint8Array(iconv.encode(TEXT, "utf-16le", { addBOM: true })))).toEqual({ text: TEXT, encoding: "utf-16le" });
  });

  it("refuses binary content and text in neither encoding, saying what to do", () => {
    expect(() => decodeText(new Uint8Array([0x41, 0x00, 0x42]))).toThrow(/二进制/);
    const noise = new Uint8Array(4000).fill(0xff);
    expect(() => decodeText(noise)).toThrow(DecodeError);
    expect(() => decodeText(noise)).toThrow(/UTF-8/);
  });
});
