import type { Page } from "playwright-core";

/** What sticks out of the pane: the page's own sideways scroll, and every visible element past either edge. */
export function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    const scroll = document.scrollingElement?.scrollWidth ?? 0;
    if (scroll > width) found.push(`the page scrolls sideways: ${scroll} px in ${width} px`);
    for (const element of Array.from(document.body.querySelectorAll("*"))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.left < -0.5 || box.right > width + 0.5) {
        const text = (element.textContent ?? "").trim().slice(0, 40);
        found.push(`${element.tagName.toLowerCase()} ${Math.round(box.left)}..${Math.round(box.right)}: ${text}`);
      }
    }
    return found;
  });
}
