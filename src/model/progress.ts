// Progress of a long run: items done out of the total, rate, ETA, errors and cache hits.
//
// Reporting is driven by time, not by items: a line at most every `intervalMs` (default 5 s), from a timer that
// does not keep the process alive, plus one closing line. Counting an item costs two additions, so a run of
// 100,000 items pays nothing for it, and a log never gets one line per item.

export interface ProgressSnapshot {
  label: string;
  done: number;
  total: number;
  errors: number;
  cached: number;
  elapsedMs: number;
  /** Items per second since the start; undefined before the first item. */
  ratePerSecond: number | undefined;
  /** Estimated ms to finish at the current rate; undefined while unknown. */
  etaMs: number | undefined;
  final: boolean;
}

export interface ProgressOptions {
  total: number;
  /** Names the stage in every line, e.g. `model` or `judge`. */
  label?: string;
  /** Minimum time between two lines. Default 5,000 ms. */
  intervalMs?: number;
  /** Receives each line. */
  log?: (message: string) => void;
  /** Receives each snapshot (for a UI or a test). */
  onProgress?: (snapshot: ProgressSnapshot) => void;
  now?: () => number;
}

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return ms < 10_000 ? `${(ms / 1000).toFixed(1)}s` : `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}

export function formatProgress(snapshot: ProgressSnapshot): string {
  const { label, done, total, errors, cached } = snapshot;
  const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
  const parts = [`${label}: ${done}/${total} items (${percent}%)`];
  if (snapshot.final) parts.push(`in ${formatDuration(snapshot.elapsedMs)}`);
  if (snapshot.ratePerSecond !== undefined) parts.push(`${snapshot.ratePerSecond.toFixed(1)} items/s`);
  if (!snapshot.final)
    parts.push(snapshot.etaMs !== undefined ? `ETA ${formatDuration(snapshot.etaMs)}` : 'ETA ?');
  parts.push(`${errors} error${errors === 1 ? '' : 's'}`);
  if (cached > 0) parts.push(`${cached} cached`);
  return parts.join(', ');
}

export class ProgressReporter {
  private done = 0;
  private errors = 0;
  private cached = 0;
  private readonly startedAt: number;
  private lastReportAt: number;
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly total: number;
  private readonly label: string;
  private readonly intervalMs: number;
  private readonly now: () => number;
  private finished = false;

  constructor(private readonly options: ProgressOptions) {
    this.total = options.total;
    this.label = options.label ?? 'model';
    this.intervalMs = Math.max(1, options.intervalMs ?? 5000);
    this.now = options.now ?? Date.now;
    this.startedAt = this.now();
    this.lastReportAt = this.startedAt;
  }

  /** Starts the timer that reports every `intervalMs` (it does not keep the process alive). */
  start(): this {
    if (this.timer === undefined && (this.options.log || this.options.onProgress)) {
      this.timer = setInterval(() => this.tick(), this.intervalMs);
      this.timer.unref?.();
    }
    return this;
  }

  /** Counts one finished item. */
  item(error: boolean, cached = false): void {
    this.done++;
    if (error) this.errors++;
    if (cached) this.cached++;
  }

  /** Reports if at least `intervalMs` passed since the last report. Returns whether it reported. */
  tick(): boolean {
    if (this.finished) return false;
    const now = this.now();
    if (now - this.lastReportAt < this.intervalMs) return false;
    this.lastReportAt = now;
    this.emit(this.snapshot(now, false));
    return true;
  }

  snapshot(now: number = this.now(), final = false): ProgressSnapshot {
    const elapsedMs = Math.max(0, now - this.startedAt);
    const ratePerSecond = this.done > 0 && elapsedMs > 0 ? (this.done / elapsedMs) * 1000 : undefined;
    const remaining = Math.max(0, this.total - this.done);
    const etaMs =
      remaining === 0 ? 0 : ratePerSecond !== undefined ? (remaining / ratePerSecond) * 1000 : undefined;
    return {
      label: this.label,
      done: this.done,
      total: this.total,
      errors: this.errors,
      cached: this.cached,
      elapsedMs,
      ratePerSecond,
      etaMs,
      final,
    };
  }

  /** Stops the timer and reports the closing line. */
  finish(): ProgressSnapshot {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    const snapshot = this.snapshot(this.now(), true);
    if (!this.finished) {
      this.finished = true;
      this.emit(snapshot);
    }
    return snapshot;
  }

  private emit(snapshot: ProgressSnapshot): void {
    this.options.onProgress?.(snapshot);
    this.options.log?.(formatProgress(snapshot));
  }
}
