import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-FX4CWXZZ.js";
import {
  __name
} from "./chunk-ATWX4YAV.js";

// src/contamination/check.ts
import path2 from "node:path";

// src/contamination/corpus-files.ts
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
var JSONL_EXTENSIONS = [".jsonl", ".ndjson", ".json"];
function formatOfFile(file, format) {
  if (format !== "auto") return format;
  const name = file.toLowerCase().replace(/\.gz$/, "");
  return JSONL_EXTENSIONS.some((extension) => name.endsWith(extension)) ? "jsonl" : "text";
}
__name(formatOfFile, "formatOfFile");
async function listCorpusFiles(paths, format, where) {
  if (paths.length === 0) {
    throw new UserError("no training-data corpus given.", {
      ...where,
      fix: "List the corpus files or folders under contamination.corpus, or pass --corpus PATH."
    });
  }
  const files = [];
  for (const entry of paths) {
    let info;
    try {
      info = await stat(entry);
    } catch (error) {
      throw new UserError(
        `the corpus path ${entry} cannot be read (${error.code ?? String(error)}).`,
        {
          ...where,
          fix: "Check the path: relative paths are resolved against the config file folder (--corpus: the working folder)."
        }
      );
    }
    const found = info.isDirectory() ? await filesUnder(entry) : [entry];
    for (const file of found) files.push({ path: file, format: formatOfFile(file, format) });
  }
  if (files.length === 0) {
    throw new UserError(
      `the corpus folder${paths.length === 1 ? "" : "s"} ${paths.join(", ")} hold${paths.length === 1 ? "s" : ""} no file.`,
      {
        ...where,
        fix: "Point contamination.corpus at the training-data files (JSONL or text, optionally gzip)."
      }
    );
  }
  return files;
}
__name(listCorpusFiles, "listCorpusFiles");
async function filesUnder(folder) {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const files = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...await filesUnder(full));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}
__name(filesUnder, "filesUnder");

// src/contamination/normalize.ts
var PUNCTUATION = new RegExp("\\p{P}+", "gu");
var WHITESPACE = /\s+/u;
function normalizeForOverlap(text) {
  return text.normalize("NFKC").toLowerCase().replace(PUNCTUATION, " ");
}
__name(normalizeForOverlap, "normalizeForOverlap");
function overlapTokens(text) {
  const tokens = normalizeForOverlap(text).split(WHITESPACE);
  let start = 0;
  let end = tokens.length;
  if (end > 0 && tokens[0] === "") start = 1;
  if (end > start && tokens[end - 1] === "") end -= 1;
  return start === 0 && end === tokens.length ? tokens : tokens.slice(start, end);
}
__name(overlapTokens, "overlapTokens");

// src/contamination/token-hash.ts
var LANE_1_SEED = 2166136261;
var LANE_2_SEED = 790248263;
function step1(hash, code) {
  return Math.imul(hash ^ code, 16777619);
}
__name(step1, "step1");
function step2(hash, code) {
  const mixed = Math.imul(hash + code, 1540483477);
  return mixed ^ mixed >>> 15;
}
__name(step2, "step2");
function hashToken(token, out) {
  let first = LANE_1_SEED;
  let second = LANE_2_SEED;
  for (let index = 0; index < token.length; index += 1) {
    const code = token.charCodeAt(index);
    first = step1(first, code);
    second = step2(second, code);
  }
  out[0] = first;
  out[1] = second;
}
__name(hashToken, "hashToken");
var TokenTable = class {
  static {
    __name(this, "TokenTable");
  }
  first;
  second;
  ids;
  mask;
  size = 0;
  constructor(capacity = 1024) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.first = new Int32Array(slots);
    this.second = new Int32Array(slots);
    this.ids = new Int32Array(slots).fill(-1);
    this.mask = slots - 1;
  }
  /** The id of a hash, or -1 when the benchmark does not have the token. */
  get(first, second) {
    let slot = (first ^ second >>> 7) & this.mask;
    for (; ; ) {
      const id = this.ids[slot];
      if (id === -1) return -1;
      if (this.first[slot] === first && this.second[slot] === second) return id;
      slot = slot + 1 & this.mask;
    }
  }
  /** The id of a hash, added when new. */
  add(first, second) {
    const known = this.get(first, second);
    if (known !== -1) return known;
    if ((this.size + 1) * 2 > this.ids.length) this.grow();
    this.place(first, second, this.size);
    this.size += 1;
    return this.size - 1;
  }
  place(first, second, id) {
    let slot = (first ^ second >>> 7) & this.mask;
    while (this.ids[slot] !== -1) slot = slot + 1 & this.mask;
    this.first[slot] = first;
    this.second[slot] = second;
    this.ids[slot] = id;
  }
  grow() {
    const { first, second, ids } = this;
    const slots = ids.length * 2;
    this.first = new Int32Array(slots);
    this.second = new Int32Array(slots);
    this.ids = new Int32Array(slots).fill(-1);
    this.mask = slots - 1;
    for (let slot = 0; slot < ids.length; slot += 1) {
      if (ids[slot] !== -1) this.place(first[slot], second[slot], ids[slot]);
    }
  }
};

