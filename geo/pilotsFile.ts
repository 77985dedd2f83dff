import { toPilotsGeoJSON } from '../src/lib/data/pilotsGeoJSON';
import type { Place } from '../src/lib/data/schema';

/** The exact text of geo/pilots.geojson, so a test can tell when the committed file is stale. */
export function serializePilots(places: Place[]): string {
  const collection = toPilotsGeoJSON([...places].sort((a, b) => a.id.localeCompare(b.id)));
  return `${JSON.stringify(collection, null, 1)}\n`;
}
