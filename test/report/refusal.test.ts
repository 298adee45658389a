import { describe, expect, it } from 'vitest';
import { renderRefusal } from '../../src/report/refusal.js';

describe('renderRefusal', () => {
  it('says there is no report when the evaluating run left none', () => {
    const refusal = renderRefusal([], true);
    expect(refusal.title).toBe('evalgate: no report to publish');
    expect(refusal.summary).toContain('left no report for this commit');
  });

  it('lists each problem, escaping what a fork could have written into the report', () => {
    const forged =
      'the report is for the config "x](https://evil.example) @org/team <img src=x> | #1", not "main".';
    const refusal = renderRefusal([forged, 'the report says DEPLOY, but its gates give BLOCK.'], false);
    expect(refusal.title).toBe('evalgate: the report could not be verified');
    const lines = refusal.summary.split('\n').filter((line) => line.startsWith('- '));
    expect(lines).toHaveLength(2);
    expect(lines[0]).not.toMatch(/[^\\]\]\(/);
    expect(lines[0]).not.toContain('<img');
    expect(lines[0]).toContain('&lt;img src=x&gt;');
    expect(lines[0]).toContain('x\\](https://evil.example)');
    expect(lines[0]).toContain('@\u200borg/team');
    expect(lines[0]).toContain('\\|');
    expect(lines[1]).toBe('- the report says DEPLOY, but its gates give BLOCK.');
  });
});
