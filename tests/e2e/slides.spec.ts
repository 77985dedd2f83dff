/**
 * Slides and print: the 1920 × 1080 slide names every place at projector sizes and carries its
 * font; the printed page keeps blocks whole and leaves the form controls out.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, waitForMapIdle } from './fixtures.ts';
import { exportAndMeasure, openExportDialog, save } from './export-helpers.ts';

const PLACE_NAMES = [
  'Rongcheng',
  'Wuhan',
  'Shanghai Pudong',
  'Jiangsu',
  'Suining County',
  'Dongdao Lu Jia',
  'Teng Jia',
  'Anqing',
  'Zhongshan',
  'Beijing',
  'Shanghai',
  'Shanxi',
];

/** The text of each page of a PDF (pdftotext), or null without poppler-utils. */
function pdfPages(file: string): string[] | null {
  try {
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
  } catch {
    return null;
  }
}

interface PdfWord {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
}

/** The words of each page of a PDF with their boxes in pt (pdftotext -bbox), and the page widths. */
function pdfWords(file: string): { width: number; words: PdfWord[] }[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return html
    .split('<page ')
    .slice(1)
    .map((page) => ({
      width: Number(/width="([\d.]+)"/.exec(page)![1]),
      words: [
        ...page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g,
        ),
      ].map(([, xMin, yMin, xMax, text]) => ({
        text: text!,
        xMin: Number(xMin),
        xMax: Number(xMax),
        yMin: Number(yMin),
      })),
    }));
}

/** Each image in a PDF: its width in pixels and its resolution on the page (pdfimages -list). */
function pdfImages(file: string): { page: number; width: number; ppi: number }[] {
  const list = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
  return list
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[2] === 'image')
    .map((cols) => ({ page: Number(cols[0]), width: Number(cols[3]), ppi: Number(cols[12]) }));
}

interface SvgReport {
  svg: string;
  parseError: string | null;
  labels: string;
  allText: string;
  legend: string;
  /** The elements of the labels group: one per label, <text> or (text as paths) <path>. */
  labelElements: { tag: string; id: string; name: string }[];
  texts: number;
  sizes: { text: string; size: number; bold: boolean; group: string }[];
  fontFaces: number;
  dataUrls: number;
}

function exportSvgReport(page: Page, textAsPaths = false): Promise<SvgReport> {
  return page.evaluate(async (textAsPaths) => {
    type Hook = (o: object) => Promise<{ svg: string }>;
    const hook = (window as unknown as { pilotAtlas: { exportSvg: Hook } }).pilotAtlas.exportSvg;
    const { svg } = await hook({
      width: 1920,
      height: 1080,
      scale: 1,
      title: 'Slide',
      textAsPaths,
    });
    // Parsed without its <style>: the page's CSP refuses inline styles, even in a parsed document.
    const style = /<style>([\s\S]*?)<\/style>/.exec(svg)?.[1] ?? '';
    const doc = new DOMParser().parseFromString(
      svg.replace(/<style>[\s\S]*?<\/style>/, ''),
      'image/svg+xml',
    );
    return {
      svg,
      parseError: doc.querySelector('parsererror')?.textContent ?? null,
      labels: doc.querySelector('#labels')?.textContent ?? '',
      allText: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' | '),
      // Each text's words: its content, or the aria-label of its path.
      legend: [...(doc.querySelector('#legend')?.children ?? [])]
        .map((e) => e.getAttribute('aria-label') ?? e.textContent ?? '')
        .filter((words) => words.trim())
        .join(' | '),
      labelElements: [...(doc.querySelector('#labels')?.children ?? [])].map((e) => ({
        tag: e.tagName,
        id: e.getAttribute('data-id') ?? '',
        name: e.getAttribute('aria-label') ?? e.textContent ?? '',
      })),
      texts: doc.querySelectorAll('text').length,
      sizes: [...doc.querySelectorAll('text')].map((t) => ({
        text: t.textContent ?? '',
        size: Number(t.getAttribute('font-size')),
        bold: t.getAttribute('font-weight') === 'bold',
        group: t.closest('g')?.id ?? '',
      })),
      fontFaces: (style.match(/@font-face/g) ?? []).length,
      dataUrls: (style.match(/url\(data:font\/woff2;base64,/g) ?? []).length,
    };
  }, textAsPaths);
}

