/**
 * What the site serves from public/: every icon the manifest and the pages name exists with the
 * size it claims, the favicon is a real ICO, and robots.txt keeps result links (an applicant's
 * answers) and the API out of search engines.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateMetadata } from "@/app/layout";

const PUBLIC = path.join(import.meta.dirname, "../../../public");
const read = (name: string) => readFileSync(path.join(PUBLIC, name.replace(/^\//, "")));

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => {
  expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
};

describe("public/", () => {
  it("the manifest's icons exist at the sizes it declares", () => {
    const manifest = JSON.parse(read("site.webmanifest").toString("utf8")) as { lang: string; icons: { src: string; sizes: string }[] };
    expect(manifest.lang).toBe("zh-CN");
    expect(manifest.icons.length).toBeGreaterThanOrEqual(2);
    for (const icon of manifest.icons) {
      const [w, h] = icon.sizes.split("x").map(Number);
      expect(pngSize(read(icon.src)), icon.src).toEqual({ width: w, height: h });
    }
  });

  it("the favicon is an ICO whose images are PNGs of the sizes its directory lists", () => {
    const ico = read("favicon.ico");
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const entry = 6 + 16 * i;
      const size = ico.readUInt8(entry) || 256;
      const offset = ico.readUInt32LE(entry + 12);
      const png = ico.subarray(offset, offset + ico.readUInt32LE(entry + 8));
      expect(pngSize(png)).toEqual({ width: size, height: size });
    }
  });

  it("the apple touch icon and the social preview have the sizes platforms expect", () => {
    expect(pngSize(read("apple-touch-icon.png"))).toEqual({ width: 180, height: 180 });
    expect(pngSize(read("og-image.png"))).toEqual({ width: 1200, height: 630 });
  });

  it("robots.txt keeps result links, the API and the regulator's workspace out of search engines", () => {
    const rules = read("robots.txt").toString("utf8");
    for (const path of ["/s/", "/r", "/api/", "/regulator"]) expect(rules).toMatch(new RegExp(`^Disallow: ${path}$`, "m"));
    expect(rules).toMatch(/^Allow: \/$/m);
  });
});

describe("page metadata", () => {
  it("names the manifest and the touch icon, and a social image only on a configured public origin", () => {
    const before = process.env.PUBLIC_ORIGIN;
    try {
      delete process.env.PUBLIC_ORIGIN;
      const local = generateMetadata();
      expect(local.manifest).toBe("/site.webmanifest");
      expect(local.icons).toEqual({ apple: "/apple-touch-icon.png" });
      expect(local.openGraph).toBeUndefined();

      process.env.PUBLIC_ORIGIN = "https://calc.example.gov.cn";
      const site = generateMetadata();
      expect(String(site.metadataBase)).toBe("https://calc.example.gov.cn/");
      expect(site.openGraph?.images).toEqual([expect.objectContaining({ url: "/og-image.png", width: 1200, height: 630 })]);
    } finally {
      if (before === undefined) delete process.env.PUBLIC_ORIGIN;
      else process.env.PUBLIC_ORIGIN = before;
    }
  });
});
