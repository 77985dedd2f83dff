import { describe, expect, it } from 'vitest';
import { copy } from '../../src/copy/en';
import type { ContextFact, Place } from '../../src/lib/data/schema';
import { validateData } from '../../src/lib/data/validate';
import { CONTEXT_GROUPS } from '../../src/lib/data/schema';
import { CONTEXT_GROUP_ORDER, groupContext } from '../../src/lib/logic/context';
import {
  groupEvidence,
  placeReadings,
  sharesOfText,
  topicLabel,
  topicOf,
} from '../../src/lib/logic/evidence';
import { highlightSegments } from '../../src/lib/logic/highlight';
import {
  anchoredLeft,
  LAYOUT_MAX_PX,
  layoutScale,
  placeFlags,
  placeLabels,
  tierBoundaries,
  tierSteps,
} from '../../src/lib/logic/scale';
import { realRawData } from './helpers';

const { data } = validateData(realRawData());
const place = (id: string) => data.places.find((p) => p.id === id)!;
const words = copy.evidenceWords;
const shareWords = { of: copy.panel.sharesOf, unknown: copy.panel.sharesOfUnknown };

describe('evidence headings in readers’ words', () => {
  it.each([
    ['status', ['status'], 'Status'],
    ['startYear', ['startYear'], 'Start year'],
    ['scale', ['scale.min', 'scale.max'], 'Scoring scale'],
    ['scale', ['scale.tiers'], 'Scoring scale'],
    ['shares', ['shares.red', 'shares.black'], 'Red-list and black-list shares'],
    ['shares', ['shares.red'], 'Red-list share'],
    ['shares', ['shares.black'], 'Black-list share'],
    ['mechanisms.letter-grades', ['mechanisms.letter-grades'], 'Letter-grade tiers'],
    ['mechanisms.red-list', ['mechanisms.red-list'], 'Red list'],
  ])('heads %s (%j) "%s"', (topic, fields, label) => {
    expect(topicLabel(topic, fields, data.mechanisms, words)).toBe(label);
  });

  it.each([
    ['scale.min', 'scale'],
    ['shares.black', 'shares'],
    ['mechanisms.point-score', 'mechanisms.point-score'],
    ['startYear', 'startYear'],
  ])('files %s under %s', (field, topic) => {
    expect(topicOf(field)).toBe(topic);
  });

  it('never heads evidence with a field name, for any place', () => {
    for (const p of data.places)
      for (const g of groupEvidence(p, data.mechanisms, words)) {
        expect(g.label, `${p.id} ${g.topic}`).not.toMatch(/\.|minimum|maximum|^[a-z]/);
      }
  });

  it("puts Wuhan's 0-100 passage under one scale heading, and its shares under one", () => {
    const labels = groupEvidence(place('wuhan'), data.mechanisms, words).map((g) => g.label);
    expect(labels.filter((l) => l === 'Scoring scale')).toHaveLength(1);
    expect(labels).toContain('Red-list and black-list shares');
  });
});

describe('what a share is a share of', () => {
  const shares = (
    red: number | null,
    black: number | null,
    of: string | null,
  ): Place['shares'] => ({
    red,
    black,
    of,
  });
  it.each([
    [shares(72, 28, 'the people listed'), 'Shares of the people listed, as the document says.'],
    [shares(72, 28, null), 'The document does not say what these are shares of.'],
    [shares(25, null, null), 'The document does not say what these are shares of.'],
    [shares(null, null, null), null],
  ])('%j → %s', (value, text) => {
    expect(sharesOfText(value, shareWords)).toBe(text);
  });
});

describe('our readings', () => {
  it('reads an inferred location as a reading, with its note as the reason', () => {
    const reading = placeReadings(place('suining-county')).find((r) => r.field === 'location');
    expect(reading!.reason).toContain('does not name the province');
  });

  it('lists the readings of the data, and no location reading for a stated place', () => {
    const wuhan = { ...place('wuhan'), readings: { status: 'the passage implies it' } };
    expect(placeReadings(wuhan)).toEqual([{ field: 'status', reason: 'the passage implies it' }]);
  });

  it('shows a reading of a reported field beside its evidence', () => {
    const wuhan = { ...place('wuhan'), readings: { 'mechanisms.red-list': 'a vague phrase' } };
    const group = groupEvidence(wuhan, data.mechanisms, words).find(
      (g) => g.topic === 'mechanisms.red-list',
    );
    expect(group?.readings).toEqual(['a vague phrase']);
  });
});

