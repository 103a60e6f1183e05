'use strict';
// Minimal PNG encoder (8-bit RGBA) and decoder (8-bit greyscale, RGB, palette, grey+alpha, RGBA; no interlace),
// enough to write the Teams icons and to check icons that come from a design tool. Node's zlib only.
const zlib = require('zlib');

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** rgba: Buffer of width*height*4 bytes, rows top to bottom. */
function encode(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), deflate, adaptive filter, no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function readChunks(buffer) {
  if (buffer.length < 8 || !buffer.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file (bad signature)');
  const chunks = [];
  for (let at = 8; at + 8 <= buffer.length;) {
    const length = buffer.readUInt32BE(at);
    const type = buffer.toString('ascii', at + 4, at + 8);
    chunks.push({ type, data: buffer.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
    if (type === 'IEND') break;
  }
  return chunks;
}

function paeth(a, b, c) {
  const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

function unfilter(data, width, height, bpp) {
  const stride = width * bpp;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)];
    const row = data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[y * stride + x - bpp] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= bpp && y > 0 ? out[(y - 1) * stride + x - bpp] : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      if (predictor === undefined) throw new Error(`unknown PNG filter type ${filter}`);
      out[y * stride + x] = (row[x] + predictor) & 0xff;
    }
  }
  return out;
}

/** Returns { width, height, colorType, bitDepth, rgba } (rgba always 4 bytes per pixel). */
function decode(buffer) {
  const chunks = readChunks(buffer);
  const ihdr = chunks.find(c => c.type === 'IHDR');
  if (!ihdr) throw new Error('PNG has no IHDR chunk');
  const width = ihdr.data.readUInt32BE(0), height = ihdr.data.readUInt32BE(4);
  const bitDepth = ihdr.data[8], colorType = ihdr.data[9], interlace = ihdr.data[12];
  const channels = CHANNELS[colorType];
  if (bitDepth !== 8 || !channels || interlace !== 0) {
    return { width, height, colorType, bitDepth, rgba: null, unsupported: `bit depth ${bitDepth}, colour type ${colorType}, interlace ${interlace}` };
  }
  const data = zlib.inflateSync(Buffer.concat(chunks.filter(c => c.type === 'IDAT').map(c => c.data)));
  const pixels = unfilter(data, width, height, channels);
  const palette = chunks.find(c => c.type === 'PLTE')?.data;
  const trns = chunks.find(c => c.type === 'tRNS')?.data;
  const rgba = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const p = pixels.subarray(i * channels, (i + 1) * channels);
    let px;
    if (colorType === 6) px = [p[0], p[1], p[2], p[3]];
    else if (colorType === 2) px = [p[0], p[1], p[2], 255];
    else if (colorType === 4) px = [p[0], p[0], p[0], p[1]];
    else if (colorType === 0) px = [p[0], p[0], p[0], 255];
    else px = [palette[p[0] * 3], palette[p[0] * 3 + 1], palette[p[0] * 3 + 2], trns && p[0] < trns.length ? trns[p[0]] : 255];
    rgba.set(px, i * 4);
  }
  return { width, height, colorType, bitDepth, rgba };
}

module.exports = { encode, decode };
