import { loadFontsFor } from '../fonts/fallbackFonts';
import { onDemand } from '../onDemand';
import type { Place } from '../data/schema';
import type { ImportJob } from '../userData/importJob';
import type { KnownIds } from '../userData/parse';

/** Places the user brought from a file: kept in this tab only, never uploaded. */
export class UserPlacesState {
  places = $state.raw<Place[]>([]);
  fileName = $state<string | null>(null);
  problems = $state.raw<string[]>([]);
  /** How many problems the file has in all (problems lists the first ones). */
  problemCount = $state(0);
  /** While a file is being checked: its name and how far the check is (null: not started). */
  checking = $state<{ fileName: string; done: number; total: number } | null>(null);
  #job: ImportJob | null = null;

  has(id: string | null): boolean {
    return id !== null && this.places.some((p) => p.id === id);
  }

  /**
   * Checks the file in a worker, then adds its places, or lists its first problems and leaves
   * everything as it was. False when refused or cancelled.
   */
  async import(file: File, known: KnownIds): Promise<boolean> {
    this.cancel();
    this.problems = [];
    this.problemCount = 0;
    this.checking = { fileName: file.name, done: 0, total: 0 };
    // The import code (the worker with zod and papaparse) loads only when someone brings a file.
    const { startImport } = await onDemand.userDataImport();
    if (this.checking?.fileName !== file.name) return false;
    const job = startImport(file, known, (done, total) => {
      if (this.#job === job) this.checking = { fileName: file.name, done, total };
    });
    this.#job = job;
    const outcome = await job.outcome;
    if (this.#job !== job) return false;
    if (!('cancelled' in outcome)) {
      // The map draws each glyph once: a name outside the atlas's font subset has its font first.
      const text = outcome.ok ? JSON.stringify(outcome.places) : outcome.problems.join('\n');
      await loadFontsFor(`${file.name} ${text}`, [400, 700]);
      if (this.#job !== job) return false;
    }
    this.#job = null;
    this.checking = null;
    if ('cancelled' in outcome) return false;
    if (!outcome.ok) {
      this.problems = outcome.problems;
      this.problemCount = outcome.total;
      return false;
    }
    this.places = outcome.places;
    this.fileName = file.name;
    this.problems = [];
    this.problemCount = 0;
    return true;
  }

  /** Stops a check under way: the places on the map stay as they were. */
  cancel() {
    this.#job?.cancel();
    this.#job = null;
    this.checking = null;
  }

  remove() {
    this.places = [];
    this.fileName = null;
    this.problems = [];
    this.problemCount = 0;
  }
}