test.describe('the 1920 × 1080 slide', () => {
  test('names every place', async ({ page }) => {
    test.setTimeout(90_000);
    await openExportDialog(page, '/');
    const report = await exportSvgReport(page);
    for (const name of PLACE_NAMES) expect(report.allText, `${name} named`).toContain(name);
  });

  test('sets no text under 24 px (the title 48 px) and carries its font', async ({ page }) => {
    test.setTimeout(90_000);
    await openExportDialog(page, '/');
    const report = await exportSvgReport(page);
    save('slide-1920x1080.svg', report.svg);
    expect(report.parseError).toBeNull();
    expect(report.labels).toContain('Rongcheng');
    const title = report.sizes.find((s) => s.group === 'title' && s.bold)!;
    expect(title.text).toBe('Slide');
    expect(title.size).toBeGreaterThanOrEqual(48);
    const small = report.sizes.filter((s) => s.size < 24).map((s) => `${s.size}px ${s.text}`);
    expect(small, 'texts under 24 px').toEqual([]);
    // Latin and Chinese text of the atlas: its own subset, regular and bold, and nothing else.
    expect(report.fontFaces).toBe(2);
    expect(report.dataUrls).toBe(report.fontFaces);
  });

  test('has a legend for status and location precision, as the map draws them', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await openExportDialog(page, '/');
    const { legend } = await exportSvgReport(page);
    // All places: Shanxi (not a pilot), Anqing (mentioned), the local systems, inferred locations.
    for (const entry of [
      'Status in the sources',
      'Pilot',
      'Local system',
      'Mentioned only',
      'Not a pilot',
      'Location',
      'Stated by a source',
      'Inferred (our reading)',
    ])
      expect(legend, entry).toContain(entry);
  });

  test('with text as paths: no <text>, no embedded font, and every label still drawn and named', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await openExportDialog(page, '/');
    const text = await exportSvgReport(page);
    const paths = await exportSvgReport(page, true);
    save('slide-1920x1080-paths.svg', paths.svg);
    expect(paths.parseError).toBeNull();
    expect(paths.texts, '<text> elements').toBe(0);
    expect(paths.fontFaces, '@font-face rules').toBe(0);
    // The same labels, each now one path, named by its aria-label.
    expect(paths.labelElements.map((e) => e.id)).toEqual(text.labelElements.map((e) => e.id));
    expect(new Set(paths.labelElements.map((e) => e.tag))).toEqual(new Set(['path']));
    const names = paths.labelElements.map((e) => e.name).join(' | ');
    for (const name of PLACE_NAMES) expect(names, `${name} named`).toContain(name);
    expect(paths.legend).toContain('Not a pilot');
  });

  test('the dialog downloads an SVG with its text as paths when asked', async ({ page }) => {
    test.setTimeout(90_000);
    await openExportDialog(page, '/');
    await page.getByRole('checkbox', { name: /SVG text as paths/ }).check();
    await page.screenshot({ path: test.info().outputPath('dialog.png') });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download SVG' }).click();
    const svg = readFileSync(await (await download).path(), 'utf8');
    expect(svg).not.toContain('<text');
    expect(svg).not.toContain('@font-face');
    expect(svg).toContain('aria-label="Rongcheng 荣成市"');
  });

  test('"All places" fills the map with the land the places are in, not the sea', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await openExportDialog(page, '/');
    await expect(page.getByRole('radio', { name: 'All places' })).toBeChecked();
    const report = await exportAndMeasure(page, {
      width: 1920,
      height: 1080,
      scale: 1,
      title: 'Slide',
    });
    save('slide-all-1920x1080.png', report.base64, 'base64');
    expect(report.visible.length, 'places on the slide').toBe(PLACE_NAMES.length);
    expect(report.mapShares.sea, 'share of the map in sea').toBeLessThan(0.25);
    expect(report.mapShares.provinceFill, 'share of the map in China').toBeGreaterThan(0.5);
  });

  test('frames the selected place in context with its quotation on one line or left out', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await openExportDialog(page, '/?place=wuhan');
    await expect(page.getByRole('radio', { name: 'Selected place in context' })).toBeChecked();
    const report = await exportSvgReport(page);
    save('slide-wuhan.svg', report.svg);
    const quote = report.sizes.find((s) => s.text.startsWith('"'));
    expect(quote, 'a quotation').toBeDefined();
    expect(quote!.text.endsWith('"'), 'the quotation whole, on one line').toBe(true);
    expect(report.labels).toContain('Wuhan');
  });
});

