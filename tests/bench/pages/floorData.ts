/**
 * The floor page's inline data, made when the pages are built (Node): the basemap's rings and the
 * places in Web-Mercator world pixels at zoom 0 (512 px around the world, as MapLibre), rings
 * simplified to a tenth of such a pixel (under half a screen pixel at the opening zoom).
 */
import simplify from 'simplify-js';
import { levelRadius } from '../../../src/lib/cartography/markers';

export interface FloorPlace {
  id: string;
  label: string;
  x: number;
  y: number;
  radius: number;
  fill: 'red' | 'black' | 'even' | 'none';
}

export interface FloorData {
  neighbours: number[][][];
  provinces: { tinted: boolean; rings: number[][][] }[];
  places: FloorPlace[];
}

export const worldX = (lon: number) => ((lon + 180) / 360) * 512;
export const worldY = (lat: number) => {
  const s = Math.sin((lat * Math.PI) / 180);
  return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 512;
};

type Geometry = { type: string; coordinates: unknown };
interface Collection {
  features: { geometry: Geometry; properties: Record<string, unknown> }[];
}

function rings(geometry: Geometry): number[][][] {
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates as number[][][]]
      : geometry.type === 'MultiPolygon'
        ? (geometry.coordinates as number[][][][])
        : [];
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return polygons.flat().map((ring) =>
    simplify(
      ring.map(([lon, lat]) => ({ x: worldX(lon!), y: worldY(lat!) })),
      0.1,
      true,
    ).map((p) => [round(p.x), round(p.y)]),
  );
}

export function floorData(
  neighbours: Collection,
  provinces: Collection,
  pilots: Collection,
  tinted: string[],
): FloorData {
  return {
    neighbours: neighbours.features.flatMap((f) => rings(f.geometry)),
    provinces: provinces.features.map((f) => ({
      tinted: tinted.includes(String(f.properties.id)),
      rings: rings(f.geometry),
    })),
    places: pilots.features.map((f) => {
      const p = f.properties as Record<string, string | null>;
      const [lon, lat] = f.geometry.coordinates as [number, number];
      return {
        id: String(p.id),
        label: p.name_zh ? `${p.name_en} ${p.name_zh}` : String(p.name_en),
        x: worldX(lon),
        y: worldY(lat),
        radius: levelRadius({ level: p.level ?? null }),
        fill: (['red', 'black', 'even'].includes(String(p.emphasis))
          ? p.emphasis
          : 'none') as FloorPlace['fill'],
      };
    }),
  };
}
