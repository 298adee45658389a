import type { GateConfig } from './config.js';
import type { MetricValue, SourceLocation } from './types.js';

/** pass; fail (blocks when the gate is blocking, warns otherwise); inconclusive (regression gates only). */
export type GateStatus = 'pass' | 'fail' | 'inconclusive';

/** What a gate's outcome does to the decision. */
export type GateEffect = 'none' | 'warn' | 'block';

/** An item that made a gate fail, shown so the user can look at it. */
export interface FailingItem {
  id: string;
  category: string;
  source: SourceLocation;
  /** The item's value of the gated metric (null for an error item). */
  value: number | null;
  output: string | null;
  expected?: string;
  error?: string;
  /** Why the item failed this metric, when the scorer can say (e.g. `at /action: must be string`). */
  reason?: string;
}

export interface GateResult {
  gate: GateConfig;
  status: GateStatus;
  effect: GateEffect;
  metric?: MetricValue;
  /** One sentence a user can act on: value, threshold, n, interval, and what failed. */
  explanation: string;
  failingItems: FailingItem[];
  /** Items with the failing value, of which `failingItems` shows the first ones. */
  failingCount: number;
}
