import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  formatDuration,
  formatProgress,
  ProgressReporter,
  type ProgressSnapshot,
} from '../../src/model/progress.js';

describe('ProgressReporter', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reports on time, not per item', () => {
    let now = 0;
    const lines: string[] = [];
    const progress = new ProgressReporter({
      total: 1000,
      intervalMs: 5000,
      log: (line) => lines.push(line),
      now: () => now,
    });
    for (let index = 0; index < 400; index++) {
      progress.item(index % 100 === 0);
      now += 10; // 4 s for 400 items
      progress.tick();
    }
    expect(lines).toHaveLength(0);
    now = 5000;
    expect(progress.tick()).toBe(true);
    expect(progress.tick()).toBe(false);
    expect(lines).toEqual(['model: 400/1000 items (40%), 80.0 items/s, ETA 7.5s, 4 errors']);
  });

  it('ends with one closing line', () => {
    let now = 0;
    const snapshots: ProgressSnapshot[] = [];
    const progress = new ProgressReporter({
      total: 3,
      label: 'judge',
      now: () => now,
      onProgress: (s) => snapshots.push(s),
    });
    progress.item(false, true);
    progress.item(false);
    progress.item(true);
    now = 1500;
    const final = progress.finish();
    progress.finish();
    expect(snapshots).toHaveLength(1);
    expect(final).toMatchObject({
      label: 'judge',
      done: 3,
      total: 3,
      errors: 1,
      cached: 1,
      final: true,
      etaMs: 0,
    });
    expect(formatProgress(final)).toBe('judge: 3/3 items (100%), in 1.5s, 2.0 items/s, 1 error, 1 cached');
  });

  it('runs on a timer that stops at the end', () => {
    vi.useFakeTimers({ now: 0 });
    const lines: string[] = [];
    const progress = new ProgressReporter({
      total: 10,
      intervalMs: 1000,
      log: (line) => lines.push(line),
    }).start();
    progress.item(false);
    vi.advanceTimersByTime(3000);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('model: 1/10 items (10%), 1.0 items/s, ETA 9.0s, 0 errors');
    progress.finish();
    vi.advanceTimersByTime(5000);
    expect(lines).toHaveLength(4);
  });

  it('says ETA ? before the first item', () => {
    let now = 0;
    const progress = new ProgressReporter({ total: 5, now: () => now });
    now = 6000;
    expect(formatProgress(progress.snapshot())).toBe('model: 0/5 items (0%), ETA ?, 0 errors');
  });

  it('formats durations', () => {
    expect(formatDuration(1234)).toBe('1.2s');
    expect(formatDuration(42_000)).toBe('42s');
    expect(formatDuration(125_000)).toBe('2m05s');
    expect(formatDuration(3_725_000)).toBe('1h02m');
  });
});
