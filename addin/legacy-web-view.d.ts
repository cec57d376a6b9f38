/** Internet Explorer 11 or the old Edge (EdgeHTML), where the pane cannot run, by the web view's user agent. */
export function isLegacyWebView(userAgent: string): boolean;
