// Formats `json` (a JSON array of items) and `jsonl` (one item per line). An item is
// {id?, input, expected_output?, expected_action?, category?, metadata?}; the names of the first five
// are remappable through `dataset.fields`, so that e.g. GSM8K lines ({id, question, target}) load with
// fields {input: question, expected-output: target}.
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
  type IdUnit,
} from './fields.js';
import { describeValue, type SourceRecord } from './json-text.js';
import type { ProblemList } from './problems.js';

export const DEFAULT_FIELDS: DatasetFieldNames = {
  id: 'id',
  input: 'input',
  expectedOutput: 'expected_output',
  expectedAction: 'expected_action',
  category: 'category',
};

/** Turns parsed records into items, adding a problem for every bad field. */
export function itemsFromRecords(
  records: readonly SourceRecord[],
  file: string,
  fields: DatasetFieldNames,
  problems: ProblemList,
): DatasetItem[] {
  const builder = new ItemBuilder(file, fields, problems);
  for (const record of records) builder.add(record);
  return builder.finish();
}

/** Turns records into items one at a time (see itemsFromRecords); the ids come once all are read. */
export class ItemBuilder {
  private readonly drafts: ItemDraft[] = [];

  constructor(
    private readonly file: string,
    private readonly fields: DatasetFieldNames,
    private readonly problems: ProblemList,
  ) {}

  add({ value, line }: SourceRecord): void {
    const { fields, problems } = this;
    if (!isRecord(value)) {
      problems.add(`expected an object (one item), found ${describeValue(value)}.`, {
        line,
        fix: `Write each item as {"${fields.input}": "...", "${fields.expectedOutput}": "..."}.`,
      });
      return;
    }
    const context = { problems, line };
    const hint = value[fields.input] === undefined ? formatHint(value) : undefined;
    if (hint !== undefined) {
      problems.add(`missing "${fields.input}"; ${hint.reason}.`, { line, key: fields.input, fix: hint.fix });
      return;
    }
    const input = requiredText(value, fields.input, context, 'dataset.fields.input');
    const id = explicitId(value, fields.id, context);
    const expectedOutput = expectedText(value, fields.expectedOutput);
    const expectedAction = actionLabel(value, fields.expectedAction, context);
    const itemCategory = category(value, fields.category, context);
    const itemMetadata = metadata(value, 'metadata', context);
    if (input === undefined) {
      this.drafts.push({ explicit: id, line, basis: null, item: undefined });
      return;
    }
    // The id comes once every item is read (finish); its key stays first.
    const item: DatasetItem = { id: '', category: itemCategory, input, source: { file: this.file, line } };
    if (expectedOutput !== undefined) item.expectedOutput = expectedOutput;
    if (expectedAction !== undefined) item.expectedAction = expectedAction;
    if (itemMetadata !== undefined) item.metadata = itemMetadata;
    // A generated id is a hash of the content; with an explicit id, none is needed.
    const basis = id === undefined ? { input, expectedOutput, expectedAction } : null;
    this.drafts.push({ explicit: id, line, basis, item });
  }

  /** The items read, with their ids (see assignIds). */
  finish(): DatasetItem[] {
    const ids = assignIds(this.drafts, this.problems, this.fields.id, 'item');
    const items: DatasetItem[] = [];
    this.drafts.forEach((draft, index) => {
      if (!draft.item) return;
      draft.item.id = ids[index]!;
      items.push(draft.item);
    });
    return items;
  }
}

/** An item read, or (with a bad field) only its id, so that the ids of such records are still checked for repeats. */
interface ItemDraft extends IdUnit {
  item: DatasetItem | undefined;
}

/** Says when a record is evidently of another format, so the error names the right fix. */
function formatHint(record: Record<string, unknown>): { reason: string; fix: string } | undefined {
  if (Array.isArray(record.turns)) {
    return {
      reason: 'this record has "turns", as a multi-turn scenario does',
      fix: 'Set dataset.format to scenarios.',
    };
  }
  if ('modelResponses' in record && 'prompt' in record) {
    return {
      reason: 'this record has "prompt" and "modelResponses", as a Bedrock evaluation dataset line does',
      fix: 'Set dataset.format to bedrock.',
    };
  }
  return undefined;
}
