// Held-out rotation: the items of a dataset are split into K held-out sets by a hash of their id, and one set is
// active at a time, so that a team cannot tune a model on the whole benchmark.
//
//   set of an item = 1 + (first 4 bytes of sha256("evalgate-held-out:" + key), big-endian) mod K
//   key            = the item id, or the scenario id for the turns of a multi-turn scenario (it stays whole)
//   active set     = `set` when given; otherwise 1 + (index of the period) mod K, where the index counts
//                    periods of the run's date (UTC) since 1970: days, ISO weeks (from Monday 1969-12-29),
//                    months or quarters.
// The split depends only on the id and K, never on the other items or their order.
import { createHash } from 'node:crypto';
import type { RotationConfig } from '../core/config.js';
import { UserError } from '../core/errors.js';
import type { Dataset, DatasetItem, HeldOutSelection } from '../core/types.js';

const DAY_MS = 86_400_000;

export function heldOutSetOf(item: Pick<DatasetItem, 'id' | 'conversation'>, sets: number): number {
  const key = item.conversation ? item.conversation.scenarioId : item.id;
  const digest = createHash('sha256').update(`evalgate-held-out:${key}`, 'utf8').digest();
  return 1 + (digest.readUInt32BE(0) % sets);
}

/** The period index and label of a date (UTC). */
export function periodOf(date: Date, period: RotationConfig['period']): { index: number; label: string } {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const days = Math.floor(date.getTime() / DAY_MS);
  switch (period) {
    case 'daily':
      return { index: days, label: date.toISOString().slice(0, 10) };
    case 'weekly': {
      const index = Math.floor((days + 3) / 7);
      const monday = new Date((index * 7 - 3) * DAY_MS).toISOString().slice(0, 10);
      return { index, label: `week of ${monday}` };
    }
    case 'monthly':
      return { index: (year - 1970) * 12 + month, label: `${year}-${String(month + 1).padStart(2, '0')}` };
    case 'quarterly': {
      const quarter = Math.floor(month / 3);
      return { index: (year - 1970) * 4 + quarter, label: `${year}-Q${quarter + 1}` };
    }
  }
}

export function activeSet(
  rotation: RotationConfig,
  now: Date,
): Pick<HeldOutSelection, 'set' | 'sets' | 'chosenBy' | 'period' | 'periodLabel'> {
  if (rotation.set !== undefined) return { set: rotation.set, sets: rotation.sets, chosenBy: 'explicit' };
  const { index, label } = periodOf(now, rotation.period);
  const set = 1 + (((index % rotation.sets) + rotation.sets) % rotation.sets);
  return { set, sets: rotation.sets, chosenBy: 'period', period: rotation.period, periodLabel: label };
}

/** The dataset reduced to the active held-out set. Throws a UserError when that set holds no item. */
export function selectHeldOut(dataset: Dataset, rotation: RotationConfig, now: Date): Dataset {
  const chosen = activeSet(rotation, now);
  const items = dataset.items.filter((item) => heldOutSetOf(item, rotation.sets) === chosen.set);
  if (items.length === 0) {
    throw new UserError(
      `held-out set ${chosen.set} of ${rotation.sets} holds no item of the ${dataset.items.length} in the dataset.`,
      {
        file: dataset.file,
        key: 'dataset.rotation.sets',
        fix: 'Use fewer sets: each set should hold enough items for the gates to mean something.',
      },
    );
  }
  return { ...dataset, items, heldOut: { ...chosen, items: items.length, totalItems: dataset.items.length } };
}

/** One line naming the active set and how it was chosen, for logs and reports. */
export function describeHeldOut(selection: HeldOutSelection): string {
  const how =
    selection.chosenBy === 'explicit'
      ? 'set in the config'
      : `${selection.period} rotation, period ${selection.periodLabel}`;
  return `held-out set ${selection.set} of ${selection.sets} (${how}): ${selection.items} of ${selection.totalItems} items`;
}

/**
 * Why a baseline cannot be paired with this run's held-out set, or undefined when it can: a baseline of
 * another set (or of the whole dataset, or a run over the whole dataset against a baseline of one set).
 */
export function heldOutMismatch(
  baselineSet: { set: number; sets: number } | undefined,
  runSet: { set: number; sets: number } | undefined,
): string | undefined {
  const name = (value: { set: number; sets: number } | undefined): string =>
    value ? `held-out set ${value.set} of ${value.sets}` : 'the whole dataset (no held-out rotation)';
  if (baselineSet?.set === runSet?.set && baselineSet?.sets === runSet?.sets) return undefined;
  return `the baseline was made on ${name(baselineSet)} and this run evaluates ${name(runSet)}: baselines pair only within a set, so this run is not compared with it. The first accepted run of this set becomes its baseline.`;
}
