import { BASEMAP_CREDIT } from './en';

/** Interface text of the export dialog and the slides it makes: loaded with the dialog. */
export const exportCopy = {
  dialogTitle: 'Export for slides',
  titleLabel: 'Title',
  resetTitle: 'Reset',
  size: 'Size',
  width: 'Width',
  height: 'Height',
  scale: 'Scale',
  framing: 'Map shows',
  framings: {
    all: 'All places',
    selected: 'Selected place in context',
    current: 'Current view',
  },
  textSize: 'Text',
  textSizes: { standard: 'Standard', large: 'Large' },
  theme: 'Slide',
  themes: { light: 'Light', dark: 'Dark' },
  pixels: (width: number, height: number) => `Image: ${width} × ${height} px`,
  preview: 'Preview',
  preparing: 'Preparing the full-size image…',
  ready: 'Full-size image ready.',
  prepareFailed: (message: string) =>
    `Could not prepare the image (${message}); Download will try again.`,
  previewDescription: (
    title: string,
    width: number,
    height: number,
    places: number,
    selected: string | null,
  ) =>
    `Preview of the ${width} × ${height} px image: the title “${title}”, a map with ${places} places${selected ? `, the details of ${selected}` : ''}, a legend and the credits.`,
  downloadPng: 'Download PNG',
  copyPng: 'Copy PNG',
  downloadSvg: 'Download SVG',
  svgTextAsPaths:
    'SVG text as paths: looks the same in Inkscape or PowerPoint without Noto Sans SC, but the words can no longer be edited',
  close: 'Close',
  fontFallback:
    'Noto Sans SC could not be loaded (no network, and not yet saved for offline use): some text is drawn in a fallback font.',
  copyUnavailable:
    'Copying images is not available in this browser (it needs a secure page and the Clipboard API); use Download PNG.',
  progress: {
    fonts: 'Loading fonts…',
    rendering: 'Rendering map…',
    composing: 'Composing…',
    encoding: 'Encoding PNG…',
    basemap: 'Reading the basemap…',
    svg: 'Building SVG…',
  },
  downloaded: (name: string, seconds: string) => `Saved ${name} (${seconds} s).`,
  copied: (seconds: string) => `Copied the PNG to the clipboard (${seconds} s).`,
  failed: (message: string) => `Export failed: ${message}`,
  image: {
    subtitleAll: (places: number, documents: number, yours: number) =>
      `${places} places named in ${documents} source documents${yours ? `, and ${yours} of yours` : ''} · Pilot Atlas`,
    subtitleFiltered: (shown: number, total: number) =>
      `${shown} of ${total} places match the filters · Pilot Atlas`,
    legendRed: 'Mostly red list (rewards)',
    legendBlack: 'Mostly black list (sanctions)',
    legendEven: 'Even red and black list shares',
    legendPilot: 'Pilot',
    legendPilotOrModel: 'Pilot or model city',
    legendLocalSystem: 'Local system',
    legendMentioned: 'Mentioned only',
    legendNotPilot: 'Not a pilot',
    legendStated: 'Stated by a source',
    legendInferred: 'Inferred (our reading)',
    legendSelected: 'Selected place',
    legendUser: 'Your data (imported, not from the atlas sources)',
    userData: 'your data',
    scale: 'Scoring scale',
    base: 'base',
    shares: 'Red list / black list',
    sharesValue: (red: number, black: number) => `${red}% / ${black}%`,
    sources: 'Sources',
    source: 'Source',
    basemap: BASEMAP_CREDIT,
    font: 'Font: Noto Sans SC.',
  },
} as const;
