// The `matrix-key` input: what tells apart the legs of a matrix that run the same config, so that each
// leg gets its own report artifact, comment and check run. Given as a plain key ("gpt-4o") or as the
// job's whole matrix (`${{ toJSON(matrix) }}`), which is reduced to its values ("gpt-4o-2") or, when
// that is long, to a stable hash of it.
import { createHash } from 'node:crypto';

const MAX_READABLE = 40;

/** '' for no key (not a matrix job: `toJSON(matrix)` is `null` or `{}` there). */
export function normalizeMatrixKey(raw: string | undefined): string {
  const text = (raw ?? '').trim();
  if (text === '' || text === 'null' || text === '{}') return '';
  let readable = text;
  let canonical = text;
  if (text.startsWith('{')) {
    try {
      const matrix = JSON.parse(text) as Record<string, unknown>;
      const keys = Object.keys(matrix).sort();
      if (keys.length === 0) return '';
      canonical = JSON.stringify(keys.map((key) => [key, matrix[key]]));
      readable = keys.map((key) => flatten(matrix[key])).join('-');
    } catch {
      // not JSON after all: a plain key that starts with a brace
    }
  }
  const safe = readable.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  if (safe !== '' && safe.length <= MAX_READABLE) return safe;
  return createHash('sha256').update(canonical).digest('hex').slice(0, 12);
}

function flatten(value: unknown): string {
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