// src/contamination/index-ngrams.ts
function gramHash(ring, end, n, out) {
  let first = 1779033703;
  let second = 1013904242;
  let index = end + 1;
  for (let step = 0; step < n; step += 1) {
    if (index === n) index = 0;
    const id = ring[index];
    first = Math.imul(first ^ id, 16777619);
    second = Math.imul(second + id, 2654435761);
    second ^= second >>> 13;
    index += 1;
  }
  out[0] = first;
  out[1] = second;
}
__name(gramHash, "gramHash");
function sameGram(ring, end, ids) {
  const n = ids.length;
  let index = end + 1;
  for (let step = 0; step < n; step += 1) {
    if (index === n) index = 0;
    if (ring[index] !== ids[step]) return false;
    index += 1;
  }
  return true;
}
__name(sameGram, "sameGram");
function itemFields(item, fields) {
  const texts = [];
  for (const field of fields) {
    const text = field === "input" ? item.input : item.expectedOutput;
    if (typeof text === "string" && text.length > 0) texts.push({ field, text });
  }
  return texts;
}
__name(itemFields, "itemFields");
function buildBenchmarkIndex(items, fields, n) {
  const vocabulary = new TokenTable();
  const gramTable = new TokenTable();
  const grams = [];
  const ring = new Int32Array(n);
  const lanes = new Int32Array(2);
  const indexed = [];
  items.forEach((item, itemIndex) => {
    const tokenFields = itemFields(item, fields).map(({ field, text }) => ({
      field,
      tokens: overlapTokens(text)
    }));
    const seen = /* @__PURE__ */ new Set();
    for (const { field, tokens } of tokenFields) {
      tokens.forEach((token, position) => {
        hashToken(token, lanes);
        const end = position % n;
        ring[end] = vocabulary.add(lanes[0], lanes[1]);
        if (position + 1 < n) return;
        gramHash(ring, end, n, lanes);
        const known = gramTable.get(lanes[0], lanes[1]);
        let gram = known === -1 ? void 0 : grams[known];
        if (!gram) {
          const ids = new Int32Array(n);
          for (let step = 0; step < n; step += 1) ids[step] = ring[(end + 1 + step) % n];
          gram = { ids, owners: [] };
          grams[gramTable.add(lanes[0], lanes[1])] = gram;
        }
        if (!seen.has(gram)) {
          seen.add(gram);
          gram.owners.push({ item: itemIndex, field, position: position + 1 - n });
        }
      });
    }
    indexed.push({ id: item.id, fields: tokenFields, gramCount: seen.size });
  });
  return { n, vocabulary, gramTable, grams, items: indexed };
}
__name(buildBenchmarkIndex, "buildBenchmarkIndex");

