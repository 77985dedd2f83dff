import type { Viewport } from '../logic/listWindow';

/**
 * Where a windowed list stands in its scrolling container and in the window, and how tall its
 * rows are: what `visibleRange` needs. Its `follow` is attached to the list element
 * (`{@attach view.follow}`).
 */
export class ListViewport {
  /** Rows have one height, set in CSS and measured once one is drawn. */
  rowHeight = $state(52);
  viewport = $state<Viewport>({ offset: 0, height: 1200 });

  /** Rows that fit in view, less one: how far Page Up and Page Down move. */
  get page(): number {
    return Math.max(1, Math.floor(this.viewport.height / this.rowHeight) - 1);
  }

  follow = (list: HTMLElement): (() => void) => {
    let scroller: HTMLElement | null | undefined;
    const measure = () => {
      const area = scroller?.getBoundingClientRect();
      const top = Math.max(area?.top ?? 0, 0);
      const bottom = Math.min(area?.bottom ?? innerHeight, innerHeight);
      this.viewport = { offset: top - list.getBoundingClientRect().top, height: bottom - top };
      const row = list.querySelector('li');
      if (row) this.rowHeight = row.getBoundingClientRect().height || this.rowHeight;
    };
    // Resize observers report after layout, so nothing here forces the page to lay out early
    // (at load that would be before the first paint). The first report comes at once.
    const resized = new ResizeObserver(() => {
      if (scroller === undefined) {
        scroller = scrollerOf(list);
        (scroller ?? window).addEventListener('scroll', measure, { passive: true });
        if (scroller) resized.observe(scroller);
      }
      measure();
    });
    resized.observe(list);
    return () => {
      resized.disconnect();
      (scroller ?? window).removeEventListener('scroll', measure);
    };
  };
}

/** The nearest ancestor that scrolls vertically, or null for the window. */
function scrollerOf(element: HTMLElement): HTMLElement | null {
  for (let e = element.parentElement; e; e = e.parentElement)
    if (/auto|scroll/.test(getComputedStyle(e).overflowY)) return e;
  return null;
}
