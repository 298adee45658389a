// The table of regression.require-baseline in the README, case by case.
import { describe, expect, it } from 'vitest';
import type { RequireBaseline } from '../../src/core/config.js';
import { checkBaselineRequirement, type BaselineSituation } from '../../src/baseline/requirement.js';
import type { BaselineLookupProblem } from '../../src/baseline/types.js';

const problem = (kind: BaselineLookupProblem['kind']): BaselineLookupProblem => ({
  kind,
  message: `a ${kind} baseline`,
  fix: `fix the ${kind} baseline.`,
});

const situations: Record<string, Omit<BaselineSituation, 'mode'>> = {
  'first run': { regressionGates: 1, paired: 0, replacesBaseline: false },
  expired: { regressionGates: 1, paired: 0, replacesBaseline: false, problem: problem('expired') },
  unreadable: { regressionGates: 1, paired: 0, replacesBaseline: false, problem: problem('unreadable') },
  forbidden: { regressionGates: 1, paired: 0, replacesBaseline: false, problem: problem('forbidden') },
  'other branch': {
    regressionGates: 1,
    paired: 0,
    replacesBaseline: false,
    problem: problem('other-branch'),
  },
  'nothing paired': { regressionGates: 1, paired: 0, replacesBaseline: false, origin: 'latest.json' },
};

// [situation, auto, always, never]: true = ERROR, false = warning.
const table: [string, boolean, boolean, boolean][] = [
  ['first run', false, true, false],
  ['expired', true, true, false],
  ['unreadable', true, true, false],
  ['forbidden', true, true, false],
  ['other branch', true, true, false],
  ['nothing paired', true, true, false],
];

describe('checkBaselineRequirement', () => {
  for (const [name, ...fatal] of table) {
    (['auto', 'always', 'never'] as RequireBaseline[]).forEach((mode, index) => {
      it(`${name}, require-baseline: ${mode} -> ${fatal[index] ? 'ERROR' : 'warning'}`, () => {
        const result = checkBaselineRequirement({ ...situations[name]!, mode });
        expect(result).toBeDefined();
        expect(result!.fatal).toBe(fatal[index]);
        if (result!.fatal) expect(result!.fix).toBeTruthy();
      });
    });
  }

  it('an expired baseline on a run that will store the next one is re-established (auto), still an ERROR (always)', () => {
    const situation = { ...situations.expired!, replacesBaseline: true };
    const auto = checkBaselineRequirement({ ...situation, mode: 'auto' })!;
    expect(auto.fatal).toBe(false);
    expect(auto.message).toMatch(/re-establishes the baseline/);
    expect(checkBaselineRequirement({ ...situation, mode: 'always' })!.fatal).toBe(true);
    // Only expiry: a damaged baseline is not replaced silently.
    const damaged = { ...situations.unreadable!, replacesBaseline: true, mode: 'auto' as const };
    expect(checkBaselineRequirement(damaged)!.fatal).toBe(true);
  });

  it('says nothing when the baseline paired items, or when no regression gate needs one', () => {
    expect(
      checkBaselineRequirement({ ...situations['nothing paired']!, paired: 12, mode: 'always' }),
    ).toBeUndefined();
    expect(
      checkBaselineRequirement({ ...situations.unreadable!, regressionGates: 0, mode: 'always' }),
    ).toBeUndefined();
  });
});
