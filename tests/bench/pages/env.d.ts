/** Province ids tinted on the map, computed from the pilots GeoJSON when the pages are built. */
declare const __BENCH_TINTED__: string[];
/** The floor page's basemap and places, projected and simplified when the pages are built. */
declare const __BENCH_FLOOR__: import('./floorData').FloorData;
