// Text from data (model output, item ids, gate names, endpoint messages) on its way to a terminal or a
// runner log. The GitHub runner reads every stdout line as a possible workflow command: a line whose
// whitespace-trimmed start is `::name::`, or (the old form) a line holding `##[name]` anywhere. Its string
// comparisons may skip zero-width characters, so those cannot be the separator that breaks a command.

/** ANSI/VT escape sequences: CSI, OSC, DCS/SOS/PM/APC strings, other ESC sequences, and their 8-bit forms. */
const ESCAPE_SEQUENCE = new RegExp(
  [
    '\\u001b\\[[0-?]*[ -/]*[@-~]?',
    '\\u001b\\][^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)?',
    '\\u001b[PX^_][^\\u001b\\u009c]*(?:\\u001b\\\\|\\u009c)?',
    '\\u001b[ -/]*[0-~]?',
    '\\u009b[0-?]*[ -/]*[@-~]?',
    '\\u009d[^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)?',
    '[\\u0090\\u0098\\u009e\\u009f][^\\u001b\\u009c]*(?:\\u001b\\\\|\\u009c)?',
  ].join('|'),
  'g',
);
/** C0 and C1 control characters other than tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex -- these are the characters to find
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** Characters a comparison may ignore (zero-width, joiners, bidi controls, variation selectors...). */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
/** Everything that ends a line for a reader of the text. */
// eslint-disable-next-line no-control-regex -- these are the characters to find
const LINE_BREAK = /\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/g;

/** Removes terminal escape sequences and control characters; keeps tabs and line breaks. */
export function stripTerminalControls(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

/**
 * One value from data, flattened for a line of a log or a terminal: no escape sequences, line breaks shown
 * as ⏎, whitespace collapsed, cut to `maxLength`, and never readable as a workflow command.
 */
export function logValue(text: string, maxLength = 500): string {
  const flat = stripTerminalControls(text.replace(LINE_BREAK, ' ⏎ ')).replace(/\s+/g, ' ').trim();
  const cut = flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}…` : flat;
  return guardLine(cut);
}

/** A line of a log that holds data: made one line (line breaks shown as ⏎) and safe for a runner to read. */
export function logLine(text: string): string {
  return guardLine(stripTerminalControls(text.replace(LINE_BREAK, ' ⏎ ')));
}

/** Text evalgate composed of several lines (a summary): each line made safe for a runner to read. */
export function logLines(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => guardLine(stripTerminalControls(line)))
    .join('\n');
}

/** A line the runner cannot read as a workflow command, in either form. */
function guardLine(line: string): string {
  let safe = line.replace(IGNORABLE, '');
  while (safe.includes('##[')) safe = safe.replaceAll('##[', '#\\#[');
  return safe.replace(/^(\s*)::/u, '$1\\::');
}
