// Scripts only from the add-in's own origin and the Office CDN (office.js and the files it loads), never
// inline or eval'd. Other requests are left to Office: office.js talks to services Microsoft may move.
const CONTENT_SECURITY_POLICY = [
  "script-src 'self' https://appsforoffice.microsoft.com",
  "object-src 'none'",
  "base-uri 'self'",
].join("; ");

module.exports = { CONTENT_SECURITY_POLICY };
