/**
 * Model text inside Markdown: it must not break a table, open HTML, start a code fence or mention anyone.
 * The result is plain text safe for one table cell or one line.
 */
export function escapeInline(text: string, maxLength = 120): string {
  const flat = text
    .replace(/\r?\n|\r/g, ' ⏎ ')
    .replace(/\s+/g, ' ')
    .trim();
  const cut = flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}…` : flat;
  return cut
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\*_~[\]])/g, '\\$1')
    .replace(/\|/g, '\\|')
    .replace(/`/g, "'")
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
    .replace(/#(?=\d)/g, '#\u200b');
}

/** Text shown inside an HTML <code>/<pre> block in Markdown. */
export function escapeHtmlBlock(text: string, maxLength = 2000): string {
  const cut = text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
  return cut
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200b');
}
