import { describe, expect, it } from 'vitest';
import { MESSAGE_LIMIT_BYTES, buildAnnotations } from '../../src/report/annotations.js';
import { failingGate, makeReport } from '../github/fixtures.js';

describe('annotation messages', () => {
  it('are cut at 64 KB of UTF-8 (GitHub counts bytes), not at 60,000 characters', () => {
    // 30,000 characters, 90,000 bytes: under any character limit, over GitHub's byte limit.
    const wide = '€'.repeat(30_000);
    const report = makeReport({ decision: 'block', gates: [failingGate('accuracy', 'block', 1, wide)] });
    const [, item] = buildAnnotations(report, process.cwd());
    expect(item!.message).toContain('€€€');
    expect(Buffer.byteLength(item!.message)).toBeLessThanOrEqual(64 * 1024);
    expect(Buffer.byteLength(item!.message)).toBeGreaterThan(64 * 1024 - 8);
    expect(item!.message.endsWith('…')).toBe(true);
    expect(MESSAGE_LIMIT_BYTES).toBe(65_536);
  });

  it('never split a character when cut', () => {
    const emoji = 'a' + '😀'.repeat(20_000);
    const report = makeReport({ decision: 'block', gates: [failingGate('accuracy', 'block', 1, emoji)] });
    const [, item] = buildAnnotations(report, process.cwd());
    expect(item!.message).not.toContain('\ufffd');
    expect(Buffer.from(item!.message).toString()).toBe(item!.message);
  });
});
