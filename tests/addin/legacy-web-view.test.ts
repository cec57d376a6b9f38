// The legacy check is ES5 for Internet Explorer, plain JavaScript: loaded here as a module.
import { isLegacyWebView } from "../../addin/legacy-web-view.js";

describe("the legacy web view check", () => {
  it.each([
    [
      "Internet Explorer 11 (Office 2016)",
      "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; rv:11.0) like Gecko",
    ],
    [
      "EdgeHTML (Office 2019)",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.17763",
    ],
  ])("finds %s", (_, userAgent) => {
    expect(isLegacyWebView(userAgent)).toBe(true);
  });

  it.each([
    [
      "WebView2 (Microsoft 365)",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91",
    ],
    [
      "Safari (Excel on a Mac)",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko)",
    ],
    [
      "Chrome (Excel on the web)",
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
    ],
  ])("lets %s run the pane", (_, userAgent) => {
    expect(isLegacyWebView(userAgent)).toBe(false);
  });
});
