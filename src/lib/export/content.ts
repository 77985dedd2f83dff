import { copy } from '../../copy/en';
import { exportCopy } from '../../copy/export';
import { emphasisOf } from '../data/emphasis';
import type { Place, Source } from '../data/schema';
import { citationText } from '../logic/citation';
import { headlineExcerpt } from '../logic/evidence';
import { orNotReported, provinceName } from '../logic/format';
import { rangeText } from '../logic/scale';
import type { Palette } from '../cartography/palette';
import { type ExportScene, isMatch, isUserPlace, selectedPlace } from './scene';

/** The words of an export, before they are laid out. */

export interface CalloutContent {
  name: string;
  nameZh: string | null;
  /** "Prefecture-level city · Hubei · pilot" */
  kind: string;
  facts: { label: string; value: string }[];
  /** The headline excerpt and its citation; null for the user's own places, which have none. */
  excerpt: string | null;
  citation: string | null;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function scaleText(scale: Place['scale']): string {
  if (!scale) return copy.notReported;
  const range = rangeText(scale.min, scale.max);
  if (scale.min === null && scale.max === null && scale.base === null) return copy.notReported;
  const base = scale.base === null ? '' : `, ${exportCopy.image.base} ${scale.base}`;
  return scale.min === null && scale.max === null
    ? `${exportCopy.image.base} ${scale.base}`
    : range + base;
}

export function sharesText(shares: Place['shares']): string {
  return shares.red === null || shares.black === null
    ? copy.notReported
    : exportCopy.image.sharesValue(shares.red, shares.black);
}

export function calloutContent(place: Place, scene: ExportScene): CalloutContent {
  const excerpt = place.excerpts.length ? headlineExcerpt(place) : null;
  const i = exportCopy.image;
  return {
    name: place.name.en,
    nameZh: place.name.zh,
    kind: [
      capitalise(orNotReported(place.level, `level ${copy.notReported}`)),
      place.province ? provinceName(place.province) : null,
      place.status,
      isUserPlace(scene, place.id) ? i.userData : null,
    ]
      .filter((part) => part !== null)
      .join(' · '),
    facts: [
      { label: i.scale, value: scaleText(place.scale) },
      { label: i.shares, value: sharesText(place.shares) },
    ],
    excerpt: excerpt && `“${excerpt.quote}”`,
    citation: excerpt && `— ${citationText(excerpt, scene.data.sources, scene.data.works)}`,
  };
}

/** "Ruth Zou, staff writer" → "Ruth Zou"; "Anonymous essayist who has lived …" → "Anonymous essayist". */
export function shortAuthor(author: string): string {
  return author.split(/,| who /)[0]!.trim();
}

/** "undated (mentions a statement …)" → "undated". */
export function shortDate(date: string): string {
  return date.replace(/\s*\(.*\)\s*$/, '').trim();
}

export function creditsText(sources: readonly Source[]): string {
  const i = exportCopy.image;
  const list = sources.map((s) => `${shortAuthor(s.author)}, ${shortDate(s.date)}`).join('; ');
  return `${i.sources}: ${list}. ${i.basemap} ${i.font}`;
}

export function subtitleText(scene: ExportScene): string {
  const i = exportCopy.image;
  return scene.filterActive
    ? i.subtitleFiltered(scene.matchIds.length, scene.places.length)
    : i.subtitleAll(scene.data.places.length, scene.data.sources.length, scene.userIds.length);
}

export type LegendSymbol =
  | { kind: 'dot'; fill: string; stroke: string; strokeWidth: number; opacity: number }
  | { kind: 'swatch'; fill: string; stroke: string }
  | { kind: 'note' };

export interface LegendEntry {
  symbol: LegendSymbol;
  label: string;
}

/** The app's legend, plus the entries this export needs (selected place, faded places). */
export function legendEntries(
  scene: ExportScene,
  c: Palette,
): { title: string; entries: LegendEntry[] } {
  const l = copy.legend;
  const dot = (fill: string, stroke = c.markerStroke, strokeWidth = 1.5, opacity = 1) =>
    ({ kind: 'dot', fill, stroke, strokeWidth, opacity }) as const;
  const entries: LegendEntry[] = [
    { symbol: dot(c.redList), label: l.red },
    { symbol: dot(c.blackList), label: l.black },
  ];
  if (scene.places.some((p) => emphasisOf(p) === 'even'))
    entries.push({ symbol: dot(c.even), label: exportCopy.image.legendEven });
  entries.push(
    { symbol: dot(c.notReported), label: l.notReported },
    { symbol: { kind: 'swatch', fill: c.provinceTint, stroke: c.provinceLine }, label: l.tint },
  );
  if (selectedPlace(scene))
    entries.push({
      symbol: dot(c.notReported, c.selected, 3),
      label: exportCopy.image.legendSelected,
    });
  if (scene.userIds.length)
    entries.push({ symbol: dot(c.notReported, c.userData), label: exportCopy.image.legendUser });
  if (scene.filterActive && scene.places.some((p) => !isMatch(scene, p.id)))
    entries.push({ symbol: dot(c.redList, c.markerStroke, 1.5, 0.18), label: l.dimmed });
  entries.push({ symbol: { kind: 'note' }, label: l.size });
  return { title: l.emphasis, entries };
}
