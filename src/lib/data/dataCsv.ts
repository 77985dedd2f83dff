import Papa from 'papaparse';
import { citationText } from '../logic/citation.ts';
import { toPilotsGeoJSON } from './pilotsGeoJSON.ts';
import type { AtlasData, Place } from './schema.ts';

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab or carriage return first) gets a
 * leading apostrophe (CSV injection). Papa's own default pattern misses cells of several lines.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Without a byte-order mark Excel reads a CSV in the system's code page (Windows-1252 in the West):
 * 武汉市 would open as "æ­¦æ±‰å¸‚". With it, Excel (Windows and Mac) reads UTF-8; the import, Papa
 * and LibreOffice skip it.
 */
export const UTF8_BOM = '\uFEFF';

const unparse = (fields: string[], rows: unknown[][]) =>
  `${UTF8_BOM}${Papa.unparse({ fields, data: rows }, { escapeFormulae: FORMULA_START, newline: '\n' })}\n`;

/** geo/pilots.csv: the places with the flat columns of geo/pilots.geojson, then lon and lat. */
export function placesCsv(places: readonly Place[]): string {
  const sorted = [...places].sort((a, b) => a.id.localeCompare(b.id));
  const features = toPilotsGeoJSON(sorted).features;
  const columns = Object.keys(features[0]?.properties ?? {});
  return unparse(
    [...columns, 'lon', 'lat'],
    features.map((f) => [
      ...columns.map((c) => f.properties[c as keyof typeof f.properties]),
      ...f.geometry.coordinates,
    ]),
  );
}

export const EXCERPT_COLUMNS = [
  'kind',
  'id',
  'name',
  'field',
  'quote',
  'note',
  'document',
  'citation',
];

/**
 * geo/excerpts.csv: one row per excerpt and field it supports, for places (by id) and national
 * facts, with the quote, the document's id and the citation as the atlas prints it.
 */
export function excerptsCsv(data: AtlasData): string {
  const places = [...data.places].sort((a, b) => a.id.localeCompare(b.id));
  const owners = [
    ...places.map((p) => ({ kind: 'place', id: p.id, name: p.name.en, excerpts: p.excerpts })),
    ...data.context.map((f) => ({ kind: 'fact', id: f.id, name: f.label, excerpts: f.excerpts })),
  ];
  const rows = owners.flatMap((owner) =>
    owner.excerpts.flatMap((excerpt) =>
      excerpt.supports.map((field) => [
        owner.kind,
        owner.id,
        owner.name,
        field,
        excerpt.quote,
        excerpt.note ?? null,
        excerpt.source,
        citationText(excerpt, data.sources, data.works),
      ]),
    ),
  );
  return unparse(EXCERPT_COLUMNS, rows);
}
