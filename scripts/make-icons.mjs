// Draws Vendorscope's toolbar icons (a shield-blue tile with a white magnifier) as PNGs, so the
// repository needs no image tools. Run once after changing the design: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function pixel(x, y, s) {
  // Coordinates in a 0..1 square; 4x supersampling below smooths the edges.
  const r = 0.2;
  const inTile =
    Math.max(Math.abs(x - 0.5) - (0.5 - r), 0) ** 2 + Math.max(Math.abs(y - 0.5) - (0.5 - r), 0) ** 2 <=
    r * r;
  if (!inTile) return [0, 0, 0, 0];
  const d = Math.hypot(x - 0.44, y - 0.44);
  const ring = d > 0.17 && d < 0.26;
  const t = (x - 0.56 + (y - 0.56)) / 2;
  const handle = t > 0 && t < 0.2 && Math.abs(x - y) < 0.1 && x > 0.6;
  void s;
  return ring || handle ? [255, 255, 255, 255] : [11, 92, 173, 255];
}

function png(size) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const p = pixel((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size, size);
          for (let i = 0; i < 4; i++) acc[i] += p[i] * (i < 3 ? p[3] / 255 : 1);
        }
      const a = acc[3] / 16;
      const o = y * (size * 4 + 1) + 1 + x * 4;
      for (let i = 0; i < 3; i++) raw[o + i] = a ? Math.round(acc[i] / 16 / (a / 255)) : 0;
      raw[o + 3] = Math.round(a);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, png(size));
console.log('wrote public/icon/{16,32,48,128}.png');
