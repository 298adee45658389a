// Synthetic data of the contamination benchmark: a benchmark of items and a JSONL training corpus written in
// the same word distribution (Zipf-like over a 30,000-word vocabulary, so most corpus words are benchmark
// words and runs of 13 known tokens are common: the slow path of the check), with a known share of the
// benchmark's items planted verbatim in the corpus.
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = Array.from({ length: 30_000 }, (_, index) => `w${index.toString(36)}`);

function sentenceMaker(seed: number): (words: number) => string {
  const next = random(seed);
  return (words) => {
    const out: string[] = [];
    for (let index = 0; index < words; index += 1) {
      const word = VOCABULARY[Math.floor(VOCABULARY.length * next() ** 3)]!;
      out.push(index % 17 === 16 ? `${word}.` : word);
    }
    return out.join(' ');
  };
}

export interface BenchmarkItem {
  id: string;
  input: string;
  expected_output: string;
}

export function benchmarkItems(count: number): BenchmarkItem[] {
  const sentence = sentenceMaker(7);
  return Array.from({ length: count }, (_, index) => ({
    id: `item-${index + 1}`,
    input: sentence(60),
    expected_output: sentence(10),
  }));
}

/** Writes `files` JSONL files totalling about `bytes`; every `plantEvery`-th item is copied into a document. */
export async function writeCorpus(
  folder: string,
  bytes: number,
  files: number,
  items: readonly BenchmarkItem[],
  plantEvery: number,
): Promise<{ files: string[]; planted: number }> {
  const sentence = sentenceMaker(11);
  const planted = items.filter((_, index) => index % plantEvery === 0);
  const written: string[] = [];
  let plantedAt = 0;
  for (let file = 0; file < files; file += 1) {
    const name = path.join(folder, `shard-${String(file).padStart(3, '0')}.jsonl`);
    written.push(name);
    const out = createWriteStream(name);
    let size = 0;
    let documents = 0;
    while (size < bytes / files) {
      let text = sentence(150);
      if (documents % 997 === 500 && plantedAt < planted.length) {
        text = `${text} ${planted[plantedAt]!.input} ${sentence(20)}`;
        plantedAt += 1;
      }
      const line = `${JSON.stringify({ id: `doc-${file}-${documents}`, text })}\n`;
      size += Buffer.byteLength(line);
      documents += 1;
      if (!out.write(line)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
  }
  return { files: written, planted: plantedAt };
}
