import { join } from "node:path";
import { type Browser, type BrowserContextOptions, chromium, type Page } from "playwright-core";
import { ROOT } from "./built-pane";

/** Debian's Chromium, headless, with nothing of its own going to the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/** office.js loads its own telemetry frame from here a few seconds after the page, whatever the pane does. */
export const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com/";
const OFFICE_JS = join(ROOT, "node_modules/@microsoft/office-js/dist");

export interface PanePage {
  readonly page: Page;
  /** Every URL the page asked for. */
  readonly requests: string[];
  /** Content-Security-Policy violations the page reported. */
  readonly violations: string[];
  close(): Promise<void>;
}

/** A page of the built pane, with the Office CDN served from the @microsoft/office-js package. */
export async function openPane(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<PanePage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const requests: string[] = [];
  const violations: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.route(`${OFFICE_CDN}**`, (route) =>
    route.fulfill({ path: join(OFFICE_JS, new URL(route.request().url()).pathname.slice("/lib/1/hosted/".length)) }),
  );
  // Office's own telemetry stays in the test: refused, not sent.
  await page.route(`${OFFICE_TELEMETRY}**`, (route) => route.abort());
  await page.goto(url);
  return { page, requests, violations, close: () => context.close() };
}
