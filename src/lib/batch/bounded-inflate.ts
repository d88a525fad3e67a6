/**
 * How the server inflates the ZIP inside an .xlsx upload. SheetJS's own inflate never stops on a
 * corrupt stream (a 110-byte upload held the server's only thread forever), and SheetJS inflates
 * every entry of an archive in full before reading any (a 1 MB zip bomb became 1 GB of memory);
 * tests/security/fuzz.test.ts found the first, the second is CVE-2026-38359's kind. Node's zlib
 * rejects corrupt streams at once, and one budget shared by all entries of a workbook stops bombs.
 * The browser's worker keeps SheetJS's own inflate: a bad file there only stalls that tab.
 */
import * as zlib from "node:zlib";
import * as XLSX from "@e965/xlsx";

/** Inflated bytes one workbook may produce: 500,000 rows of sheet XML are well under 100 MB. */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

let budget = MAX_INFLATED_BYTES;

class BoundedInflateRaw extends zlib.InflateRaw {
  constructor(options?: zlib.ZlibOptions) {
    // Node throws ERR_BUFFER_TOO_LARGE as soon as one entry would pass what is left.
    super({ ...options, maxOutputLength: Math.max(1, budget) });
  }

  // SheetJS inflates through this internal method of Node's zlib classes; it is what is counted.
  _processChunk(chunk: Buffer, flushFlag: number): Buffer {
    const out = (zlib.InflateRaw.prototype as unknown as { _processChunk(c: Buffer, f: number): Buffer })._processChunk.call(this, chunk, flushFlag);
    budget -= out.length;
    return out;
  }
}

// SheetJS reads the input consumed through zlib's deprecated alias `bytesRead`, which prints
// DEP0108 in every thread that loads it; the alias's own value, without the warning.
Object.defineProperty(BoundedInflateRaw.prototype, "bytesRead", {
  get(this: zlib.InflateRaw) {
    return this.bytesWritten;
  },
});

XLSX.CFB.utils.use_zlib({ ...zlib, InflateRaw: BoundedInflateRaw });

/** Runs a synchronous workbook read with a fresh budget; past it the read throws a RangeError. */
export const withInflateBudget = <T>(read: () => T): T => {
  budget = MAX_INFLATED_BYTES;
  try {
    return read();
  } finally {
    budget = MAX_INFLATED_BYTES;
  }
};
