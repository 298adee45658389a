// An outage or a user mistake must not read as "the model is worse". These checks find runs whose answers or
// judgements say nothing about the model: the model endpoint could not be reached (every item failed to
// reach it, or evalgate stopped sending to it), no item had an answer in the responses file, or the judge
// endpoint was down. Such a run ends as an ERROR (exit 2), never as BLOCK (exit 1).
import { isEndpointFailure } from '../model/circuit-breaker.js';
import type { ItemError, ItemRecord } from '../core/types.js';

/** Why this run cannot judge the model, or undefined. */
export function findRunFailure(records: readonly ItemRecord[], responsesFile?: string): string | undefined {
  return modelOutage(records) ?? allMissing(records, responsesFile) ?? judgeOutage(records);
}

function modelOutage(records: readonly ItemRecord[]): string | undefined {
  const failed = records.filter(
    (record) => record.error?.stage === 'model' && isEndpointFailure(record.error),
  );
  if (failed.length === 0) return undefined;
  // Not sent at all: the circuit breaker opened (or the run was stopped) before these items went out.
  const notSent = failed.filter((record) => (record.error!.attempts ?? record.attempts) === 0);
  if (failed.length < records.length && notSent.length === 0) return undefined;
  const example = failed.at(-1)!.error!;
  return failed.length === records.length
    ? `the model endpoint could not be reached: all ${records.length} items failed with ${example.kind} errors (last: ${example.message}). This is an outage, not a verdict on the model.`
    : `the run stopped sending to the model endpoint: ${notSent.length} of ${records.length} items were never sent (${notSent.at(-1)!.error!.message}). This is an outage or a stopped run, not a verdict on the model.`;
}

function allMissing(records: readonly ItemRecord[], responsesFile?: string): string | undefined {
  if (records.length === 0) return undefined;
  if (!records.every((record) => record.error?.kind === 'missing_response')) return undefined;
  return `no item of the dataset has an answer${responsesFile ? ` in ${responsesFile}` : ''}: all ${records.length} are missing (wrong responses file, or ids that do not match the dataset's).`;
}

function judgeOutage(records: readonly ItemRecord[]): string | undefined {
  const errors: ItemError[] = [];
  let calls = 0;
  for (const record of records) {
    const judgement = record.judge;
    if (!judgement) continue;
    const verdicts = [
      ...Object.values(judgement.metrics).flatMap((metric) => metric.verdicts),
      ...(judgement.pairwise?.verdicts ?? []),
    ];
    calls += verdicts.length;
    for (const verdict of verdicts) if (verdict.error) errors.push(verdict.error);
  }
  const down = errors.filter(isEndpointFailure);
  if (down.length === 0) return undefined;
  const notSent = down.filter((error) => error.attempts === 0);
  if (down.length < calls && notSent.length === 0) return undefined;
  const last = down.at(-1)!;
  return down.length === calls
    ? `the judge endpoint could not be reached: all ${calls} judge calls failed with ${last.kind} errors (last: ${last.message}). This is an outage, not a verdict on the model.`
    : `the run stopped sending to the judge endpoint: ${notSent.length} of ${calls} judge calls were never sent (${notSent.at(-1)!.message}). This is an outage, not a verdict on the model.`;
}
