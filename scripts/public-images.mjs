/**
 * Renders the images under public/ (icons and the social preview) from HTML in the system Chromium,
 * so they can be remade after a change of name or colour: `node scripts/public-images.mjs`.
 * The icon is src/app/icon.svg, the one the pages link to; the ICO wraps PNGs (Vista+ format).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const svg = readFileSync(join(root, "src/app/icon.svg"), "utf8");
const FONT = `"Noto Sans CJK SC", "Noto Sans SC", sans-serif`;

const icon = (size) =>
  `<body style="margin:0;background:transparent"><div style="width:${size}px;height:${size}px">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</div></body>`;

// Maskable icons keep their content inside the central 80 % circle: pad with the tile colour.
const maskable = (size) =>
  `<body style="margin:0"><div style="width:${size}px;height:${size}px;background:#075985;display:flex;align-items:center;justify-content:center">${svg.replace("<svg ", `<svg width="${Math.round(size * 0.7)}" height="${Math.round(size * 0.7)}" `)}</div></body>`;

const preview = `<body style="margin:0;font-family:${FONT}">
  <div style="width:1200px;height:630px;box-sizing:border-box;padding:72px 80px;background:#f8fafc;display:flex;flex-direction:column;justify-content:space-between">
    <div style="display:flex;align-items:center;gap:28px">
      ${svg.replace("<svg ", `<svg width="112" height="112" `)}
      <div style="font-size:72px;font-weight:700;color:#0f172a">政策计算器</div>
    </div>
    <div style="font-size:40px;line-height:1.5;color:#1e293b">质量 · 品牌 · 标准化 · 知识产权扶持政策<br>按条款算出可申领金额，逐条说明依据</div>
    <div style="font-size:30px;color:#475569">长宁区 · 松江区 · 金山区 · 光明区 · 临沂市</div>
  </div></body>`;

/** An ICO file whose images are PNGs: 6-byte header, a 16-byte entry per image, then the images. */
const ico = (pngs) => {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, e);
    header.writeUInt8(size >= 256 ? 0 : size, e + 1);
    header.writeUInt16LE(1, e + 4);
    header.writeUInt16LE(32, e + 6);
    header.writeUInt32LE(data.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.data)]);
};

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const render = async (html, width, height, omitBackground = true) => {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.setContent(html);
  const data = await page.screenshot({ omitBackground, clip: { x: 0, y: 0, width, height } });
  await page.close();
  return data;
};

const out = (name, data) => writeFileSync(join(root, "public", name), data);
out("favicon.ico", ico([{ size: 16, data: await render(icon(16), 16, 16) }, { size: 32, data: await render(icon(32), 32, 32) }, { size: 48, data: await render(icon(48), 48, 48) }]));
out("apple-touch-icon.png", await render(maskable(180), 180, 180, false));
out("icon-192.png", await render(icon(192), 192, 192));
out("icon-512.png", await render(icon(512), 512, 512));
out("icon-maskable-512.png", await render(maskable(512), 512, 512, false));
out("og-image.png", await render(preview, 1200, 630, false));
await browser.close();
