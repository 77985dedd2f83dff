/** Interface text, kept out of the components. */
/** The first `max` names, and how many more (a text alternative stays readable at 3,000 places). */
const namesUpTo = (places: readonly { name: { en: string } }[], max: number) =>
  places
    .slice(0, max)
    .map((p) => p.name.en)
    .join(', ') + (places.length > max ? ` and ${places.length - max} more` : '');

export const copy = {
  title: 'Pilot Atlas',
  subtitle:
    "Regional pilots of China's social credit system, with a source excerpt behind every reported value",
  notReported: 'not reported',
  dataFailed:
    'The atlas could not load its data (is the connection down?). Reload the page to try again.',
  sourcesDisagree: 'Sources disagree',
  legend: {
    title: 'Legend',
    show: 'Show legend',
    hide: 'Hide legend',
    emphasis: 'Red list vs black list emphasis',
    red: 'Mostly red list (rewards), labelled “red list %”',
    black: 'Mostly black list (sanctions), labelled “black list %”',
    even: 'Even red and black list shares',
    notReported: 'Shares not reported',
    status: 'Status in the sources',
    pilot: 'Pilot: plain marker',
    localSystem: 'Local system: white centre dot',
    mentioned: 'Mentioned only: hollow marker',
    notPilot: 'Not a pilot: grey, hollow, crossed',
    precision: 'Location',
    stated: 'Stated by a source',
    inferred: 'Inferred by the atlas (a reading): outer ring',
    size: 'Marker size: administrative level (province largest, village smallest)',
    tint: 'Tinted province: a province-level system in the dataset',
    leader: 'A line joins a label moved aside to its place',
    dimmed: 'Faded: does not match the filters',
  },
  mapControls: {
    label: 'Map view',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    whole: 'Whole map',
  },
  attribution:
    'Basemap: Digital Chart of the World, GSHHG/WDBII (Wessel & Smith), via GMT (LGPL-3+). Sources: see National context.',
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
    locationStated: 'as the sources name it',
    reading: 'our reading',
    readingHint: 'The atlas’s reading, not a statement of the documents',
    readings: 'Our readings',
    sharesOf: (what: string) => `Shares of ${what}, as the document says.`,
    sharesOfUnknown: 'The document does not say what these are shares of.',
    tiersNotReported: 'tiers not reported',
    tierBoundaries: 'Tier boundaries (points)',
    excerpt: 'Excerpt',
    compareTitle: 'Compare',
    closeCompare: 'Close comparison',
  },
  context: {
    open: 'National context',
    title: 'National context',
    sources: 'Sources',
    groups: {
      timeline: 'Timeline',
      'who-where': 'Who and where',
      mechanisms: 'National mechanisms',
      disputes: 'Disputes between documents',
    },
    year: (year: number) => `${year}`,
    descriptiveTitle: 'descriptive title',
  },
  /** Evidence headings, in readers' words (mechanisms are headed by their own labels). */
  evidenceWords: {
    topics: {
      status: 'Status',
      startYear: 'Start year',
      scale: 'Scoring scale',
      shares: 'Red-list and black-list shares',
      level: 'Level',
      province: 'Province',
      location: 'Location',
      other: 'Other',
    } as Record<string, string>,
    redShare: 'Red-list share',
    blackShare: 'Black-list share',
  },
  /** Phones and tablets: the compact header's menu and the bottom sheets. */
  layout: {
    menu: 'Menu',
    listSheet: 'Places and filters',
    panelSheet: 'Place details',
    snap: { peek: 'folded', half: 'half open', full: 'fully open' } as Record<string, string>,
    /** The sheet handle's accessible name: what it is, how far open, what a tap does. */
    handle: (sheet: string, snap: string, next: string) =>
      `${sheet}: ${snap}. Press to make it ${next}; drag to resize.`,
  },
  present: {
    open: 'Present',
    previous: 'Previous',
    next: 'Next',
    leave: 'Leave presentation',
    hint: '← → or swipe to move · Esc to leave',
    key: 'Key',
    keyRed: 'mostly red list',
    keyBlack: 'mostly black list',
    keyNone: 'shares not reported',
    disagreeOn: (field: string) => `Sources disagree on: ${field}`,
  },
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
    checking: (file: string, done: number, total: number) =>
      total
        ? `Checking ${file}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} entries…`
        : `Reading ${file}…`,
    cancel: 'Cancel',
    rejected: (total: number, shown: number) =>
      total === 1
        ? 'Nothing was added. The file has this problem:'
        : total > shown
          ? `Nothing was added. The file has ${total.toLocaleString('en')} problems; the first ${shown}:`
          : `Nothing was added. The file has these ${total} problems:`,
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
