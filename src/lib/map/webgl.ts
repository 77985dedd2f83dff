/**
 * Whether this browser has WebGL at all (MapLibre needs WebGL 2 or 1). Cheap on purpose: a test
 * context costs as much as MapLibre's own (over 100 ms on software WebGL), so a browser that has the
 * API but will not give a context (WebGL switched off) is found when MapLibre asks for one.
 */
export function hasWebGL(): boolean {
  return (
    typeof WebGL2RenderingContext !== 'undefined' || typeof WebGLRenderingContext !== 'undefined'
  );
}
