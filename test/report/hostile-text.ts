// Hostile text for the renderers, and checks that read their output the way the GitHub runner and GitHub's
// Markdown renderer would. Every payload that could become a workflow command carries the word FORGED.

/** Text that turns into a workflow command, a log-line forgery or terminal control when printed raw. */
export const COMMAND_PAYLOADS = [
  'a\n::error::FORGED newline error',
  'b\r::add-mask::FORGED-carriage-return',
  'c\r\n   ::stop-commands::FORGED-indented',
  'd ##[error]FORGED legacy form inside a line',
  'e\n##[set-output name=decision;]FORGED',
  'f\u2028::error::FORGED line separator\u0085::error::FORGED next line',
  'g\n\u200b::error::FORGED behind a zero-width space',
  'h\n#\u200b#[error]FORGED legacy split by a zero-width space',
  'i\n\u00a0\u3000::warning file=x.ts::FORGED behind unicode spaces',
  'j\u000b::error::FORGED vertical tab\u000c::error::FORGED form feed',
];

export const ANSI_PAYLOAD =
  'k \u001b[31mred\u001b[0m \u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007 \u001b]0;title\u001b\\ \u009b2J \u001bc \u0007bell';

/** Text that breaks Markdown or pings people when pasted raw into a comment. */
export const MARKDOWN_PAYLOADS = [
  '<script>alert(1)</script><img src=x onerror=alert(1)>',
  '</details></summary><details open><summary>FORGED',
  '@octocat and @acme/security please look',
  'fixes #123 and acme/evals#7',
  '```\n# FORGED heading\n```',
  'use `a` or ``b`` or ````c```` here',
  'a | b | c \\| d',
  '**bold** _it_ ~~gone~~ [link](https://evil.example) ![x](https://evil.example/x.png) $x^2$ :+1:',
  '<!-- hidden --> &amp; &lt;b&gt; \\`not code\\`',
];

export const ALL_PAYLOADS = [...COMMAND_PAYLOADS, ANSI_PAYLOAD, ...MARKDOWN_PAYLOADS];

const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * Why the runner would act on this line, or undefined. The runner trims leading whitespace before looking
 * for `::`, finds `##[` anywhere, and may compare strings skipping zero-width characters. Lines evalgate
 * issues itself through @actions/core (`::warning::...`) are commands too; a forged one is recognised by
 * the FORGED word right where a command's text starts.
 */
export function runnerCommandIn(line: string): string | undefined {
  for (const variant of [line, line.replace(IGNORABLE, '')]) {
    const trimmed = variant.replace(/^[\s\u0085]+/u, '');
    if (trimmed.startsWith('::')) {
      const own = /^::(warning|error|notice|debug|add-mask)( [^:]*)?::([^]*)$/.exec(trimmed);
      if (!own || /^\s*FORGED/.test(own[3]!)) return `v2 command: ${line}`;
      continue;
    }
    if (variant.includes('##[')) return `legacy command: ${line}`;
  }
  return undefined;
}

/** Terminal control left in text that should have none. */
export function terminalControlIn(text: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- these are the characters to find
  const match = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.exec(text.replace(/\r\n/g, '\n'));
  return match ? `U+${match[0].charCodeAt(0).toString(16).padStart(4, '0')}` : undefined;
}

/** The text a reader sees for the inside of a `<code>` element: references decoded, `<br>` as a line break. */
export function decodeCode(html: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&', apos: "'" };
  return html.replace(/<br>|&#(\d+);|&#x([0-9a-f]+);|&(lt|gt|quot|amp|apos);/gi, (match, dec, hex, name) => {
    if (match === '<br>') return '\n';
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex as string, 16));
    return named[(name as string).toLowerCase()]!;
  });
}

/** Every `<code>` element's text, decoded. */
export function codeTexts(markdown: string): string[] {
  return [...markdown.matchAll(/<code>([^]*?)<\/code>/g)].map((match) => decodeCode(match[1]!));
}

/**
 * Problems a Markdown document built from hostile data must not have: HTML tags evalgate does not write,
 * unbalanced <details>, code fences other than the Mermaid chart, table rows with extra cells, mentions and
 * issue references outside code, terminal controls.
 */
export function markdownProblems(markdown: string): string[] {
  const problems: string[] = [];
  const control = terminalControlIn(markdown);
  if (control) problems.push(`terminal control ${control}`);
  for (const match of markdown.matchAll(/<\/?([A-Za-z][\w-]*)/g)) {
    if (!['details', 'summary', 'sub', 'code', 'br'].includes(match[1]!.toLowerCase()))
      problems.push(`HTML tag <${match[1]}>`);
  }
  if (/<!--(?! evalgate:comment )/.test(markdown)) problems.push('HTML comment');
  const opened = markdown.match(/<details>/g)?.length ?? 0;
  const closed = markdown.match(/<\/details>/g)?.length ?? 0;
  if (opened !== closed) problems.push(`${opened} <details> but ${closed} </details>`);
  let inChart = false;
  let tableCells: number | undefined;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      if (!inChart && line !== '```mermaid') problems.push(`code fence: ${line}`);
      inChart = !inChart;
      continue;
    }
    if (inChart) continue;
    if (line.startsWith('|')) {
      const cells = line.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length;
      tableCells ??= cells;
      if (cells !== tableCells) problems.push(`table row with ${cells - 2} cells: ${line.slice(0, 200)}`);
    } else tableCells = undefined;
    if (
      /^\s{0,3}#{1,6} /.test(line) &&
      !/^#{1,3} (evalgate|Gates|Metrics|Comparison|Cumulative|LLM judge|Run|Error|Warnings|GitHub|Panel|Pairwise|Low-score|✅|❌|⚠️|❔)/u.test(
        line,
      )
    )
      problems.push(`heading from data: ${line}`);
    const outsideCode = decodeCode(line.replace(/<code>[^]*?<\/code>/g, ''));
    const mention = /(^|[^\w`])@[A-Za-z0-9]/.exec(outsideCode);
    if (mention) problems.push(`mention: ${line.slice(0, 200)}`);
    if (/(^|[^\w&])#\d/.test(outsideCode)) problems.push(`issue reference: ${line.slice(0, 200)}`);
  }
  return problems;
}
