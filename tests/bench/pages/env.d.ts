/** Province ids tinted on the map, computed from the pilots GeoJSON when the pages are built. */
declare const __BENCH_TINTED__: string[];
