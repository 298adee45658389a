// Format `scenarios`: multi-turn conversations, as a JSON array or JSONL of
//   {"id": "...", "category": "...", "context": {...}, "turns": ["hello", {"input": "...", "expected_output": "..."}]}
// A turn is a user message (a string) or an object with the item fields (names remappable through
// `dataset.fields`). Each user turn is one item, id `<scenario id>#<turn number from 1>`; its
// `conversation` holds the context and the user turns so far. The assistant turns are the model's own
// earlier answers, filled in at run time by the live model source.
import type { DatasetFieldNames } from '../core/config.js';
import type { DatasetItem } from '../core/types.js';
import {
  assignIds,
  category,
  expectedText,
  explicitId,
  isRecord,
  metadata,
  actionLabel,
  requiredText,
  type JsonRecord,
} from './fields.js';
import {
  describeValue,
  elementOffsets,
  memberValueOffset,
  type SourceRecord,
  type TextFile,
} from './json-text.js';
import type { ProblemList } from './problems.js';

interface TurnDraft {
  input: string;
  expectedOutput?: string;
  expectedAction?: string;
  line: number;
}

interface ScenarioDraft {
  explicitId?: string;
  category: string;
  context?: unknown;
  metadata?: Record<string, unknown>;
  turns: TurnDraft[];
  line: number;
}

/** Turns parsed scenario records into items (one per user turn), adding a problem for every bad field. */
export function scenarioItems(
  records: readonly SourceRecord[],
  file: TextFile,
  fields: DatasetFieldNames,
  problems: ProblemList,
): DatasetItem[] {
  const drafts: ScenarioDraft[] = [];
  for (const { value, line, offset } of records) {
    if (!isRecord(value)) {
      problems.add(`expected an object (one scenario), found ${describeValue(value)}.`, {
        line,
        fix: 'Write each scenario as {"id": "...", "category": "...", "context": {...}, "turns": ["..."]}.',
      });
      continue;
    }
    const draft = readScenario(value, line, offset, file, fields, problems);
    if (draft) drafts.push(draft);
  }
  const ids = assignIds(
    drafts.map((draft) => ({
      explicit: draft.explicitId,
      line: draft.line,
      basis: { context: draft.context, turns: draft.turns.map(({ line: _line, ...turn }) => turn) },
    })),
    problems,
    fields.id,
    'scenario',
  );
  const items: DatasetItem[] = [];
  drafts.forEach((draft, scenarioIndex) => {
    const scenarioId = ids[scenarioIndex]!;
    const userTurns: string[] = [];
    draft.turns.forEach((turn, turnIndex) => {
      userTurns.push(turn.input);
      const item: DatasetItem = {
        id: `${scenarioId}#${turnIndex + 1}`,
        category: draft.category,
        input: turn.input,
        source: { file: file.display, line: turn.line },
        conversation: { scenarioId, turn: turnIndex, userTurns: [...userTurns] },
      };
      if (draft.context !== undefined) item.conversation!.context = draft.context;
      if (turn.expectedOutput !== undefined) item.expectedOutput = turn.expectedOutput;
      if (turn.expectedAction !== undefined) item.expectedAction = turn.expectedAction;
      if (draft.metadata !== undefined) item.metadata = draft.metadata;
      items.push(item);
    });
  });
  return items;
}

function readScenario(
  record: JsonRecord,
  line: number,
  offset: number,
  file: TextFile,
  fields: DatasetFieldNames,
  problems: ProblemList,
): ScenarioDraft | undefined {
  const context = { problems, line };
  const explicitScenarioId = explicitId(record, fields.id, context);
  const scenarioCategory = category(record, fields.category, context);
  const scenarioMetadata = metadata(record, 'metadata', context);
  const turns = record.turns;
  if (!Array.isArray(turns)) {
    problems.add(
      turns === undefined ? `missing "turns".` : `must be an array, found ${describeValue(turns)}.`,
      {
        line,
        key: 'turns',
        fix: 'Write the user messages as "turns": ["first message", "second message"].',
      },
    );
    return undefined;
  }
  if (turns.length === 0) {
    problems.add('is empty.', { line, key: 'turns', fix: 'Give the scenario at least one user turn.' });
    return undefined;
  }
  const turnsOffset = memberValueOffset(file.text, offset, 'turns');
  const turnOffsets = turnsOffset === undefined ? [] : elementOffsets(file.text, turnsOffset);
  const drafts: TurnDraft[] = [];
  let valid = true;
  turns.forEach((turn: unknown, index) => {
    const turnOffset = turnOffsets[index];
    const turnLine = turnOffset === undefined ? line : file.lines.lineAt(turnOffset);
    const key = `turns[${index}]`;
    if (typeof turn === 'string') {
      if (turn.trim() === '') {
        problems.add('is an empty message.', {
          line: turnLine,
          key,
          fix: 'Write the user message, or remove the turn.',
        });
        valid = false;
      } else drafts.push({ input: turn, line: turnLine });
      return;
    }
    if (!isRecord(turn)) {
      problems.add(`must be a string (a user message) or an object, found ${describeValue(turn)}.`, {
        line: turnLine,
        key,
        fix: `Write "message", or {"${fields.input}": "message", "${fields.expectedOutput}": "..."}.`,
      });
      valid = false;
      return;
    }
    const turnContext = { problems, line: turnLine, keyPrefix: `${key}.` };
    const input = requiredText(turn, fields.input, turnContext, 'dataset.fields.input');
    const expectedAction = actionLabel(turn, fields.expectedAction, turnContext);
    if (input === undefined) {
      valid = false;
      return;
    }
    const draft: TurnDraft = { input, line: turnLine };
    const expectedOutput = expectedText(turn, fields.expectedOutput);
    if (expectedOutput !== undefined) draft.expectedOutput = expectedOutput;
    if (expectedAction !== undefined) draft.expectedAction = expectedAction;
    drafts.push(draft);
  });
  if (!valid) return undefined;
  const scenario: ScenarioDraft = { category: scenarioCategory, turns: drafts, line };
  if (explicitScenarioId !== undefined) scenario.explicitId = explicitScenarioId;
  if (record.context !== undefined) scenario.context = record.context;
  if (scenarioMetadata !== undefined) scenario.metadata = scenarioMetadata;
  return scenario;
}
