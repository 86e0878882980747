// Draws the add-in's PNG icons (app icon and ribbon button icons) into assets/.
// Run: node scripts/draw-icons.mjs. Shapes are described in a 0..1 square and rasterised with
// 8×8 supersampling, so each size is drawn fresh instead of being scaled from a bigger bitmap.
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const OUT = join(import.meta.dirname, "..", "assets");
const SAMPLES = 8;

const BRAND = [15, 108, 189]; // Fluent brand blue #0F6CBD
const PAPER = [255, 255, 255];
const INK = [96, 94, 92];
const GREEN = [16, 124, 16];
const RED = [197, 15, 31];
const AMBER = [234, 163, 0];

// ------------------------------------------------------------------ shape coverage tests

const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.max(x0 + r, Math.min(x, x1 - r));
  const cy = Math.max(y0 + r, Math.min(y, y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** A thick polyline with round joins: inside when close enough to any segment. */
const stroke = (points, width) => (x, y) => {
  const half = width / 2;
  for (let i = 0; i + 1 < points.length; i++) {
    const [ax, ay] = points[i];
    const [bx, by] = points[i + 1];
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    if ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= half * half) return true;
  }
  return false;
};

const check = (x, y, s, width) =>
  stroke(
    [
      [x, y],
      [x + 0.35 * s, y + 0.35 * s],
      [x + s, y - 0.4 * s],
    ],
    width,
  );

// ------------------------------------------------------------------ the three pictures

/** The app: a task sheet with two rows done (green checks) and one overdue (red dot). */
function appIcon(size) {
  const small = size <= 20;
  const layers = [
    [BRAND, roundRect(0.04, 0.04, 0.96, 0.96, 0.18)],
    [PAPER, roundRect(0.2, 0.14, 0.8, 0.86, 0.06)],
  ];
  const rows = small ? [0.36, 0.64] : [0.3, 0.5, 0.7];
  const line = small ? 0.1 : 0.07;
  rows.forEach((y, i) => {
    const last = i === rows.length - 1;
    layers.push([INK, roundRect(0.47, y - line / 2, 0.72, y + line / 2, line / 2)]);
    if (last) layers.push([RED, circle(0.35, y, small ? 0.09 : 0.065)]);
    else layers.push([GREEN, check(0.27, y, 0.14, small ? 0.08 : 0.055)]);
  });
  return layers;
}

/** Kiểm tra: a magnifier with a green check in its lens. */
function checkIcon(size) {
  const w = size <= 20 ? 0.12 : 0.09;
  const lens = 0.3;
  return [
    [BRAND, (x, y) => {
      const d = Math.hypot(x - 0.42, y - 0.42);
      return d <= lens && d >= lens - w;
    }],
    [BRAND, stroke([[0.64, 0.64], [0.88, 0.88]], w * 1.5)],
    [GREEN, check(0.3, 0.43, 0.24, w * 0.85)],
  ];
}

/** Cập nhật tổng hợp: bar chart in the state colours on a base line. */
function summaryIcon(size) {
  const gap = size <= 20 ? 0.06 : 0.05;
  const bar = (0.76 - 3 * gap) / 3;
  const x0 = 0.12 + gap;
  return [
    [GREEN, roundRect(x0, 0.2, x0 + bar, 0.84, 0.02)],
    [AMBER, roundRect(x0 + bar + gap, 0.44, x0 + 2 * bar + gap, 0.84, 0.02)],
    [RED, roundRect(x0 + 2 * (bar + gap), 0.62, x0 + 3 * bar + 2 * gap, 0.84, 0.02)],
    [INK, roundRect(0.08, 0.84, 0.92, 0.84 + (size <= 20 ? 0.1 : 0.06), 0.01)],
  ];
}

// ------------------------------------------------------------------ raster and PNG

function render(size, layers) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          // Topmost layer wins; premultiplied sums average the samples.
          for (let i = layers.length - 1; i >= 0; i--) {
            if (layers[i][1](x, y)) {
              const c = layers[i][0];
              r += c[0];
              g += c[1];
              b += c[2];
              a += 1;
              break;
            }
          }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
        rgba[o + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
      }
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const ICONS = [
  ["icon", appIcon, [16, 32, 64, 80, 128]],
  ["check", checkIcon, [16, 32, 80]],
  ["summary", summaryIcon, [16, 32, 80]],
];

for (const [name, draw, sizes] of ICONS) {
  for (const size of sizes) {
    const file = join(OUT, `${name}-${size}.png`);
    writeFileSync(file, png(size, render(size, draw(size))));
    console.log(file);
  }
}
