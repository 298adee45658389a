// report.html: one self-contained page (no network: inline style and script only, enforced by its
// Content-Security-Policy) with the decision, the gates, per-category bars, the comparison, the trend and
// an item browser. The data travels as JSON in a non-executed script block; see html/client-script.ts.
import { createHash } from 'node:crypto';
import { buildHtmlSummary, htmlItems } from './html/data.js';
import { CLIENT_SCRIPT } from './html/client-script.js';
import { STYLE } from './html/style.js';
import type { Report } from '../core/report.js';

/**
 * JSON that is safe inside a <script> element: no `<` (so no `</script>` or `<!--`), no `>` or `&`, and no
 * U+2028/U+2029, which older script parsers read as line ends. JSON.parse restores them all.
 */
export function scriptSafeJson(value: unknown): string {
  return scriptSafe(JSON.stringify(value));
}

function scriptSafe(json: string): string {
  return UNSAFE_CHAR.test(json) ? json.replace(UNSAFE_IN_SCRIPT, (char) => SCRIPT_ESCAPES[char]!) : json;
}

const UNSAFE_CHAR = /[<>&\u2028\u2029]/;
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;
const SCRIPT_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

export function contentSecurityPolicy(script: string): string {
  const hash = createHash('sha256').update(script, 'utf8').digest('base64');
  return [
    "default-src 'none'",
    `script-src 'sha256-${hash}'`,
    "style-src 'unsafe-inline'",
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function renderHtml(report: Report): string {
  return [...renderHtmlPieces(report)].join('');
}

/**
 * The text of report.html in pieces: the page data is the summary's JSON with the items spliced in one at a
 * time, so a run of 100,000 items never holds the page in one string.
 */
export function* renderHtmlPieces(report: Report): Generator<string> {
  const summary = JSON.stringify({ ...buildHtmlSummary(report), items: [] });
  const title = `evalgate · ${report.name}: ${report.decision.toUpperCase()}`;
  yield [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(CLIENT_SCRIPT)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main id="app"></main>',
    '<noscript>This report needs JavaScript; report.json and report.md hold the same data.</noscript>',
    '<script type="application/json" id="evalgate-data">',
  ].join('\n');
  // Each piece of the JSON is made script-safe alone: the escapes are one character each.
  yield scriptSafe(summary.slice(0, -'[]}'.length));
  let first = true;
  for (const item of htmlItems(report)) {
    yield first ? '[' : ',';
    yield scriptSafe(JSON.stringify(item));
    first = false;
  }
  yield `${first ? '[' : ''}]}`;
  yield ['</script>', `<script>${CLIENT_SCRIPT}</script>`, '</body>', '</html>', ''].join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
