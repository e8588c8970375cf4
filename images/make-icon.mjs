// Draws images/icon.png (128x128, RGBA): a magnifying lens over three stacked interceptor
// bars on a rounded dark-blue square. Run `node images/make-icon.mjs` after changing it.
import * as fs from 'node:fs';
import * as zlib from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4; // supersampling per axis, for smooth edges

const BACKGROUND = [22, 50, 92];
const BAR = [0, 173, 216]; // Go's gopher blue
const LENS = [255, 255, 255];

function insideRoundedSquare(x, y) {
  const radius = 24;
  const cx = Math.min(Math.max(x, radius), SIZE - radius);
  const cy = Math.min(Math.max(y, radius), SIZE - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function insideBar(x, y) {
  const bars = [34, 54, 74];
  return bars.some((top) => y >= top && y < top + 12 && x >= 22 && x < 84);
}

function insideLens(x, y) {
  const d = Math.hypot(x - 62, y - 58);
  if (d >= 26 && d <= 34) return true;
  // The handle: a thick segment from the ring towards the bottom-right corner.
  const t = ((x - 86) + (y - 82)) / 2;
  const along = Math.max(0, Math.min(22, t));
  const px = 86 + along, py = 82 + along;
  return Math.hypot(x - px, y - py) <= 7;
}

function colourAt(x, y) {
  if (!insideRoundedSquare(x, y)) return null;
  if (insideLens(x, y)) return LENS;
  if (insideBar(x, y)) return BAR;
  return BACKGROUND;
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0; // filter type: none
  for (let x = 0; x < SIZE; x++) {
    const sum = [0, 0, 0, 0];
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const colour = colourAt(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES);
        if (!colour) continue;
        for (let c = 0; c < 3; c++) sum[c] += colour[c];
        sum[3] += 255;
      }
    }
    const covered = sum[3] / 255;
    const offset = y * (SIZE * 4 + 1) + 1 + x * 4;
    for (let c = 0; c < 3; c++) raw[offset + c] = covered ? Math.round(sum[c] / covered) : 0;
    raw[offset + 3] = Math.round(sum[3] / (SAMPLES * SAMPLES));
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // colour type: RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
fs.writeFileSync(new URL('./icon.png', import.meta.url), png);
