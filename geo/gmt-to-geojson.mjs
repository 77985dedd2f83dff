#!/usr/bin/env node
// Convert GMT multi-segment text (as printed by `gmt coast -E<code> -M`) into
// a GeoJSON FeatureCollection with one Feature per input file.
//
// Usage: node geo/gmt-to-geojson.mjs MANIFEST.tsv > out.geojson
//        node geo/gmt-to-geojson.mjs --lines FILE.gmt > out.geojson
//        node geo/gmt-to-geojson.mjs --rings FILE.gmt > out.geojson
//
// MANIFEST.tsv is tab-separated with a header row. The first column must be
// `file` (path to one GMT multi-segment file, relative to the manifest); every
// other column becomes a string property of that file's Feature, in header
// order. Blank lines and lines starting with `#` are ignored.
//
// GMT's DCW output is a list of closed rings ("> ... Segment N" headers) with
// no explicit hole flags, so rings are classified by nesting: a ring whose
// smallest enclosing ring (of the same unit) is an outer ring is a hole of
// that ring; every other ring is an outer ring. Output follows RFC 7946
// (lon,lat; outer rings counter-clockwise, holes clockwise). Plain JS, no
// dependencies, so it runs with `node` alone.
//
// --lines: one LineString Feature per segment of FILE.gmt (as printed by
// `gmt coast -I… -M` or `gmt coast -W -M`), with a number property `level`
// read from the segment header ("> River Bin # 115, Level 1"). GMT cuts its
// binned data at bin edges, so these are pieces, to be joined downstream.
//
// --rings: the pieces of FILE.gmt (shorelines from `gmt coast -W -M`) joined
// end to start where they meet exactly (at bin edges), one Polygon Feature per
// closed ring. Chains that stay open were cut by the -R region's edge and are
// dropped.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

function parseGmt(text) {
  const rings = [];
  let current = null;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('>')) {
      current = [];
      rings.push(current);
      continue;
    }
    const [x, y] = line.split(/\s+/).map(Number);
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      throw new Error(`bad coordinate line: ${raw}`);
    }
    if (current === null) {
      current = [];
      rings.push(current);
    }
    current.push([x, y]);
  }
  return rings
    .map((ring) => {
      // Drop consecutive duplicates, then close the ring.
      const out = [];
      for (const p of ring) {
        const last = out[out.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
      }
      const first = out[0];
      const last = out[out.length - 1];
      if (first && (first[0] !== last[0] || first[1] !== last[1])) out.push([...first]);
      return out;
    })
    .filter((ring) => ring.length >= 4);
}

function signedArea(ring) {
  let a = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return a / 2; // > 0 means counter-clockwise
}

function bbox(ring) {
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const [x, y] of ring) {
    if (x < x0) x0 = x;
    if (y < y0) y0 = y;
    if (x > x1) x1 = x;
    if (y > y1) y1 = y;
  }
  return [x0, y0, x1, y1];
}

function pointInRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function orient(ring, ccw) {
  return signedArea(ring) > 0 === ccw ? ring : [...ring].reverse();
}

function toGeometry(rings) {
  const info = rings.map((ring) => ({
    ring,
    bbox: bbox(ring),
    area: Math.abs(signedArea(ring)),
  }));
  const contains = (a, b) =>
    a !== b &&
    a.area > b.area &&
    a.bbox[0] <= b.bbox[0] &&
    a.bbox[1] <= b.bbox[1] &&
    a.bbox[2] >= b.bbox[2] &&
    a.bbox[3] >= b.bbox[3] &&
    pointInRing(b.ring[0], a.ring);
  // Process rings from largest to smallest so every ring's containers are
  // classified before it. A ring is a hole when the smallest ring containing
  // it is an outer ring, and an outer ring (island in a lake, or a ring that
  // no other ring contains) otherwise.
  info.sort((a, b) => b.area - a.area);
  const polygons = new Map();
  for (const r of info) {
    const parent = info.filter((o) => contains(o, r)).sort((a, b) => a.area - b.area)[0];
    if (parent && polygons.has(parent)) {
      r.hole = true;
      polygons.get(parent).push(orient(r.ring, false));
    } else {
      polygons.set(r, [orient(r.ring, true)]);
    }
  }
  const coords = [...polygons.values()];
  if (coords.length === 0) throw new Error('no rings');
  return coords.length === 1
    ? { type: 'Polygon', coordinates: coords[0] }
    : { type: 'MultiPolygon', coordinates: coords };
}

function parseManifest(path) {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const header = lines.shift().split('\t');
  if (header[0] !== 'file') throw new Error(`${path}: first column must be "file"`);
  return lines.map((l) => {
    const cells = l.split('\t');
    if (cells.length !== header.length) throw new Error(`${path}: bad row: ${l}`);
    const properties = {};
    header.slice(1).forEach((k, i) => (properties[k] = cells[i + 1]));
    return { file: resolve(dirname(path), cells[0]), properties };
  });
}

function parseLines(text) {
  const features = [];
  let coordinates = null;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('>')) {
      const level = Number(/Level (\d+)/.exec(line)?.[1]);
      if (!Number.isInteger(level)) throw new Error(`segment header without a level: ${raw}`);
      coordinates = [];
      features.push({
        type: 'Feature',
        properties: { level },
        geometry: { type: 'LineString', coordinates },
      });
      continue;
    }
    const [x, y] = line.split(/\s+/).map(Number);
    if (!Number.isFinite(x) || !Number.isFinite(y) || !coordinates) {
      throw new Error(`bad coordinate line: ${raw}`);
    }
    const last = coordinates[coordinates.length - 1];
    if (!last || last[0] !== x || last[1] !== y) coordinates.push([x, y]);
  }
  return features.filter((f) => f.geometry.coordinates.length >= 2);
}

function joinRings(pieces) {
  const key = (p) => `${p[0]},${p[1]}`;
  const byStart = new Map();
  pieces.forEach((piece, i) => {
    const k = key(piece[0]);
    byStart.set(k, [...(byStart.get(k) ?? []), i]);
  });
  const used = new Set();
  const rings = [];
  pieces.forEach((piece, i) => {
    if (used.has(i)) return;
    used.add(i);
    const ring = [...piece];
    while (ring.length < 4 || key(ring[0]) !== key(ring[ring.length - 1])) {
      const next = (byStart.get(key(ring[ring.length - 1])) ?? []).find((j) => !used.has(j));
      if (next === undefined) return; // open: cut by the region's edge
      used.add(next);
      ring.push(...pieces[next].slice(1));
    }
    rings.push(orient(ring, true));
  });
  return rings.map((ring) => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: [ring] },
  }));
}

const [first, second] = process.argv.slice(2);
if (!first || (first.startsWith('--') && !second)) {
  console.error('usage: node gmt-to-geojson.mjs MANIFEST.tsv | --lines FILE | --rings FILE > out');
  process.exit(2);
}
const features =
  first === '--lines'
    ? parseLines(readFileSync(second, 'utf8'))
    : first === '--rings'
      ? joinRings(parseLines(readFileSync(second, 'utf8')).map((f) => f.geometry.coordinates))
      : parseManifest(first).map(({ file, properties }) => ({
          type: 'Feature',
          properties,
          geometry: toGeometry(parseGmt(readFileSync(file, 'utf8'))),
        }));
process.stdout.write(JSON.stringify({ type: 'FeatureCollection', features }) + '\n');
