declare module 'virtual:atlas-data' {
  import type { AtlasData } from './lib/data/schema';
  const data: AtlasData;
  export default data;
}
