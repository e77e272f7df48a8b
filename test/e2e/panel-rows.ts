/**
 * The panel builds only the rows near its viewport (renderer/src/views/
 * panel-rows.ts): a test or benchmark that wants a particular row scrolls
 * the list until it exists, as a user would.
 */
import type { Page } from 'playwright-core';

export const LIST = 'ul[aria-label="Suggestions"]';

/**
 * Scrolls the panel's list down from the top, each time to the last row
 * built so far, until the row of `id` is built; false if it never is.
 */
export function revealRow(page: Page, id: string): Promise<boolean> {
  return page.evaluate(
    async ({ list: selector, id }) => {
      const list = document.querySelector<HTMLElement>(selector)!;
      const found = (): boolean => list.querySelector(`li[data-id="${CSS.escape(id)}"]`) !== null;
      // The list builds its rows on the scroll event, which comes with the next frame.
      const scrollTo = async (top: number): Promise<void> => {
        list.scrollTop = top;
        for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
      };
      if (found()) return true;
      await scrollTo(0);
      while (!found()) {
        const last = list.querySelector<HTMLElement>('li[data-id]:last-child');
        if (!last || last.getAttribute('aria-posinset') === last.getAttribute('aria-setsize')) return false;
        await scrollTo(last.offsetTop);
      }
      return true;
    },
    { list: LIST, id },
  );
}

/** Scrolls the panel's list to `top` and waits two frames, for the scroll event's re-render. */
export async function scrollList(page: Page, top: number): Promise<void> {
  await page.evaluate(
    async ({ selector, top }) => {
      document.querySelector(selector)!.scrollTop = top;
      for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    },
    { selector: LIST, top },
  );
}
