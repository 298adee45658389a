// Data inside Markdown (ids, gate names, paths, model output): it must not break a table, open HTML, start
// a code fence, emphasise, link, mention anyone or reference an issue - and it must read as it was written.
import { stripTerminalControls } from './log-line.js';

// eslint-disable-next-line no-control-regex -- these are the characters to find
const LINE_BREAK = /\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/g;

/**
 * Plain text for one table cell or one line of Markdown. Markdown characters are backslash-escaped, which
 * shows them unchanged; line breaks show as ⏎; a zero-width space after `@` and `#` stops mentions and
 * issue links. Not for HTML blocks (use escapeHtmlText) nor inside code spans (use codeText).
 */
export function escapeInline(text: string, maxLength = 120): string {
  const flat = cutText(flatten(text), maxLength);
  return stopMentions(
    flat
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_~[\]|$])/g, '\\$1')
      .replace(/^([#+-])(?= |$)/, '\\$1'),
  );
}

/** Plain text inside an HTML block (a `<summary>` line), where Markdown escapes would show their backslash. */
export function escapeHtmlText(text: string, maxLength = 120): string {
  return stopMentions(
    cutText(flatten(text), maxLength).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
  );
}

/**
 * Text shown exactly, character for character (model output, expected answers, paths): an inline `<code>`
 * element in which every character Markdown or HTML could read (`& < > \\ \` * _ ~ [ ] | $ @ #`) is written as a
 * character reference; line breaks become `<br>`. GitHub links no mention, issue or emoji inside code.
 */
export function codeText(text: string, maxLength = 120): string {
  const clean = cutText(stripTerminalControls(text).replace(/\r\n?/g, '\n'), maxLength);
  if (clean.length === 0) return '';
  // `_` between two letters or digits cannot emphasise (CommonMark's flanking rules): it stays as it is.
  const encoded = clean.replace(/[&<>\\`*~[\]|$@#\n]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, (char) =>
    char === '\n' ? '<br>' : `&#${char.charCodeAt(0)};`,
  );
  return `<code>${encoded}</code>`;
}

function flatten(text: string): string {
  return stripTerminalControls(text.replace(LINE_BREAK, ' ⏎ ')).replace(/\s+/g, ' ').trim();
}

function stopMentions(text: string): string {
  return text.replace(/@(?=[A-Za-z0-9])/g, '@\u200b').replace(/#(?=\d)/g, '#\u200b');
}

/** At most `maxLength` characters, never splitting a surrogate pair, with … when cut. */
function cutText(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  let end = Math.max(0, maxLength - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
