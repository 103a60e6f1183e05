#!/usr/bin/env node
'use strict';
// Draws the Teams icons: three interlocking rings (allies bound by a shared charter, each keeping its own colour),
// woven over and under each other. color.png: 192x192 on a teal gradient; outline.png: 32x32, white on transparent.
// Deterministic: re-running it gives the same bytes. Usage: node scripts/teams/draw-icons.js [outDir=manifest]
const fs = require('fs');
const path = require('path');
const { encode } = require('./png');

const RING_COLOURS = [[247, 243, 232], [242, 179, 61], [232, 103, 74]]; // ivory, amber, coral
const BACKGROUND_FROM = [18, 74, 86];
const BACKGROUND_TO = [44, 140, 136];

/** Three rings whose centres sit on a triangle around (cx, cy). */
function rings(cx, cy, spread, radius) {
  return [-90, 30, 150].map(deg => ({
    x: cx + spread * Math.cos(deg * Math.PI / 180),
    y: cy + spread * Math.sin(deg * Math.PI / 180),
    r: radius,
  }));
}

// Each pair of rings crosses twice: on one side of the line between their centres the first is on top, on the
// other side the second. That alternation is what makes them read as interlocked.
function onTop(all, a, b, x, y) {
  const [i, j] = a < b ? [a, b] : [b, a];
  const cross = (all[j].x - all[i].x) * (y - all[i].y) - (all[j].y - all[i].y) * (x - all[i].x);
  return (cross > 0 ? i : j) === a;
}

/** What covers (x, y): { ring, shade } for a ring, { gap: true } for the margin around an upper ring, or null. */
function symbolAt(geometry, x, y) {
  const { all, thickness, gap } = geometry;
  const covering = [];
  all.forEach((ring, index) => {
    const offset = Math.abs(Math.hypot(x - ring.x, y - ring.y) - ring.r);
    if (offset < thickness / 2 + gap) covering.push({ index, offset });
  });
  if (covering.length === 0) return null;
  let top = covering[0];
  for (const other of covering.slice(1)) if (onTop(all, other.index, top.index, x, y)) top = other;
  if (top.offset >= thickness / 2) return covering.some(c => c.offset < thickness / 2) ? { gap: true } : null;
  const ring = all[top.index];
  const angle = Math.atan2(y - ring.y, x - ring.x);
  return { ring: top.index, shade: 0.88 + 0.12 * Math.cos(angle + Math.PI * 0.75) };
}

function mix(a, b, t) {
  return a.map((v, k) => v + (b[k] - v) * t);
}

function render(size, samples, pixelAt) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const [r, g, b, a] = pixelAt(px + (sx + 0.5) / samples, py + (sy + 0.5) / samples);
          sum[0] += r * a; sum[1] += g * a; sum[2] += b * a; sum[3] += a;
        }
      }
      const alpha = sum[3] / (samples * samples);
      const colour = sum[3] > 0 ? sum.slice(0, 3).map(v => v / sum[3]) : [0, 0, 0];
      rgba.set([...colour.map(v => Math.round(v)), Math.round(alpha * 255)], (py * size + px) * 4);
    }
  }
  return rgba;
}

function colourIcon() {
  const size = 192;
  // Symbol about 100 px wide in the middle of the square (Teams: full-bleed square, symbol inside a safe area).
  const geometry = { all: rings(96, 100, 20, 26), thickness: 9, gap: 2.2 };
  return encode(size, size, render(size, 4, (x, y) => {
    const background = mix(BACKGROUND_FROM, BACKGROUND_TO, (x + y) / (2 * size));
    const hit = symbolAt(geometry, x, y);
    if (!hit || hit.gap) return [...background, 1];
    return [...RING_COLOURS[hit.ring].map(v => Math.min(255, v * hit.shade)), 1];
  }));
}

function outlineIcon() {
  const size = 32;
  // White on transparent, symbol filling the square (Teams: no padding in the outline icon).
  const geometry = { all: rings(16, 16.8, 6.1, 8.1), thickness: 2.7, gap: 0.9 };
  return encode(size, size, render(size, 6, (x, y) => {
    const hit = symbolAt(geometry, x, y);
    return hit && !hit.gap ? [255, 255, 255, 1] : [255, 255, 255, 0];
  }));
}

const outDir = path.resolve(process.argv[2] || path.join(__dirname, '..', '..', 'manifest'));
fs.writeFileSync(path.join(outDir, 'color.png'), colourIcon());
fs.writeFileSync(path.join(outDir, 'outline.png'), outlineIcon());
console.log(`wrote ${path.join(outDir, 'color.png')} and ${path.join(outDir, 'outline.png')}`);