describe('highlightSegments', () => {
  const marked = (text: string, query: string) =>
    highlightSegments(text, query)
      .map((s) => (s.match ? `[${s.text}]` : s.text))
      .join('');
  it.each([
    ['Wuhan’s red list is 72%', 'red list', 'Wuhan’s [red list] is 72%'],
    ['Wuhan’s red list is 72%', 'WUHAN', '[Wuhan]’s red list is 72%'],
    ['Wuhan’s red list', "wuhan's", '[Wuhan’s] red list'],
    ['a  red\n list', 'red list', 'a  [red\n list]'],
    ['red and red', 'red', '[red] and [red]'],
    ['no match here', 'blue', 'no match here'],
    ['anything', '   ', 'anything'],
    ['1,000 “points”', '"points"', '1,000 [“points”]'],
    ['荣成市的信用', '信用', '荣成市的[信用]'],
  ])('%j searched for %j → %j', (text, query, expected) => {
    expect(marked(text, query)).toBe(expected);
  });

  it('gives back the text, whole, in its parts', () => {
    const text = 'Each citizen starts with an A rating and a capital of 1,000 points.';
    for (const query of ['a', 'points', 'A rating', 'x'])
      expect(
        highlightSegments(text, query)
          .map((s) => s.text)
          .join(''),
      ).toBe(text);
  });
});