// src/contamination/read-corpus.ts
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createGunzip } from "node:zlib";
var CHUNK_BYTES = 1 << 20;
var MAX_TEXT_PIECE = 4 << 20;
async function isGzip(file) {
  const handle = await open(file, "r");
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 31 && head[1] === 139;
  } finally {
    await handle.close();
  }
}
__name(isGzip, "isGzip");
async function* byteChunks(file) {
  const raw = createReadStream(file, { highWaterMark: CHUNK_BYTES });
  if (!await isGzip(file)) {
    yield* raw;
    return;
  }
  const gunzip = createGunzip({ chunkSize: CHUNK_BYTES });
  raw.on("error", (error) => gunzip.destroy(error));
  raw.pipe(gunzip);
  yield* gunzip;
}
__name(byteChunks, "byteChunks");
async function readCorpusFile(file, display, textField, sink) {
  let carry;
  let line = 1;
  let first = true;
  const handle = /* @__PURE__ */ __name((text) => {
    if (file.format === "text") {
      sink(text, line, first);
      first = false;
      line += countLines(text);
      return;
    }
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf("\n", start);
      if (end === -1) end = text.length;
      const record = recordText(text.slice(start, end), textField, display, line);
      if (record !== void 0) sink(record, line, true);
      start = end + 1;
      line += 1;
    }
  }, "handle");
  try {
    for await (const chunk of byteChunks(file.path)) {
      const bytes = carry ? Buffer.concat([carry, chunk]) : chunk;
      let cut = bytes.lastIndexOf(10) + 1;
      if (cut === 0) {
        if (file.format === "jsonl" || bytes.length < MAX_TEXT_PIECE) {
          carry = bytes;
          continue;
        }
        cut = lastSpace(bytes) + 1 || characterBoundary(bytes, bytes.length);
      }
      carry = cut < bytes.length ? bytes.subarray(cut) : void 0;
      handle(bytes.toString("utf8", 0, cut));
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = error.code;
    const gzip = code?.startsWith("Z_") ?? false;
    throw new UserError(
      gzip ? `the corpus file is not valid gzip (${error.message}).` : `cannot read the corpus file (${code ?? String(error)}).`,
      {
        file: display,
        line,
        fix: gzip ? "Re-create or re-download the file (gzip -t FILE checks it), or remove it from the corpus." : "Check the path and its permissions."
      }
    );
  }
  if (carry) handle(carry.toString("utf8"));
}
__name(readCorpusFile, "readCorpusFile");
function countLines(text) {
  let count = 0;
  let at = text.indexOf("\n");
  while (at !== -1) {
    count += 1;
    at = text.indexOf("\n", at + 1);
  }
  return count;
}
__name(countLines, "countLines");
function lastSpace(bytes) {
  for (let at = bytes.length - 1; at >= 0; at -= 1) {
    const code = bytes[at];
    if (code === 32 || code === 9 || code === 13) return at;
  }
  return -1;
}
__name(lastSpace, "lastSpace");
function characterBoundary(bytes, at) {
  let cut = at;
  while (cut > 0 && cut < bytes.length && (bytes[cut] & 192) === 128) cut -= 1;
  return cut;
}
__name(characterBoundary, "characterBoundary");
function recordText(record, textField, display, line) {
  if (record.trim().length === 0) return void 0;
  let value;
  try {
    value = JSON.parse(record);
  } catch (error) {
    throw new UserError(`this corpus line is not a JSON record (${error.message}).`, {
      file: display,
      line,
      fix: "Each line of a JSONL corpus holds one JSON object; set contamination.format: text for plain-text files."
    });
  }
  const text = value !== null && typeof value === "object" && !Array.isArray(value) ? value[textField] : void 0;
  if (typeof text === "string") return text;
  if (text === void 0 || text === null) {
    throw new UserError(`this corpus record has no string field "${textField}".`, {
      file: display,
      line,
      fix: "Set contamination.text-field to the field that holds the training text."
    });
  }
  throw new UserError(`the field "${textField}" of this corpus record is not a string.`, {
    file: display,
    line,
    fix: "Set contamination.text-field to the field that holds the training text."
  });
}
__name(recordText, "recordText");

// src/contamination/scan-text.ts
var ASCII_CLASS = new Uint8Array(128);
for (let code = 0; code < 128; code += 1) {
  const char = String.fromCharCode(code);
  ASCII_CLASS[code] = /\s/u.test(char) || new RegExp("\\p{P}", "u").test(char) ? 0 : 1;
}
var scratch = new Int32Array(2);
function scanText(text, sink) {
  let count = 0;
  let inToken = false;
  let first = LANE_1_SEED;
  let second = LANE_2_SEED;
  let tokenStart = 0;
  const length = text.length;
  for (let at = 0; at < length; at += 1) {
    let code = text.charCodeAt(at);
    if (code >= 128) {
      const from = inToken ? tokenStart : at;
      let lineEnd = text.indexOf("\n", at);
      if (lineEnd === -1) lineEnd = length;
      for (const token of overlapTokens(text.slice(from, lineEnd))) {
        hashToken(token, scratch);
        sink.token(scratch[0], scratch[1], from);
        count += 1;
      }
      inToken = false;
      at = lineEnd;
      continue;
    }
    if (ASCII_CLASS[code] === 1) {
      if (!inToken) {
        inToken = true;
        tokenStart = at;
        first = LANE_1_SEED;
        second = LANE_2_SEED;
      }
      if (code >= 65 && code <= 90) code += 32;
      first = step1(first, code);
      second = step2(second, code);
    } else if (inToken) {
      inToken = false;
      sink.token(first, second, tokenStart);
      count += 1;
    }
  }
  if (inToken) {
    sink.token(first, second, tokenStart);
    count += 1;
  }
  return count;
}
__name(scanText, "scanText");

