import { onDemand } from '../onDemand';
import type { Place } from '../data/schema';

/** Places the user brought from a file: kept in this tab only, never uploaded. */
export class UserPlacesState {
  places = $state.raw<Place[]>([]);
  fileName = $state<string | null>(null);
  problems = $state.raw<string[]>([]);

  has(id: string | null): boolean {
    return id !== null && this.places.some((p) => p.id === id);
  }

  /** Adds the file's places, or lists its first problems and leaves everything as it was. */
  async import(
    text: string,
    fileName: string,
    known: { placeIds: ReadonlySet<string>; mechanismIds: ReadonlySet<string> },
  ) {
    // The parser (with zod and papaparse) loads only when someone brings a file.
    const { parseUserPlaces } = await onDemand.userDataParser();
    const result = parseUserPlaces(text, fileName, known);
    if (!result.ok) {
      this.problems = result.problems;
      return false;
    }
    this.places = result.places;
    this.fileName = fileName;
    this.problems = [];
    return true;
  }

  remove() {
    this.places = [];
    this.fileName = null;
    this.problems = [];
  }
}
