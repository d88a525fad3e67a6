/**
 * An .xlsx-shaped zip bomb: a few hundred kilobytes that inflate to `entries` × `entryBytes` of
 * spaces. Every entry stays under the server's per-workbook inflate budget on its own; together
 * they pass it, so only a budget shared by all entries stops it (src/lib/batch/bounded-inflate.ts).
 */
import { deflateRawSync } from "node:zlib";

const header = (size: number, fill: (b: Buffer) => void) => {
  const b = Buffer.alloc(size);
  fill(b);
  return b;
};

export const zipBomb = (entries: number, entryBytes: number): Buffer => {
  const data = deflateRawSync(Buffer.alloc(entryBytes, 0x20), { level: 9 });
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < entries; i++) {
    const name = Buffer.from(`xl/worksheets/sheet${i + 1}.xml`);
    const local = header(30, (b) => {
      b.writeUInt32LE(0x04034b50, 0);
      b.writeUInt16LE(20, 4);
      b.writeUInt16LE(8, 8); // deflate
      b.writeUInt32LE(data.length, 18);
      b.writeUInt32LE(entryBytes, 22);
      b.writeUInt16LE(name.length, 26);
    });
    centrals.push(
      header(46, (b) => {
        b.writeUInt32LE(0x02014b50, 0);
        b.writeUInt16LE(20, 4);
        b.writeUInt16LE(20, 6);
        b.writeUInt16LE(8, 10);
        b.writeUInt32LE(data.length, 20);
        b.writeUInt32LE(entryBytes, 24);
        b.writeUInt16LE(name.length, 28);
        b.writeUInt32LE(offset, 42);
      }),
      name,
    );
    locals.push(local, name, data);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = header(22, (b) => {
    b.writeUInt32LE(0x06054b50, 0);
    b.writeUInt16LE(entries, 8);
    b.writeUInt16LE(entries, 10);
    b.writeUInt32LE(directory.length, 12);
    b.writeUInt32LE(offset, 16);
  });
  return Buffer.concat([...locals, directory, end]);
};
