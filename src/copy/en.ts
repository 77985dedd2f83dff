/** Interface text, kept out of the components. */
/** The first `max` names, and how many more (a text alternative stays readable at 3,000 places). */
const namesUpTo = (places: readonly { name: { en: string } }[], max: number) =>
  places
    .slice(0, max)
    .map((p) => p.name.en)
    .join(', ') + (places.length > max ? ` and ${places.length - max} more` : '');

export const copy = {
  title: 'Pilot Atlas',
  subtitle: "Regional pilots of China's social credit system, with the sources behind every claim",
  notReported: 'not reported',
  dataFailed:
    'The atlas could not load its data (is the connection down?). Reload the page to try again.',
  sourcesDisagree: 'Sources disagree',
  legend: {
    title: 'Legend',
    emphasis: 'Red list vs black list emphasis',
    red: 'Mostly red list (rewards), labelled “red list %”',
    black: 'Mostly black list (sanctions), labelled “black list %”',
    notReported: 'Shares not reported',
    size: 'Marker size: administrative level (province largest, village smallest)',
    tint: 'Tinted province: a province-level system in the dataset',
    dimmed: 'Faded: does not match the filters',
  },
  attribution:
    'Basemap: Digital Chart of the World via GMT (LGPL-3+). Sources: five documents listed under National context.',
  list: {
    title: 'Places',
    search: 'Search names and excerpts',
    empty: 'No place matches the filters.',
    sort: 'Sort by',
    sortName: 'name',
    sortLevel: 'administrative level',
    sortEmphasis: 'red/black emphasis',
    count: (shown: number, total: number) =>
      shown === total ? `${total} places` : `${shown} of ${total} places match`,
    namesOnly: 'Searching names and headline excerpts: the other excerpts are still loading.',
    excerptsLoading: 'Loading the excerpts…',
    excerptsFailed:
      'The source excerpts could not be loaded (is the connection down?). Reload the page to see them.',
  },
  announce: {
    selected: (name: string) => `Selected ${name}. Details are open.`,
    cleared: 'Selection cleared.',
  },
  filters: {
    title: 'Filter by mechanism',
    any: 'Match any',
    all: 'Match all',
    clear: 'Clear filters',
  },
  panel: {
    close: 'Close details',
    level: 'Level',
    province: 'Province',
    status: 'Status',
    startYear: 'Start year',
    scale: 'Scoring scale',
    base: 'base',
    emphasis: 'Red list vs black list',
    mechanisms: 'Mechanisms',
    evidence: 'Evidence',
    location: 'Location',
    inferred: 'Location inferred',
    tiersNotReported: 'tiers not reported',
  },
  context: { open: 'National context', title: 'National context', sources: 'Sources' },
  fields: {
    status: 'Status',
    startYear: 'Start year',
    'scale.min': 'Scale minimum',
    'scale.max': 'Scale maximum',
    'scale.base': 'Base points',
    'scale.tiers': 'Tiers',
    'shares.red': 'Red-list share',
    'shares.black': 'Black-list share',
  } as Record<string, string>,
  export: {
    open: 'Export',
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
    close: 'Close',
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
      legendEven: 'Even red and black list shares',
      legendSelected: 'Selected place',
      legendUser: 'Your data (imported, not from the atlas sources)',
      userData: 'your data',
      scale: 'Scoring scale',
      base: 'base',
      shares: 'Red list / black list',
      sharesValue: (red: number, black: number) => `${red}% / ${black}%`,
      sources: 'Sources',
      source: 'Source',
      basemap: 'Basemap: Digital Chart of the World via GMT (LGPL-3+).',
      font: 'Font: Noto Sans SC.',
    },
  },
  import: {
    title: 'Your own places',
    hint: 'Add a GeoJSON or CSV file with the columns of geo/pilots.geojson (plus lon and lat for CSV). It stays in this browser; nothing is uploaded.',
    pick: 'Choose a file, or drop it on the page',
    drop: 'Drop a GeoJSON or CSV file of places',
    loaded: (count: number, file: string) => `${count} of your places from ${file} are on the map.`,
    remove: 'Remove them',
    rejected: 'Nothing was added. The file has these problems:',
    userData: 'Your data: not from the atlas sources, and without excerpts.',
    tag: 'your data',
  },
  mapAlt: (shown: readonly { name: { en: string } }[], total: number) =>
    `Map of China with ${shown.length === total ? `all ${total} places` : `${shown.length} of ${total} places matching the filters`}` +
    (shown.length ? `: ${namesUpTo(shown, 20)}.` : '.') +
    ' The list beside the map gives the same places.',
  printAlt: 'Map of China showing the places in the atlas, as on screen when printed',
  noWebglTitle: 'A still map: the interactive one is not available',
  noWebgl:
    'This browser cannot draw the interactive map (WebGL is turned off or unsupported), so the map cannot pan or zoom. Everything else works: the places on this map, the list, their details and sources, the filters and links.',
} as const;
