// Writes src/palette.css from the cartography palette: the page's map colours have one source.
import { writeFileSync } from 'node:fs';
import { paletteCss } from '../lib/cartography/palette.ts';

writeFileSync(new URL('../palette.css', import.meta.url), paletteCss());
