import type { DataIssue } from './errors.ts';
import { didYouMean, unknownId } from './messages.ts';
import type { Excerpt, Mechanism, Place, Source, Work } from './schema.ts';
import { PLACE_FIELDS } from './vocabulary.ts';

/** The fields of a place that hold a reported value, each of which needs a supporting excerpt. */
export function reportedFields(place: Place): string[] {
  const fields = ['status'];
  if (place.startYear !== null) fields.push('startYear');
  if (place.scale) {
    for (const key of ['min', 'max', 'base'] as const)
      if (place.scale[key] !== null) fields.push(`scale.${key}`);
    if (place.scale.tiers.length) fields.push('scale.tiers');
  }
  if (place.shares.red !== null) fields.push('shares.red');
  if (place.shares.black !== null) fields.push('shares.black');
  return [...fields, ...place.mechanisms.map((m) => `mechanisms.${m}`)];
}

export function excerptsFor(place: Place, field: string): Excerpt[] {
  return place.excerpts.filter((e) => e.supports.includes(field));
}

export function checkExcerptCitations(
  excerpts: Excerpt[],
  refs: { sources: Source[]; works: Work[]; refused?: ReadonlySet<string> },
  file: string,
  entry: string,
  issues: DataIssue[],
) {
  excerpts.forEach((excerpt, i) => {
    if (refs.refused?.has(excerpt.source)) return;
    if (!refs.sources.some((s) => s.id === excerpt.source)) {
      issues.push({
        file,
        entry,
        field: `excerpts[${i}].source`,
        message: unknownId(
          'source',
          excerpt.source,
          'data/sources.yaml',
          refs.sources.map((s) => s.id),
        ),
      });
    }
    if (excerpt.via === undefined) return;
    const work = refs.works.find((w) => w.id === excerpt.via);
    if (!work)
      issues.push({
        file,
        entry,
        field: `excerpts[${i}].via`,
        message: unknownId(
          'work',
          excerpt.via,
          'data/works.yaml',
          refs.works.map((w) => w.id),
        ),
      });
    else if (!work.quotedIn.includes(excerpt.source))
      issues.push({
        file,
        entry,
        field: `excerpts[${i}].via`,
        message:
          `work "${work.id}" is not quoted in source "${excerpt.source}"; ` +
          `expected one of the sources in its quotedIn (${work.quotedIn.join(', ')})`,
      });
  });
}

export function checkPlaceRules(
  place: Place,
  mechanisms: Mechanism[],
  file: string,
  issues: DataIssue[],
) {
  const add = (field: string, message: string) =>
    issues.push({ file, entry: place.id, field, message });
  const mechanismIds = mechanisms.map((m) => m.id);
  place.mechanisms.forEach((id, i) => {
    if (!mechanismIds.includes(id))
      add(`mechanisms[${i}]`, unknownId('mechanism', id, 'data/mechanisms.yaml', mechanismIds));
    else if (place.mechanisms.indexOf(id) < i)
      add(`mechanisms[${i}]`, `"${id}" is listed twice; expected each mechanism once`);
  });
  const known = new Set<string>([
    ...PLACE_FIELDS,
    ...place.mechanisms.map((m) => `mechanisms.${m}`),
  ]);
  place.excerpts.forEach((excerpt, i) => {
    excerpt.supports.forEach((field, j) => {
      if (!known.has(field))
        add(
          `excerpts[${i}].supports[${j}]`,
          `"${field}" is not a field of this place; expected one of ${[...known].join(', ')}` +
            didYouMean(field, [...known]),
        );
    });
  });
  const readable = new Set([...known, 'level', 'province', 'name.zh']);
  for (const field of Object.keys(place.readings))
    if (!readable.has(field))
      add(
        `readings.${field}`,
        `"${field}" is not a field of this place that can be read; expected one of ` +
          `${[...readable].join(', ')}${didYouMean(field, [...readable])}`,
      );
  for (const field of reportedFields(place)) {
    if (!excerptsFor(place, field).length)
      add(field, 'no excerpt supports this value (add one, or set it to null)');
  }
  place.disputes.forEach((dispute, i) => {
    if (!known.has(dispute.field))
      add(
        `disputes[${i}].field`,
        `"${dispute.field}" is not a field of this place; expected one of ${[...known].join(', ')}`,
      );
    else if (excerptsFor(place, dispute.field).length < 2)
      add(
        `disputes[${i}]`,
        `a disputed field needs at least two excerpts supporting "${dispute.field}", ` +
          `one for each side; found ${excerptsFor(place, dispute.field).length}`,
      );
  });
  const { red, black } = place.shares;
  if (red !== null && black !== null && red + black !== 100)
    add('shares', `red (${red}) and black (${black}) shares must add up to 100`);
  place.scale?.tiers.forEach((tier, i) => {
    if (tier.min !== null && tier.max !== null && tier.min > tier.max)
      add(
        `scale.tiers[${i}]`,
        `tier "${tier.name}" runs from ${tier.min} down to ${tier.max}; expected min at most max`,
      );
  });
  if (
    place.scale &&
    place.scale.min !== null &&
    place.scale.max !== null &&
    place.scale.min >= place.scale.max
  )
    add('scale', `min (${place.scale.min}) must be below max (${place.scale.max})`);
}
