import { test, waitForMapIdle, withMap, projectPlace, getMapView } from './fixtures.ts';

test('scratch', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  console.log(JSON.stringify(await getMapView(page)));
  const info = await withMap(page, (map) => {
    const f = map.queryRenderedFeatures({ layers: ['pilots-symbol'] });
    const c = map.queryRenderedFeatures({ layers: ['pilots-circle'] });
    const first = f[0] as any;
    const cf = c[0] as any;
    return {
      n: f.length,
      keys: Object.keys(first ?? {}),
      layer: first?.layer,
      props: first?.properties,
      clayer: cf?.layer,
      gs: (map as any).getGlobalState?.(),
      ids: f.map((x: any) => x.properties.id),
    };
  });
  console.log(JSON.stringify(info, null, 1));
  for (const id of ['rongcheng', 'wuhan', 'shanghai-pudong', 'shanghai', 'jiangsu']) console.log(id, JSON.stringify(await projectPlace(page, id)));
  const tabs: string[] = [];
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    tabs.push(await page.evaluate(() => { const e = document.activeElement as HTMLElement; return `${e.tagName} ${e.getAttribute('type') ?? ''} ${e.textContent?.trim().slice(0, 20)} ${e.closest('[data-testid]')?.getAttribute('data-testid') ?? ''}`; }));
  }
  console.log(tabs.join('\n'));
});
