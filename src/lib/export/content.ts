import { copy } from '../../copy/en';
import { exportCopy } from '../../copy/export';
import { emphasisOf } from '../data/emphasis';
import type { Place, Source, Status } from '../data/schema';
import { citationText } from '../logic/citation';
import { headlineExcerpt } from '../logic/evidence';
import { orNotReported, provinceName } from '../logic/format';
import { rangeText } from '../logic/scale';
import type { MarkerSymbol } from '../cartography/markers';
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
  | { kind: 'marker'; symbol: MarkerSymbol }
  | { kind: 'swatch'; fill: string; stroke: string }
  | { kind: 'note' };

export interface LegendEntry {
  symbol: LegendSymbol;
  label: string;
}

/** A heading and its entries, kept together in one column of the legend. */
export interface LegendGroup {
  title: string | null;
  entries: LegendEntry[];
}

type Precision = Place['location']['precision'];

/** What the slide's map draws: the legend explains these statuses and precisions, and no other. */
export interface DrawnMarks {
  statuses: ReadonlySet<Status>;
  precisions: ReadonlySet<Precision>;
}

export function drawnMarks(places: readonly Place[]): DrawnMarks {
  return {
    statuses: new Set(places.map((p) => p.status)),
    precisions: new Set(places.map((p) => p.location.precision)),
  };
}

const PLAIN: MarkerSymbol = {
  emphasis: 'not-reported',
  status: 'pilot',
  precision: 'stated',
  matches: true,
  selected: false,
};

/**
 * The app's legend, plus the entries this export needs (selected place, faded places). The status
 * and location entries are those of the marks the map draws (`drawn`): one for a mark that is not
 * on the slide would be noise.
 */
export function legendGroups(scene: ExportScene, c: Palette, drawn: DrawnMarks): LegendGroup[] {
  const l = copy.legend;
  const i = exportCopy.image;
  const marker = (label: string, symbol: Partial<MarkerSymbol>): LegendEntry => ({
    symbol: { kind: 'marker', symbol: { ...PLAIN, ...symbol } },
    label,
  });
  const emphasis: LegendEntry[] = [
    // The map's labels say "red list 72%": the legend need not.
    marker(i.legendRed, { emphasis: 'red' }),
    marker(i.legendBlack, { emphasis: 'black' }),
  ];
  if (scene.places.some((p) => emphasisOf(p) === 'even'))
    emphasis.push(marker(i.legendEven, { emphasis: 'even' }));
  emphasis.push(marker(l.notReported, {}));

  const has = (status: Status) => drawn.statuses.has(status);
  const status: LegendEntry[] = [];
  // A model city is drawn as a pilot is.
  if (has('pilot') || has('model city'))
    status.push(marker(has('model city') ? i.legendPilotOrModel : i.legendPilot, {}));
  if (has('local system')) status.push(marker(i.legendLocalSystem, { status: 'local system' }));
  if (has('mentioned')) status.push(marker(i.legendMentioned, { status: 'mentioned' }));
  if (has('not a pilot')) status.push(marker(i.legendNotPilot, { status: 'not a pilot' }));

  const precision: LegendEntry[] = [];
  if (drawn.precisions.has('stated')) precision.push(marker(i.legendStated, {}));
  if (drawn.precisions.has('inferred'))
    precision.push(marker(i.legendInferred, { precision: 'inferred' }));

  const other: LegendEntry[] = [
    { symbol: { kind: 'swatch', fill: c.provinceTint, stroke: c.provinceLine }, label: l.tint },
  ];
  if (selectedPlace(scene)) other.push(marker(i.legendSelected, { selected: true }));
  if (scene.userIds.length) other.push(marker(i.legendUser, { userStroke: c.userData }));
  if (scene.filterActive && scene.places.some((p) => !isMatch(scene, p.id)))
    other.push(marker(l.dimmed, { emphasis: 'red', matches: false }));

  const groups: LegendGroup[] = [
    { title: l.emphasis, entries: emphasis },
    { title: l.status, entries: status },
    { title: l.precision, entries: precision },
    { title: null, entries: other },
    { title: null, entries: [{ symbol: { kind: 'note' }, label: l.size }] },
  ];
  return groups.filter((group) => group.entries.length > 0);
}
