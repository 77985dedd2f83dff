import { headlineExcerpt } from '../logic/evidence.ts';
import type { AtlasData, ContextFact, Excerpt } from './schema.ts';

/** Every place's excerpts, in the order of `data.places`. */
export type PlaceExcerpts = Excerpt[][];

/**
 * The data the first paint needs, and the rest: the excerpts (nine tenths of the bytes at
 * thousands of places), which load later as a file of their own (AtlasState.loadExcerpts), and the
 * national context (three fifths of the first file's bytes at a dozen places), which loads when
 * something shows it (AtlasState.loadContext).
 * Each place keeps its headline excerpt, so the comparison, a presentation step and an export can
 * quote it before the rest arrive (headlineExcerpt picks the same one from it alone).
 */
export function splitExcerpts(data: AtlasData): {
  first: AtlasData;
  excerpts: PlaceExcerpts;
  context: ContextFact[];
} {
  return {
    first: {
      ...data,
      places: data.places.map((place) => ({
        ...place,
        excerpts: place.excerpts.length ? [headlineExcerpt(place)] : [],
      })),
      context: [],
    },
    excerpts: data.places.map((place) => place.excerpts),
    context: data.context,
  };
}

/**
 * Gives each place of `data` (as splitExcerpts left it) all its excerpts again, in place: the app
 * keeps its place objects (see AtlasState).
 */
export function fillExcerpts(data: AtlasData, excerpts: PlaceExcerpts): void {
  data.places.forEach((place, i) => (place.excerpts = excerpts[i] ?? place.excerpts));
}

/** Gives `data` (as splitExcerpts left it) its national context again. */
export function fillContext(data: AtlasData, context: ContextFact[]): void {
  data.context = context;
}