describe('the scoring scale bar', () => {
  it("marks Rongcheng's tier boundaries at 600, 850, 960 and 1050, in order along the bar", () => {
    const scale = place('rongcheng').scale!;
    const ticks = tierBoundaries(layoutScale(scale)!, scale);
    expect(ticks.map((t) => t.value)).toEqual([600, 850, 960, 1050]);
    const positions = ticks.map((t) => t.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(positions.every((p) => p > 0 && p < 1)).toBe(true);
  });

  it.each([
    [
      'tiers sharing a bound',
      [
        { name: 'low', min: 0, max: 50 },
        { name: 'high', min: 50, max: 100 },
      ],
      [50],
    ],
    ['one tier from the bottom', [{ name: 'all', min: 0, max: 100 }], []],
    ['a tier with no lower bound', [{ name: 'x', min: null, max: 40 }], []],
  ])('%s', (_, tiers, boundaries) => {
    const scale = { min: 0, max: 100, base: null, tiers };
    expect(tierBoundaries(layoutScale(scale)!, scale).map((t) => t.value)).toEqual(boundaries);
  });

  it.each([
    [1, [2]],
    [2, [0, 4]],
    [3, [0, 2, 4]],
    [5, [0, 1, 2, 3, 4]],
  ])('%i tiers take lightness steps %j', (count, steps) => {
    expect(tierSteps(count)).toEqual(steps);
  });

  it.each([
    ['apart', [10, 100, 200], [0, 0, 0]],
    ['crowded', [100, 110, 120], [0, 1, 2]],
    ['crowded then apart', [100, 110, 300], [0, 1, 0]],
  ])('stacks labels %s into rows', (_, centers, rows) => {
    const placed = placeLabels(
      centers.map((center) => ({ center, width: 20 })),
      400,
    );
    expect(placed.map((p) => p.row)).toEqual(rows);
  });

  // The page prints the panel's bar wider than the screen drew it, without laying it out again.
  it.each([383, 320, 900])(
    "keeps Rongcheng's boundary labels apart and inside the bar, placed at %i px, on any wider bar",
    (screenWidth) => {
      const scale = place('rongcheng').scale!;
      const layout = layoutScale(scale)!;
      const ticks = [{ value: 0, position: 0 }, ...tierBoundaries(layout, scale)];
      const width = Math.min(screenWidth, LAYOUT_MAX_PX);
      const sizes = ticks.map((t) => String(t.value).length * 8);
      const placed = placeLabels(
        ticks.map((t, i) => ({ center: t.position * width, width: sizes[i]! })),
        width,
      );
      const css = placed.map((p, i) => anchoredLeft(ticks[i]!.position, p.left, width));
      for (const printed of [width, 680, 1248]) {
        const lefts = css.map((c) => {
          const [, percent, px] = /^calc\(([\d.]+)% \+ (-?[\d.]+)px\)$/.exec(c)!;
          return (Number(percent) / 100) * printed + Number(px);
        });
        for (const [i, left] of lefts.entries()) {
          expect(left, `${ticks[i]!.value} at ${printed} px`).toBeGreaterThanOrEqual(-0.01);
          expect(left + sizes[i]!).toBeLessThanOrEqual(printed + 0.01);
          // Each label stays on its own boundary: its point lies under the label.
          const at = ticks[i]!.position * printed;
          expect(at >= left - 0.01 && at <= left + sizes[i]! + 0.01).toBe(true);
          for (let j = 0; j < i; j++)
            if (placed[j]!.row === placed[i]!.row)
              expect(left, `${ticks[i]!.value} clears ${ticks[j]!.value}`).toBeGreaterThanOrEqual(
                lefts[j]! + sizes[j]!,
              );
        }
      }
    },
  );

  it('keeps labels inside the bar', () => {
    const placed = placeLabels(
      [
        { center: 0, width: 30 },
        { center: 400, width: 30 },
      ],
      400,
    );
    expect(placed.map((p) => p.left)).toEqual([0, 370]);
  });
});

describe('the national context', () => {
  const fact = (id: string, group: ContextFact['group'], year: number | null): ContextFact => ({
    id,
    group,
    year,
    label: id,
    value: id,
    disputed: false,
    excerpts: [],
  });
  it('groups facts in the panel order, the timeline by year, leaving out empty groups', () => {
    const groups = groupContext([
      fact('b', 'disputes', null),
      fact('late', 'timeline', 2022),
      fact('who', 'who-where', null),
      fact('early', 'timeline', 2014),
      fact('undated', 'timeline', null),
    ]);
    expect(groups.map((g) => [g.group, g.facts.map((f) => f.id)])).toEqual([
      ['timeline', ['early', 'late', 'undated']],
      ['who-where', ['who']],
      ['disputes', ['b']],
    ]);
  });

  it('orders every group of the schema, once', () => {
    expect([...CONTEXT_GROUP_ORDER].sort()).toEqual([...CONTEXT_GROUPS].sort());
  });

  it('files every fact of the atlas in a group', () => {
    const grouped = groupContext(data.context).flatMap((g) => g.facts);
    expect(grouped).toHaveLength(data.context.length);
  });
});

describe('tier names above the bar', () => {
  const overlaps = (a: { left: number; right: number }, b: { left: number; right: number }) =>
    a.left < b.right && b.left < a.right;
  it.each([
    ['Rongcheng at 384 px', [337, 370], [73, 58], 384],
    ['three crowded at the right end', [300, 320, 340], [60, 60, 60], 360],
    ['one at the left edge', [5, 200], [50, 50], 300],
  ])('%s: no label overlaps another, no leader crosses a label', (_, ats, widths, width) => {
    const flags = placeFlags(
      ats.map((at, i) => ({ at, width: widths[i]! })),
      width,
    );
    const boxes = flags.map((f, i) => ({ ...f, right: f.left + widths[i]! }));
    for (const [i, a] of boxes.entries()) {
      expect(a.left).toBeGreaterThanOrEqual(0);
      expect(a.right).toBeLessThanOrEqual(width);
      expect(a.at === a.left || a.at === a.right, 'its line runs down one side of it').toBe(true);
      for (const [j, b] of boxes.entries()) {
        if (i === j) continue;
        if (a.row === b.row) expect(overlaps(a, b), `labels ${i} and ${j}`).toBe(false);
        // a's leader runs from the bar up to a's row: it must not cross b if b sits lower.
        if (b.row < a.row)
          expect(a.at > b.left && a.at < b.right, `leader ${i} crosses ${j}`).toBe(false);
      }
    }
  });
});
