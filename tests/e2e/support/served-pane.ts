import type { Browser, BrowserContextOptions } from "playwright-core";
import { launchChromium, openPane, type PanePage } from "./browser";
import { builtPane } from "./built-pane";
import { type Served, serveDist } from "./serve-dist";

export interface ServedPane {
  /** The page's origin: the add-in's own, as in production. */
  readonly origin: () => string;
  /** The built pane in a fresh browser context. */
  readonly open: (options?: BrowserContextOptions) => Promise<PanePage>;
}

/** The built pane served on a local port and Chromium started, for the test file that calls it, and stopped after. */
export function servedPane(): ServedPane {
  let browser: Browser | undefined;
  let served: Served | undefined;
  beforeAll(async () => {
    served = await serveDist(await builtPane());
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });
  const started = () => {
    if (!browser || !served) throw new Error("the pane is served in beforeAll");
    return { browser, served };
  };
  return {
    origin: () => started().served.origin,
    open: (options) => {
      const { browser: chromium, served: site } = started();
      return openPane(chromium, `${site.origin}/taskpane.html`, options);
    },
  };
}
