/**
 * `tsx scripts/make-icons.ts`: draws Landfall's app icon (the renderer's LandfallMark: a
 * coastline meeting the horizon, white on the accent blue) and writes what
 * electron-builder needs into build/:
 *   icon.png            1024×1024 (mac and the source for anything derived)
 *   icons/NxN.png       16…1024 (Linux)
 *   icon.ico            16…256, PNG-compressed entries (Windows)
 *   icon.icns           16…1024 (macOS)
 * No image library: the shapes are rasterised with anti-aliasing by distance, and the
 * files are encoded here. Run it again after changing the mark; the output is committed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.join(root, 'build');

type Pt = [number, number];
const ACCENT: [number, number, number] = [0x1f, 0x55, 0x96];
const WHITE: [number, number, number] = [255, 255, 255];

function cubic(p0: Pt, p1: Pt, p2: Pt, p3: Pt, steps = 24): Pt[] {
  const out: Pt[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    out.push([
      u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0],
      u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1],
    ]);
  }
  return out;
}

/** The mark's two strokes in its 24×24 viewBox (see renderer/src/components/LandfallMark.tsx). */
function markStrokes(): Pt[][] {
  // M5 15 c2.2 0 2.8-2 5-2 s2.8 2 5 2 2.8-2 4-2
  const wave = [
    ...cubic([5, 15], [7.2, 15], [7.8, 13], [10, 13]),
    ...cubic([10, 13], [12.2, 13], [12.8, 15], [15, 15]).slice(1),
    ...cubic([15, 15], [17.2, 15], [17.8, 13], [19, 13]).slice(1),
  ];
  // M8 10.5 12 6 l4 4.5
  const peak: Pt[] = [
    [8, 10.5],
    [12, 6],
    [16, 10.5],
  ];
  return [wave, peak];
}

function distToSegment(px: number, py: number, a: Pt, b: Pt): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - a[0]) * dx + (py - a[1]) * dy) / len2));
  const x = a[0] + t * dx - px;
  const y = a[1] + t * dy - py;
  return Math.sqrt(x * x + y * y);
}

/** Signed distance to a rounded rectangle (negative inside). */
function roundedRectDist(px: number, py: number, x0: number, y0: number, x1: number, y1: number, r: number): number {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const qx = Math.abs(px - cx) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(py - cy) - ((y1 - y0) / 2 - r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}

const clamp01 = (v: number) => Math.max(0, Math.min(1, v));

/** RGBA pixels of the icon at `size`×`size`. */
export function drawIcon(size: number): Buffer {
  const s = size / 24;
  const strokes = markStrokes().map((line) => line.map(([x, y]): Pt => [x * s, y * s]));
  const halfWidth = (2.1 / 2) * s; // a little bolder than the 1.8 of the small UI mark
  const px = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const cx = x + 0.5;
      const cy = y + 0.5;
      const bg = clamp01(0.5 - roundedRectDist(cx, cy, 1 * s, 1 * s, 23 * s, 23 * s, 5.5 * s));
      if (bg === 0) continue;
      let d = Infinity;
      for (const line of strokes) {
        for (let i = 1; i < line.length; i++) d = Math.min(d, distToSegment(cx, cy, line[i - 1]!, line[i]!));
      }
      const ink = clamp01(halfWidth - d + 0.5);
      const o = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) px[o + c] = Math.round(ACCENT[c]! * (1 - ink) + WHITE[c]! * ink);
      px[o + 3] = Math.round(bg * 255);
    }
  }
  return px;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function encodePng(rgba: Buffer, size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A Windows .ico whose entries are PNGs (supported since Windows Vista). */
export function encodeIco(pngs: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(({ size, png }) => {
    const e = Buffer.alloc(16);
    e[0] = size >= 256 ? 0 : size;
    e[1] = size >= 256 ? 0 : size;
    e.writeUInt16LE(1, 4); // planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    return e;
  });
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.png)]);
}

/** A macOS .icns with PNG entries. */
export function encodeIcns(pngs: Map<number, Buffer>): Buffer {
  const types: [string, number][] = [
    ['icp4', 16],
    ['icp5', 32],
    ['icp6', 64],
    ['ic07', 128],
    ['ic08', 256],
    ['ic09', 512],
    ['ic10', 1024],
    ['ic11', 32],
    ['ic12', 64],
    ['ic13', 256],
    ['ic14', 512],
  ];
  const parts = types.map(([type, size]) => {
    const png = pngs.get(size);
    if (!png) throw new Error(`No ${size}px image for ${type}`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

export function makeIcons(outDir = buildDir): string[] {
  const sizes = [16, 32, 48, 64, 128, 256, 512, 1024];
  const pngs = new Map<number, Buffer>();
  for (const size of sizes) pngs.set(size, encodePng(drawIcon(size), size));
  const written: string[] = [];
  const write = (rel: string, data: Buffer) => {
    const file = path.join(outDir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, data);
    written.push(file);
  };
  write('icon.png', pngs.get(1024)!);
  for (const size of sizes) write(path.join('icons', `${size}x${size}.png`), pngs.get(size)!);
  write('icon.ico', encodeIco([16, 32, 48, 64, 128, 256].map((size) => ({ size, png: pngs.get(size)! }))));
  write('icon.icns', encodeIcns(pngs));
  return written;
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  for (const f of makeIcons()) console.log(`wrote ${path.relative(root, f)}`);
}
