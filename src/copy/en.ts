/** Interface text, kept out of the components. */
/** The first `max` names, and how many more (a text alternative stays readable at 3,000 places). */
const namesUpTo = (places: readonly { name: { en: string } }[], max: number) =>
  places
    .slice(0, max)
    .map((p) => p.name.en)
    .join(', ') + (places.length > max ? ` and ${places.length - max} more` : '');

/** The basemap's data and its licence (geo/README.md), on the map and on every export alike. */
export const BASEMAP_CREDIT =
  'Basemap: Digital Chart of the World, GSHHG/WDBII (Wessel & Smith), via GMT (LGPL-3+).';

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
  credits: 'Credits',
  attribution: `${BASEMAP_CREDIT} Sources: see National context.`,
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
    loading: 'Loading the national context…',
    failed:
      'The national context could not be loaded (is the connection down?). Close it and open it again to retry.',
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
  /** The export dialog's own text is in export.ts, loaded with it. */
  export: { open: 'Export' },
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
