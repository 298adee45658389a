import { describe, expect, it } from 'vitest';
import { HEAP_GROWING_PERCENT, heapGrowthFlag } from '../../src/cli/heap-growth.js';

describe('heap growth of a CLI run', () => {
  it('limits how far the heap grows past the live data when the user set nothing', () => {
    expect(heapGrowthFlag([], undefined)).toBe(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    expect(heapGrowthFlag(['--enable-source-maps'], '--max-old-space-size=4096')).toBe(
      `--heap-growing-percent=${HEAP_GROWING_PERCENT}`,
    );
    expect(HEAP_GROWING_PERCENT).toBeLessThan(100);
  });

  it("leaves the user's own value alone, on the command line or in NODE_OPTIONS, in either spelling", () => {
    expect(heapGrowthFlag(['--heap-growing-percent=200'], undefined)).toBeUndefined();
    expect(heapGrowthFlag([], '--inspect --heap_growing_percent=10')).toBeUndefined();
  });
});
