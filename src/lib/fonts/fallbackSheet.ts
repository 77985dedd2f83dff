// Loaded on demand by fallbackFonts.ts: Fontsource's @font-face rules for the characters the
// atlas's own subset does not hold (src/build/fontSubsetPlugin.ts).
import 'virtual:fallback-fonts.css';