test.describe('print', () => {
  test('frames the map to the page, keeps the scale bar whole and hides form controls', async ({
    page,
  }, testInfo) => {
    test.setTimeout(90_000);
    await page.goto('/?place=rongcheng');
    await waitForMapIdle(page);
    // The snapshot is taken on `beforeprint`, as the browser's Print does.
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() => {
      const display = (selector: string) =>
        [...document.querySelectorAll(selector)].map((e) => getComputedStyle(e).display);
      const img = document.querySelector<HTMLImageElement>('.print-snapshot');
      return {
        compare: display('[data-testid="compare-select"]'),
        buttons: display('button:not(.chip)'),
        inputs: display('input, select'),
        snapshot: img && {
          width: img.naturalWidth / devicePixelRatio,
          shown: getComputedStyle(img).display,
        },
      };
    });
    expect(styles.compare.length, 'the "Compare with" picker exists').toBeGreaterThan(0);
    expect(new Set([...styles.compare, ...styles.buttons, ...styles.inputs])).toEqual(
      new Set(['none']),
    );
    expect(styles.snapshot?.shown).toBe('block');
    expect(styles.snapshot?.width, 'the snapshot in pixels').toBeGreaterThanOrEqual(800);

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const file = testInfo.outputPath('print.pdf');
    writeFileSync(file, pdf);
    save('print.pdf', pdf);
    const pages = pdfPages(file);
    test.skip(pages === null, 'pdftotext (poppler-utils) is not installed');
    // Rongcheng's scoring scale: its summary, bar, axis and tiers on one page.
    const scalePages = pages!.filter((text) => /base 1,000/.test(text));
    expect(scalePages, 'one page with the scale summary').toHaveLength(1);
    // The bar's tier names, on the page of its summary and its tier list.
    for (const name of ['D', 'C', 'B', 'A+, A, A-', 'AAA, AA'])
      expect(scalePages[0]!.split(/\s{2,}|\n/).map((s) => s.trim())).toContain(name);
    expect(scalePages[0]).toContain('D 0–599');
    expect(scalePages[0]).toContain('1050 or more');
    expect(pages!.join('\n')).not.toContain('Compare with');

    // Every boundary on the axis, under its boundary on the bar as wide as the page prints it:
    // each label's middle as far along as its value (the scale starts at 0), 1050 near the end.
    const sheet = pdfWords(file).find((p) => p.words.some((w) => w.text === '1,000'))!;
    const summary = sheet.words.findIndex((w) => w.text === '1,000');
    const zero = sheet.words.slice(summary).find((w) => w.text === '0')!;
    const tick = (value: number) =>
      sheet.words.find(
        (w) => w.text === String(value) && w.yMin >= zero.yMin && w.yMin < zero.yMin + 20,
      );
    const middles = [600, 850, 960, 1050].map((value) => {
      const word = tick(value);
      expect(word, `the axis label ${value}`).toBeDefined();
      return { value, along: (word!.xMin + word!.xMax) / 2 - zero.xMin };
    });
    const last = middles.at(-1)!;
    for (const { value, along } of middles)
      expect(along / last.along, `${value} along the axis`).toBeCloseTo(value / last.value, 1);
    const column = sheet.width - 2 * (12 / 25.4) * 72 - (zero.xMin - (12 / 25.4) * 72);
    expect(last.along / column, '1050 near the end of the printed bar').toBeGreaterThan(0.75);

    // On portrait and landscape paper, the first page holds the map with its legend; the map,
    // 800 CSS px of 12.5 px labels, is printed wide enough for labels of 8 pt or more.
    const landscape = testInfo.outputPath('print-landscape.pdf');
    writeFileSync(
      landscape,
      await page.pdf({ format: 'A4', landscape: true, printBackground: true }),
    );
    for (const printed of [file, landscape]) {
      const image = pdfImages(printed).sort((a, b) => b.width - a.width)[0]!;
      expect(image.page, `${printed}: the map on the first page`).toBe(1);
      const first = pdfPages(printed)![0]!;
      for (const entry of ['Pilot: plain marker', 'Inferred by the atlas'])
        expect(first, `${printed}: the legend beside the map`).toContain(entry);
      const printedPt = (image.width / image.ppi) * 72;
      expect((12.5 * printedPt) / 800, 'label size in pt').toBeGreaterThanOrEqual(8);
    }
  });
});