// src/contamination/check.ts
var NORMALIZATION = "NFKC, lower case, Unicode punctuation (category P) replaced by spaces, split on whitespace";
var SPAN_CONTEXT_TOKENS = 8;
async function checkContamination(items, options, where = { key: "contamination.corpus" }) {
  const index = buildBenchmarkIndex(items, options.fields, options.ngram);
  const files = await listCorpusFiles(options.corpus, options.format, where);
  const hits = /* @__PURE__ */ new Map();
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
__name(checkContamination, "checkContamination");
var CorpusScanner = class {
  constructor(index, hits, display) {
    this.index = index;
    this.hits = hits;
    this.display = display;
    this.ring = new Int32Array(index.n);
  }
  index;
  hits;
  display;
  static {
    __name(this, "CorpusScanner");
  }
  ring;
  lanes = new Int32Array(2);
  end = -1;
  run = 0;
  text = "";
  line = 1;
  newDocument() {
    this.run = 0;
  }
  /** Feeds the next piece of the current document; returns its token count. */
  feed(text, line) {
    this.text = text;
    this.line = line;
    return scanText(text, this);
  }
  token(first, second, at) {
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
    const known = this.index.gramTable.get(this.lanes[0], this.lanes[1]);
    if (known === -1) return;
    const gram = this.index.grams[known];
    if (sameGram(this.ring, this.end, gram.ids)) this.record(gram, at);
  }
  record(gram, at) {
    for (const owner of gram.owners) {
      let itemHits = this.hits.get(owner.item);
      if (!itemHits) {
        itemHits = { matched: /* @__PURE__ */ new Set() };
        this.hits.set(owner.item, itemHits);
      }
      itemHits.matched.add(gram);
      if (!itemHits.first) {
        itemHits.first = {
          gram,
          field: owner.field,
          position: owner.position,
          file: this.display,
          line: this.line + linesBefore(this.text, at)
        };
      }
    }
  }
};
function linesBefore(text, at) {
  let count = 0;
  let index = text.indexOf("\n");
  while (index !== -1 && index < at) {
    count += 1;
    index = text.indexOf("\n", index + 1);
  }
  return count;
}
__name(linesBefore, "linesBefore");
function summarize(index, hits, options, fileCount, totals) {
  const contaminated = [];
  index.items.forEach((item, itemIndex) => {
    const found = hits.get(itemIndex);
    if (!found?.first || item.gramCount === 0) return;
    const overlap = found.matched.size / item.gramCount;
    if (overlap < options.threshold) return;
    const { field, position, file, line } = found.first;
    const tokens = item.fields.find((candidate) => candidate.field === field).tokens;
    const before = tokens.slice(Math.max(0, position - SPAN_CONTEXT_TOKENS), position);
    const gram = tokens.slice(position, position + index.n);
    const after = tokens.slice(position + index.n, position + index.n + SPAN_CONTEXT_TOKENS);
    contaminated.push({
      id: item.id,
      overlap,
      matchedNgrams: found.matched.size,
      totalNgrams: item.gramCount,
      field,
      ngram: gram.join(" "),
      span: [
        position > SPAN_CONTEXT_TOKENS ? "\u2026" : "",
        before.join(" "),
        `[${gram.join(" ")}]`,
        after.join(" "),
        position + index.n + SPAN_CONTEXT_TOKENS < tokens.length ? "\u2026" : ""
      ].filter((part) => part.length > 0).join(" "),
      foundIn: { file, line }
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
    rate: itemCount === 0 ? 0 : contaminated.length / itemCount
  };
}
__name(summarize, "summarize");
function displayPath(file) {
  const relative = path2.relative(process.cwd(), file);
  return relative.startsWith("..") || path2.isAbsolute(relative) ? file : relative;
}
__name(displayPath, "displayPath");

export {
  checkContamination
};
