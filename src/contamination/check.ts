// The contamination check: which benchmark items share an n-gram with a training-data corpus.
// The benchmark's n-grams are indexed (./index-ngrams.ts); the corpus is streamed once, file by file, and each
// of its n-grams made only of benchmark tokens is looked up, then confirmed token by token (a hash collision
// never counts as a match). Memory is bounded by the benchmark and one chunk of the corpus.
import path from 'node:path';
import type { DatasetItem } from '../core/types.js';
import type { ContaminatedItem, ContaminationResult } from '../core/report.js';
import { listCorpusFiles, type CorpusFormat } from './corpus-files.js';
import {
  buildBenchmarkIndex,
  gramHash,
  sameGram,
  type BenchmarkGram,
  type BenchmarkIndex,
} from './index-ngrams.js';
import { type OverlapField } from '../core/report.js';
import { readCorpusFile } from './read-corpus.js';
import { scanText, type TokenSink } from './scan-text.js';

export interface ContaminationOptions {
  /** Absolute paths of corpus files or folders. */
  corpus: string[];
  ngram: number;
  fields: OverlapField[];
  format: CorpusFormat;
  textField: string;
  /** An item is contaminated when at least this share of its n-grams is found (and at least one is). */
  threshold: number;
}

export const NORMALIZATION =
  'NFKC, lower case, Unicode punctuation (category P) replaced by spaces, split on whitespace';

const SPAN_CONTEXT_TOKENS = 8;

interface ItemHits {
  matched: Set<BenchmarkGram>;
  first?: { gram: BenchmarkGram; field: OverlapField; position: number; file: string; line: number };
}

/** Runs the check of these items against the corpus. Throws UserError (file:line) on an unreadable corpus. */
export async function checkContamination(
  items: readonly DatasetItem[],
  options: ContaminationOptions,
  where: { file?: string; key: string } = { key: 'contamination.corpus' },
): Promise<ContaminationResult> {
  const index = buildBenchmarkIndex(items, options.fields, options.ngram);
  const files = await listCorpusFiles(options.corpus, options.format, where);
  const hits = new Map<number, ItemHits>();
  const totals = { documents: 0, tokens: 0 };
  for (const file of files) {
    const display = displayPath(file.path);
    const scanner = new CorpusScanner(index, hits, display);
    await readCorpusFile(file, display, options.textField, (text, line, newDocument) => {
      if (newDocument) {
        scanner.newDocument();
        totals.documents += 1;
      }
      totals.tokens += scanner.feed(text, line);
    });
  }
  return summarize(index, hits, options, files.length, totals);
}

class CorpusScanner implements TokenSink {
  private readonly ring: Int32Array;
  private readonly lanes = new Int32Array(2);
  private end = -1;
  private run = 0;
  private text = '';
  private line = 1;

  constructor(
    private readonly index: BenchmarkIndex,
    private readonly hits: Map<number, ItemHits>,
    private readonly display: string,
  ) {
    this.ring = new Int32Array(index.n);
  }

  newDocument(): void {
    this.run = 0;
  }

  /** Feeds the next piece of the current document; returns its token count. */
  feed(text: string, line: number): number {
    this.text = text;
    this.line = line;
    return scanText(text, this);
  }

  token(first: number, second: number, at: number): void {
    const id = this.index.vocabulary.get(first, second);
    if (id === -1) {
      this.run = 0;
      return;
    }
    const n = this.index.n;
    this.end = this.end + 1 === n ? 0 : this.end + 1;
    this.ring[this.end] = id;
    this.run += 1;
    if (this.run < n) return;
    gramHash(this.ring, this.end, n, this.lanes);
    const known = this.index.gramTable.get(this.lanes[0]!, this.lanes[1]!);
    if (known === -1) return;
    const gram = this.index.grams[known]!;
    if (sameGram(this.ring, this.end, gram.ids)) this.record(gram, at);
  }

  private record(gram: BenchmarkGram, at: number): void {
    for (const owner of gram.owners) {
      let itemHits = this.hits.get(owner.item);
      if (!itemHits) {
        itemHits = { matched: new Set() };
        this.hits.set(owner.item, itemHits);
      }
      itemHits.matched.add(gram);
      if (!itemHits.first) {
        itemHits.first = {
          gram,
          field: owner.field,
          position: owner.position,
          file: this.display,
          line: this.line + linesBefore(this.text, at),
        };
      }
    }
  }
}

/** Line ends before an offset of the text (only counted on a match). */
function linesBefore(text: string, at: number): number {
  let count = 0;
  let index = text.indexOf('\n');
  while (index !== -1 && index < at) {
    count += 1;
    index = text.indexOf('\n', index + 1);
  }
  return count;
}

function summarize(
  index: BenchmarkIndex,
  hits: Map<number, ItemHits>,
  options: ContaminationOptions,
  fileCount: number,
  totals: { documents: number; tokens: number },
): ContaminationResult {
  const contaminated: ContaminatedItem[] = [];
  index.items.forEach((item, itemIndex) => {
    const found = hits.get(itemIndex);
    if (!found?.first || item.gramCount === 0) return;
    const overlap = found.matched.size / item.gramCount;
    if (overlap < options.threshold) return;
    const { field, position, file, line } = found.first;
    const tokens = item.fields.find((candidate) => candidate.field === field)!.tokens;
    const before = tokens.slice(Math.max(0, position - SPAN_CONTEXT_TOKENS), position);
    const gram = tokens.slice(position, position + index.n);
    const after = tokens.slice(position + index.n, position + index.n + SPAN_CONTEXT_TOKENS);
    contaminated.push({
      id: item.id,
      overlap,
      matchedNgrams: found.matched.size,
      totalNgrams: item.gramCount,
      field,
      ngram: gram.join(' '),
      span: [
        position > SPAN_CONTEXT_TOKENS ? '…' : '',
        before.join(' '),
        `[${gram.join(' ')}]`,
        after.join(' '),
        position + index.n + SPAN_CONTEXT_TOKENS < tokens.length ? '…' : '',
      ]
        .filter((part) => part.length > 0)
        .join(' '),
      foundIn: { file, line },
    });
  });
  const itemCount = index.items.length;
  return {
    ngram: options.ngram,
    fields: options.fields,
    threshold: options.threshold,
    normalization: NORMALIZATION,
    corpus: { paths: options.corpus.map(displayPath), files: fileCount, ...totals },
    items: itemCount,
    tooShort: index.items.filter((item) => item.gramCount === 0).length,
    contaminated,
    rate: itemCount === 0 ? 0 : contaminated.length / itemCount,
  };
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
