/**
 * Generates a large, valid dataset for the scale bench: by default 3,000 places with 10 excerpts
 * each (30,000), in a folder shaped like the repository, so the loader reads it unchanged:
 *
 *   <out>/data/{sources,works,mechanisms,context}.yaml   copied from data/
 *   <out>/data/places/bench-0001.yaml …                  generated
 *   <out>/geo/provinces.geojson, neighbours.geojson      copied from geo/
 *   <out>/geo/pilots.geojson                             written from the generated places
 *
 * Every place passes src/lib/data/schema.ts and the loader's rules: it stands inside the province
 * it names (geo/provinces.geojson), each reported field has a supporting excerpt, disputed fields
 * have two, shares add up to 100. Every excerpt is a real passage of one of the seed documents
 * (data/sources/), so the verbatim check passes against the real documents.
 * The output is loaded with loadAtlasData() before the command succeeds.
 *
 *   npx tsx tests/bench/generate-places.ts [--places 3000] [--excerpts 10] [--seed 1] [--out DIR]
 *
 * Default DIR: node_modules/.cache/pilot-atlas-bench/places-<places> (outside git, Prettier and
 * ESLint). Then: npm run bench -- --data DIR
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { serializePilots } from '../../geo/pilotsFile.ts';
import { loadAtlasData } from '../../src/lib/data/load.ts';
import { normalizeText } from '../../src/lib/data/normalize.ts';
import { reportedFields } from '../../src/lib/data/rules.ts';
import { placeNames } from '../../src/lib/data/placeMentions.ts';
import { checkPlaceNumbers } from '../../src/lib/data/supportRules.ts';
import type { DataIssue } from '../../src/lib/data/errors.ts';
import {
  type Excerpt,
  LEVELS,
  type Mechanism,
  PLACE_FIELDS,
  type Place,
  STATUSES,
  type Source,
  type Work,
} from '../../src/lib/data/schema.ts';
import { sourceDocumentPath } from '../../src/lib/data/sourceDocuments.ts';

const repoRoot = resolve(import.meta.dirname, '../..');

/** mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Province = Feature<Polygon | MultiPolygon, { id: string; name_en: string }>;

const SYLLABLES = (
  'an bai bao bei cheng chang dong feng fu gao guang hai he heng hong hua huai ji jia jiang jin ' +
  'jing kai lan le li lian lin long lu luo mei ming nan ning ping pu qian qing quan rong shan ' +
  'shang shen shi shui song tai tang tian tong wan wei wu xi xia xiang xin xing yang yi ying yong ' +
  'yu yuan yun zhang zhao zhen zheng zhong zhou zhu'
).split(' ');
const HANZI = [
  ...'安白宝北城长东丰福高广海河衡红华淮吉嘉江金京开兰乐黎连林龙鹿罗梅明南宁平浦乾青泉荣山上深石水松泰唐天通万威武西夏湘新兴阳宜英永余元云张昭镇郑中州珠',
];
const ZH_SUFFIX: Record<string, string> = {
  province: '省',
  municipality: '市',
  'prefecture-level city': '市',
  'county-level city': '市',
  district: '区',
  county: '县',
  town: '镇',
  village: '村',
};

export interface GenerateOptions {
  places: number;
  excerptsPerPlace: number;
  seed: number;
  out: string;
}

export function generate({ places: count, excerptsPerPlace, seed, out }: GenerateOptions): {
  places: number;
  excerpts: number;
} {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const chance = (p: number) => rand() < p;
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));

  const dataDir = join(repoRoot, 'data');
  const readList = <T>(name: string) =>
    parse(readFileSync(join(dataDir, `${name}.yaml`), 'utf8')) as T[];
  const sources = readList<Source>('sources');
  const works = readList<Work>('works');
  const mechanisms = readList<Mechanism>('mechanisms');
  const provinces = (
    JSON.parse(
      readFileSync(join(repoRoot, 'geo', 'provinces.geojson'), 'utf8'),
    ) as FeatureCollection<Polygon | MultiPolygon, { id: string; name_en: string }>
  ).features as Province[];

  // Passages come from the seed documents, normalised as the verbatim check normalises them.
  const texts = sources.map((source) => ({
    source,
    text: normalizeText(readFileSync(join(repoRoot, sourceDocumentPath(source.id)), 'utf8')),
  }));

  function passage(): Pick<Excerpt, 'quote' | 'source' | 'via'> {
    const { source, text } = pick(texts);
    const length = int(60, 420);
    let start = int(0, Math.max(0, text.length - length));
    const space = text.indexOf(' ', start);
    start = space >= 0 && space - start < 40 ? space + 1 : start;
    let end = Math.min(text.length, start + length);
    const cut = text.lastIndexOf(' ', end);
    end = cut > start + 20 ? cut : end;
    const quote = text.slice(start, end).trim().slice(0, 600).trim();
    const viaWork = chance(0.1) ? works.find((w) => w.quotedIn.includes(source.id)) : undefined;
    return { quote, source: source.id, ...(viaWork ? { via: viaWork.id } : {}) };
  }

  /**
   * Every number a place shows must be given by a supporting passage, tied to the same thing
   * (supportRules.ts): the shares and start years come from the clauses of the seed documents
   * that give them, checked with the loader's own rule.
   */
  const clauses = texts.flatMap(({ source, text }) =>
    text
      .split(/[.;()]/)
      .map((clause) => clause.trim())
      .filter((clause) => clause.length >= 12 && /\d/.test(clause))
      .map((quote) => ({ quote, source: source.id })),
  );
  const gives = (quote: string, numbers: Pick<Place, 'shares' | 'startYear'>) => {
    const probe = {
      id: 'probe',
      name: { en: 'Probe', zh: null },
      scale: null,
      ...numbers,
      excerpts: [{ quote, source: 'probe', supports: ['shares.red', 'shares.black', 'startYear'] }],
    } as unknown as Place;
    const issues: DataIssue[] = [];
    checkPlaceNumbers(probe, placeNames([probe]), 'probe', issues);
    return issues.length === 0;
  };
  const shareClauses = clauses.flatMap(({ quote, source }) => {
    const percents = [...quote.matchAll(/(\d+)%/g)].map((m) => Number(m[1]));
    const options: { shares: Place['shares']; quote: string; source: string }[] = [];
    for (const red of [...percents, null])
      for (const black of [...percents, null]) {
        if (red === null && black === null) continue;
        if (red !== null && black !== null && red + black !== 100) continue;
        const shares = { red, black, of: null };
        if (gives(quote, { shares, startYear: null })) options.push({ shares, quote, source });
      }
    return options;
  });
  const yearClauses = clauses.flatMap(({ quote, source }) =>
    [...quote.matchAll(/\b(20[12]\d)\b/g)]
      .map((m) => Number(m[1]))
      .filter((year) => year <= 2023)
      .filter((year) =>
        gives(quote, { shares: { red: null, black: null, of: null }, startYear: year }),
      )
      .map((year) => ({ year, quote, source })),
  );
  if (!shareClauses.length || !yearClauses.length)
    throw new Error('generate-places: the seed documents give no shares or no years to use');

  function location(province: Province): { lon: number; lat: number } {
    const coords = (
      province.geometry.type === 'Polygon'
        ? province.geometry.coordinates
        : province.geometry.coordinates.flat()
    ).flat();
    const lons = coords.map((c) => c[0]!);
    const lats = coords.map((c) => c[1]!);
    const [w, e, s, n] = [
      Math.min(...lons),
      Math.max(...lons),
      Math.min(...lats),
      Math.max(...lats),
    ];
    for (let tries = 0; tries < 100_000; tries++) {
      const lon = Math.round((w + rand() * (e - w)) * 100) / 100;
      const lat = Math.round((s + rand() * (n - s)) * 100) / 100;
      if (booleanPointInPolygon([lon, lat], province)) return { lon, lat };
    }
    throw new Error(`no point found inside ${province.properties.id}`);
  }

  function place(index: number): Place {
    const number = String(index + 1).padStart(4, '0');
    const province = pick(provinces);
    const level = chance(0.08) ? null : pick(LEVELS);
    const en = `${pick(SYLLABLES)}${pick(SYLLABLES)}`.replace(/^./, (c) => c.toUpperCase());
    const zh = chance(0.1)
      ? null
      : `${pick(HANZI)}${pick(HANZI)}${chance(0.3) ? pick(HANZI) : ''}${ZH_SUFFIX[level ?? 'county']}`;
    // Scale bounds would need passages that give them as this place's points: not reported.
    const scale = null;
    const shared = chance(0.55) ? pick(shareClauses) : null;
    const shares = shared?.shares ?? { red: null, black: null, of: null };
    const dated = chance(0.5) ? pick(yearClauses) : null;
    const ids = mechanisms
      .map((m) => m.id)
      .filter(() => chance(0.25))
      .slice(0, 6);
    const draft: Place = {
      id: `bench-${number}`,
      name: { en: `${en} ${number}`, zh },
      level,
      province: province.properties.id,
      location: { ...location(province), precision: chance(0.7) ? 'stated' : 'inferred' },
      status: pick(STATUSES),
      startYear: dated?.year ?? null,
      scale,
      shares,
      mechanisms: ids,
      readings: {},
      disputes: chance(0.1) ? [{ field: 'status', note: 'The sources disagree (generated).' }] : [],
      excerpts: [],
    };
    // Each reported field needs an excerpt (a disputed one, two); the rest support any field.
    const needed = [...reportedFields(draft)];
    if (draft.disputes.length) needed.push('status');
    const known = [...PLACE_FIELDS, ...ids.map((m) => `mechanisms.${m}`)];
    const total = Math.max(excerptsPerPlace, Math.ceil(needed.length / 2));
    for (let i = 0; i < total; i++) {
      const supports = new Set<string>();
      if (i < needed.length) supports.add(needed[i]!);
      if (needed.length > total && needed[i + total]) supports.add(needed[i + total]!);
      if (!supports.size || chance(0.3)) supports.add(pick(known));
      draft.excerpts.push({ ...passage(), supports: [...supports] });
    }
    // The passages that give the numbers shown.
    if (shared)
      draft.excerpts.push({
        quote: shared.quote,
        source: shared.source,
        supports: [
          ...(shares.red !== null ? ['shares.red'] : []),
          ...(shares.black !== null ? ['shares.black'] : []),
        ],
      });
    if (dated)
      draft.excerpts.push({ quote: dated.quote, source: dated.source, supports: ['startYear'] });
    // A disputed field needs two excerpts of its own.
    for (const { field } of draft.disputes) {
      const lacking = draft.excerpts.filter((e) => !e.supports.includes(field));
      if (draft.excerpts.length - lacking.length < 2) lacking[0]!.supports.push(field);
    }
    return draft;
  }

  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'data', 'places'), { recursive: true });
  mkdirSync(join(out, 'geo'), { recursive: true });
  for (const name of ['sources', 'works', 'mechanisms', 'context'])
    copyFileSync(join(dataDir, `${name}.yaml`), join(out, 'data', `${name}.yaml`));
  cpSync(join(dataDir, 'sources'), join(out, 'data', 'sources'), { recursive: true });
  for (const name of ['provinces', 'neighbours'])
    copyFileSync(join(repoRoot, 'geo', `${name}.geojson`), join(out, 'geo', `${name}.geojson`));
  let excerpts = 0;
  for (let i = 0; i < count; i++) {
    const p = place(i);
    excerpts += p.excerpts.length;
    writeFileSync(
      join(out, 'data', 'places', `${p.id}.yaml`),
      stringify(p, { lineWidth: 100, minContentWidth: 40 }),
    );
  }

  // The loader is the judge: schema, rules, locations, and every excerpt against the seeds.
  const { data } = loadAtlasData({ root: out });
  writeFileSync(join(out, 'geo', 'pilots.geojson'), serializePilots(data.places));
  return { places: data.places.length, excerpts };
}

const invokedDirectly = process.argv[1] && resolve(process.argv[1]) === import.meta.filename;
if (invokedDirectly) {
  const { values } = parseArgs({
    options: {
      places: { type: 'string', default: '3000' },
      excerpts: { type: 'string', default: '10' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  const places = Number(values.places);
  const out = resolve(
    values.out ?? join(repoRoot, 'node_modules', '.cache', 'pilot-atlas-bench', `places-${places}`),
  );
  const started = Date.now();
  const result = generate({
    places,
    excerptsPerPlace: Number(values.excerpts),
    seed: Number(values.seed),
    out,
  });
  console.log(
    `generate-places: ${result.places} places, ${result.excerpts} excerpts, valid, in ` +
      `${relative(process.cwd(), out) || '.'} (${((Date.now() - started) / 1000).toFixed(1)} s)\n` +
      `generate-places: run the bench on it with: npm run bench -- --data ${relative(repoRoot, out)}`,
  );
}
