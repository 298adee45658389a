#!/usr/bin/env node
// Generates the bundled Task API example (examples/task-api/): a benchmark of natural-language requests
// to a task-management assistant, each with the canonical JSON command it should produce, and the
// precomputed answers of two model versions:
//
//   benchmark.json              300 cases, 60 per action (create/list/update/complete/delete_task)
//   responses/model-v1.jsonl    a good model: a few realistic mistakes
//   responses/model-v2.jsonl    a regressed fine-tune: prose around the JSON, truncated JSON,
//                               update_task confused with complete_task, two null answers
//
// Plain Node, no dependencies, seeded PRNG: the output is the same byte for byte on every run.
//   node scripts/make-task-api-example.mjs           write the files and print their figures
//   node scripts/make-task-api-example.mjs --check   exit 1 if the files on disk differ from what it makes
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'task-api');
const SEED = 20260101;
const PER_CATEGORY = 60;
const ACTIONS = ['create_task', 'list_tasks', 'update_task', 'complete_task', 'delete_task'];

// ---------------------------------------------------------------------------------------------------
// Seeded randomness (mulberry32): the same seed gives the same sequence on every platform.

function makeRng(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    shuffle: (list) => {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Vocabulary.

const TASKS = [
  'buy milk',
  'call the dentist',
  'renew my passport',
  'pay the electricity bill',
  'book flights to Lisbon',
  'send the quarterly report',
  'water the plants',
  'pick up the dry cleaning',
  'schedule a team meeting',
  'fix the leaking tap',
  'email Sarah about the budget',
  'buy a birthday gift for Mom',
  'clean the garage',
  'submit the expense report',
  'update my resume',
  'cancel the gym membership',
  'order printer ink',
  'back up the laptop',
  'walk the dog',
  'review the pull request',
  'file the tax return',
  'buy groceries',
  'return the library books',
  'call the plumber',
  'plan the weekend trip',
  'get the car serviced',
  'write the blog post',
  'pay rent',
  'renew the car insurance',
  'organize the closet',
  'reply to the landlord',
  'buy train tickets',
  'set up the new router',
  'finish the online course',
  'bake cookies for the school fair',
  'mow the lawn',
  'research new laptops',
  'send thank-you cards',
  'refill the prescription',
  'update the project roadmap',
  'sign the lease',
  'change the air filter',
  'call grandma',
  'prepare the tax documents',
  'buy paint for the bedroom',
  'book a haircut',
  'check the smoke detectors',
  'draft the newsletter',
  'clean out the fridge',
  'register for the marathon',
  'replace the bike tire',
  'buy a new phone charger',
  'archive old emails',
  'schedule the vet appointment',
  'donate old clothes',
  'write up the meeting notes',
  'compare health insurance plans',
  'defrost the freezer',
  'print the boarding passes',
  'renew the domain name',
];

const TAGS = [
  'work',
  'home',
  'errands',
  'finance',
  'health',
  'family',
  'travel',
  'shopping',
  'school',
  'garden',
];

const PRIORITY_PHRASES = {
  high: ['high priority', "it's urgent", 'top priority', 'make it high priority', 'urgent'],
  medium: ['medium priority', 'normal priority', 'priority medium'],
  low: ['low priority', 'low priority, no rush', 'make it low priority'],
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const capitalize = (text) => text[0].toUpperCase() + text.slice(1);

function ordinal(day) {
  if (day % 100 >= 11 && day % 100 <= 13) return `${day}th`;
  return `${day}${{ 1: 'st', 2: 'nd', 3: 'rd' }[day % 10] ?? 'th'}`;
}

/** A date between 2026-01-05 and 2027-06-30, as {iso, y, m, d}. */
function randomDate(rng) {
  const start = Date.UTC(2026, 0, 5);
  const days = Math.round((Date.UTC(2027, 5, 30) - start) / 86_400_000);
  return dateFromTime(start + rng.int(0, days) * 86_400_000);
}

function dateFromTime(time) {
  const date = new Date(time);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return { y, m, d, iso: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/** How a user writes a date: every form names the year, so the canonical ISO date is unambiguous. */
function spokenDate(rng, date) {
  const month = MONTHS[date.m - 1];
  return rng.pick([
    () => date.iso,
    () => `${month} ${date.d}, ${date.y}`,
    () => `${month.slice(0, 3)} ${date.d} ${date.y}`,
    () => `${date.d} ${month} ${date.y}`,
    () => `${month} ${ordinal(date.d)}, ${date.y}`,
    () => `the ${ordinal(date.d)} of ${month} ${date.y}`,
  ])();
}

const taskId = (rng) => rng.int(1, 480);
const finish = (rng, text) => text + rng.pick(['', '', '.', '.', '!', ' please', ', thanks']);

// ---------------------------------------------------------------------------------------------------
// One generator per action: returns {input, command} where command is the canonical JSON object
// (its keys in canonical order: action first, then the fields in the order of the schema).

function makeCreate(rng) {
  const phrase = rng.pick(TASKS);
  const command = { action: 'create_task', title: capitalize(phrase) };
  const lead = rng.pick([
    () => `Add a task to ${phrase}`,
    () => `Create a task: ${phrase}`,
    () => `Remind me to ${phrase}`,
    () => `New task - ${phrase}`,
    () => `I need to ${phrase}`,
    () => `Can you add "${capitalize(phrase)}" to my list`,
    () => `Please create a task to ${phrase}`,
    () => `Put "${phrase}" on my to-do list`,
    () => `Make a task for me: ${phrase}`,
    () => `Don't let me forget to ${phrase}`,
  ])();
  const clauses = [];
  if (rng.chance(0.6)) {
    const due = randomDate(rng);
    command.due = due.iso;
    clauses.push(
      ' ' + rng.pick(['by', 'due', 'due on', 'with a deadline of', 'on']) + ' ' + spokenDate(rng, due),
    );
  }
  if (rng.chance(0.5)) {
    const priority = rng.pick(['high', 'high', 'medium', 'low']);
    command.priority = priority;
    clauses.push(', ' + rng.pick(PRIORITY_PHRASES[priority]));
  }
  if (rng.chance(0.3)) {
    const tags = rng.chance(0.7) ? [rng.pick(TAGS)] : rng.shuffle(TAGS).slice(0, 2);
    command.tags = tags;
    clauses.push(
      ', ' +
        rng.pick([
          () => `tag it ${tags.map((tag) => `#${tag}`).join(' ')}`,
          () => `tagged ${tags.join(' and ')}`,
          () => `with the tag${tags.length > 1 ? 's' : ''} ${tags.join(', ')}`,
        ])(),
    );
  }
  // A date joins with a space ("... by May 3, 2026"); priority and tags follow a comma.
  const text =
    lead + clauses.map((clause, index) => (index > 0 ? clause.replace(/^ /, ', ') : clause)).join('');
  return { input: finish(rng, text), command };
}

function makeList(rng) {
  const command = { action: 'list_tasks' };
  const status = rng.pick([undefined, undefined, 'open', 'completed']);
  const priority = rng.chance(0.35) ? rng.pick(['high', 'medium', 'low']) : undefined;
  const tag = rng.chance(0.35) ? rng.pick(TAGS) : undefined;
  const dueBefore = rng.chance(0.3) ? randomDate(rng) : undefined;
  if (status) command.status = status;
  if (priority) command.priority = priority;
  if (tag) command.tag = tag;
  if (dueBefore) command.due_before = dueBefore.iso;
  if (!status && !priority && !tag && !dueBefore) {
    const input = rng.pick([
      "What's on my to-do list?",
      'Show me everything on my list',
      'List my tasks',
      'What tasks do I have?',
      'Give me an overview of all my tasks',
      'Can you pull up my task list',
    ]);
    return { input, command };
  }
  const S =
    status === 'open'
      ? rng.pick(['open ', 'unfinished ', 'pending '])
      : status === 'completed'
        ? rng.pick(['completed ', 'finished '])
        : '';
  const P = priority ? `${priority}-priority ` : '';
  const T = tag ? rng.pick([` tagged ${tag}`, ` with the #${tag} tag`, ` under the ${tag} tag`]) : '';
  const D = dueBefore ? rng.pick([' due before ', ' that are due before ']) + spokenDate(rng, dueBefore) : '';
  const frame = rng.pick([
    () => `Show me my ${S}${P}tasks${T}${D}`,
    () => `List ${S}${P}tasks${T}${D}`,
    () => `What ${S}${P}tasks do I have${T}${D}?`,
    () => `Can you pull up my ${S}${P}tasks${T}${D}`,
    () => `Which ${S}${P}tasks are there${T}${D}?`,
  ]);
  const text = frame();
  return { input: text.endsWith('?') ? text : finish(rng, text), command };
}

function makeUpdate(rng) {
  const id = taskId(rng);
  const kind = rng.pick(['due', 'due', 'priority', 'priority', 'title', 'due+priority']);
  const command = { action: 'update_task', task_id: id };
  let text;
  if (kind === 'title') {
    const title = capitalize(rng.pick(TASKS));
    command.title = title;
    text = rng.pick([
      `Rename task ${id} to "${title}"`,
      `Change the title of task #${id} to "${title}"`,
      `Task ${id} should be called "${title}"`,
    ]);
  } else if (kind === 'due') {
    const due = randomDate(rng);
    command.due = due.iso;
    const spoken = spokenDate(rng, due);
    text = rng.pick([
      `Move task ${id} to ${spoken}`,
      `Change the due date of task #${id} to ${spoken}`,
      `Push task ${id} back to ${spoken}`,
      `Reschedule task ${id} for ${spoken}`,
      `Task ${id} is now due ${spoken}`,
    ]);
  } else if (kind === 'priority') {
    const priority = rng.pick(['high', 'medium', 'low']);
    command.priority = priority;
    text = rng.pick([
      `Set task ${id} to ${priority} priority`,
      `Make task #${id} ${priority} priority`,
      `Change the priority of task ${id} to ${priority}`,
      `Mark task ${id} as ${priority} priority`,
      `Mark #${id} ${priority} priority`,
      priority === 'low' ? `Lower task ${id} to low priority` : `Bump task ${id} up to ${priority} priority`,
    ]);
  } else {
    const due = randomDate(rng);
    const priority = rng.pick(['high', 'low']);
    command.due = due.iso;
    command.priority = priority;
    const spoken = spokenDate(rng, due);
    text = rng.pick([
      `Move task ${id} to ${spoken} and make it ${priority} priority`,
      `Task ${id}: new due date ${spoken}, ${priority} priority`,
      `Mark task #${id} ${priority} priority and push it to ${spoken}`,
    ]);
  }
  return { input: finish(rng, text), command: canonical(command) };
}

function makeComplete(rng) {
  const id = taskId(rng);
  const text = rng.pick([
    `Mark task ${id} as done`,
    `I finished task #${id}`,
    `Task ${id} is complete`,
    `Check off task ${id}`,
    `Done with task number ${id}`,
    `Close out task ${id}, it's finished`,
    `Complete task ${id}`,
    `Mark #${id} complete`,
    `I've already done task ${id}`,
    `Tick off task ${id}`,
  ]);
  return { input: finish(rng, text), command: { action: 'complete_task', task_id: id } };
}

function makeDelete(rng) {
  const id = taskId(rng);
  const text = rng.pick([
    `Delete task ${id}`,
    `Remove task #${id} from my list`,
    `Get rid of task ${id}`,
    `Trash task number ${id}`,
    `Task ${id} isn't needed anymore, delete it`,
    `Erase task ${id}`,
    `Remove #${id}`,
    `Drop task ${id} from the list entirely`,
    `Delete #${id}, it was a duplicate`,
    `Throw away task ${id}`,
  ]);
  return { input: finish(rng, text), command: { action: 'delete_task', task_id: id } };
}

const MAKERS = {
  create_task: makeCreate,
  list_tasks: makeList,
  update_task: makeUpdate,
  complete_task: makeComplete,
  delete_task: makeDelete,
};

const KEY_ORDER = ['action', 'task_id', 'title', 'status', 'due', 'priority', 'tag', 'tags', 'due_before'];

/** The command with its keys in canonical order (the order the expected outputs use). */
function canonical(command) {
  const result = {};
  for (const key of KEY_ORDER) if (command[key] !== undefined) result[key] = command[key];
  for (const key of Object.keys(command)) if (!(key in result)) result[key] = command[key];
  return result;
}

function makeBenchmark(rng) {
  const seen = new Set();
  const cases = [];
  for (const action of ACTIONS) {
    let made = 0;
    while (made < PER_CATEGORY) {
      const { input, command } = MAKERS[action](rng);
      if (seen.has(input.toLowerCase())) continue;
      seen.add(input.toLowerCase());
      cases.push({ category: action, input, command: canonical(command) });
      made++;
    }
  }
  return rng.shuffle(cases).map((entry, index) => ({
    id: `ta-${String(index + 1).padStart(3, '0')}`,
    category: entry.category,
    input: entry.input,
    expected_output: JSON.stringify(entry.command),
    expected_action: entry.category,
    command: entry.command,
  }));
}

// ---------------------------------------------------------------------------------------------------
// Mistakes a model makes. Each has a test of whether it can apply to a case, and makes the answer.

const json = (command) => JSON.stringify(canonical(command));
const OTHER_PRIORITY = { high: 'medium', medium: 'high', low: 'medium' };

function shiftDate(rng, iso) {
  const [y, m, d] = iso.split('-').map(Number);
  // Models trained earlier often write last year; otherwise an off-by-one day.
  if (rng.chance(0.4)) return `${y - 1}${iso.slice(4)}`;
  return dateFromTime(Date.UTC(y, m - 1, d) + (rng.chance(0.5) ? 1 : -1) * 86_400_000).iso;
}

const MISTAKES = {
  wrong_priority: {
    applies: (c) => c.command.priority !== undefined,
    answer: (c) => json({ ...c.command, priority: OTHER_PRIORITY[c.command.priority] }),
  },
  wrong_date: {
    applies: (c) => c.command.due !== undefined || c.command.due_before !== undefined,
    answer: (c, rng) => {
      const key = c.command.due !== undefined ? 'due' : 'due_before';
      return json({ ...c.command, [key]: shiftDate(rng, c.command[key]) });
    },
  },
  missing_field: {
    applies: (c) => optionalKeys(c.command).length > 0,
    answer: (c, rng) => {
      const drop = rng.pick(optionalKeys(c.command));
      const command = { ...c.command };
      delete command[drop];
      return json(command);
    },
  },
  extra_field: {
    applies: (c) =>
      c.category === 'create_task' || (c.category === 'list_tasks' && c.command.status === undefined),
    answer: (c) => json({ ...c.command, status: 'open' }),
  },
  wrong_task_id: {
    applies: (c) => c.command.task_id !== undefined && c.command.task_id > 10,
    answer: (c, rng) => json({ ...c.command, task_id: c.command.task_id + (rng.chance(0.5) ? 1 : -1) }),
  },
  lowercase_title: {
    applies: (c) => c.command.title !== undefined,
    answer: (c) => json({ ...c.command, title: c.command.title.toLowerCase() }),
  },
  update_as_complete: {
    applies: (c) => c.category === 'update_task',
    answer: (c) => json({ action: 'complete_task', task_id: c.command.task_id }),
  },
  complete_as_update: {
    applies: (c) => c.category === 'complete_task',
    answer: (c) => json({ action: 'update_task', task_id: c.command.task_id, status: 'done' }),
  },
  markdown_fence: {
    applies: () => true,
    answer: (c) => '```json\n' + c.expected_output + '\n```',
  },
  trailing_prose: {
    applies: () => true,
    answer: (c, rng) =>
      c.expected_output +
      rng.pick(['\n\nLet me know if you want to change anything else.', '\nDone! Anything else?']),
  },
  prose_before: {
    applies: () => true,
    answer: (c, rng) =>
      rng.pick([
        'Sure! Here is the command:\n',
        'Here you go:\n\n',
        'Got it. ',
        'Understood, here is the JSON:\n',
      ]) + c.expected_output,
  },
  prose_before_wrong_action: {
    applies: (c) => c.category === 'update_task',
    answer: (c) =>
      `Sure, marking it as done:\n${json({ action: 'complete_task', task_id: c.command.task_id })}`,
  },
  truncated: {
    applies: () => true,
    answer: (c, rng) => {
      const text = c.expected_output;
      return text.slice(0, Math.floor(text.length * (0.4 + 0.45 * rng.next())));
    },
  },
  empty: { applies: () => true, answer: () => '' },
  null_answer: { applies: () => true, answer: () => null },
};

function optionalKeys(command) {
  return Object.keys(command).filter((key) => key !== 'action' && key !== 'task_id');
}

/**
 * Answers of one model: exactly `count` cases get each mistake (chosen at random among the cases it
 * can apply to, each case at most one mistake); every other case gets the canonical answer.
 */
function makeAnswers(rng, cases, plan) {
  const answers = new Map(cases.map((c) => [c.id, c.expected_output]));
  const taken = new Set();
  for (const [mistake, count] of plan) {
    const { applies, answer } = MISTAKES[mistake];
    const candidates = rng.shuffle(cases.filter((c) => !taken.has(c.id) && applies(c)));
    if (candidates.length < count) throw new Error(`not enough cases for ${mistake}`);
    for (const c of candidates.slice(0, count)) {
      taken.add(c.id);
      answers.set(c.id, answer(c, rng));
    }
  }
  return answers;
}

// v1: a good model. 3 answers are not bare JSON (one fenced, one with trailing prose, one empty) and
// 15 carry a realistic slip; no wrong action.
const V1_PLAN = [
  ['empty', 1],
  ['markdown_fence', 1],
  ['trailing_prose', 1],
  ['wrong_priority', 5],
  ['wrong_date', 5],
  ['missing_field', 3],
  ['lowercase_title', 1],
  ['wrong_task_id', 1],
];

// v2: a regressed fine-tune. Prose before the JSON, truncated JSON, update_task answered as
// complete_task, two answers recorded as null (API failures).
const V2_PLAN = [
  ['null_answer', 2],
  ['update_as_complete', 14],
  ['prose_before_wrong_action', 2],
  ['complete_as_update', 3],
  ['truncated', 14],
  ['prose_before', 8],
  ['markdown_fence', 3],
  ['empty', 1],
  ['wrong_priority', 4],
  ['wrong_date', 4],
  ['missing_field', 3],
  ['extra_field', 2],
];

// ---------------------------------------------------------------------------------------------------
// Files, and the figures of each model (as a plain reading of the answers: strict = the answer itself
// must be JSON; lenient = JSON found inside a markdown fence or after/before prose also counts).

function benchmarkText(cases) {
  const rows = cases.map(({ id, category, input, expected_output, expected_action }) => ({
    id,
    category,
    input,
    expected_output,
    expected_action,
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

function answersText(cases, answers) {
  return cases.map((c) => `${JSON.stringify({ id: c.id, response: answers.get(c.id) })}\n`).join('');
}

function parseObject(text) {
  try {
    const value = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function lenientObject(text) {
  const strict = parseObject(text.trim());
  if (strict) return strict;
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  return start >= 0 && end > start ? parseObject(text.slice(start, end + 1)) : undefined;
}

function figures(cases, answers) {
  const n = cases.length;
  let errors = 0;
  let strictValid = 0;
  let strictExact = 0;
  let strictAction = 0;
  let lenientValid = 0;
  let lenientExact = 0;
  const perCategory = {};
  for (const c of cases) {
    const answer = answers.get(c.id);
    perCategory[c.category] ??= { n: 0, exact: 0 };
    perCategory[c.category].n++;
    if (answer === null) {
      errors++;
      continue;
    }
    const strict = parseObject(answer.trim());
    const lenient = lenientObject(answer);
    if (strict) strictValid++;
    if (lenient) lenientValid++;
    if (strict && strict.action === c.expected_action) strictAction++;
    if (strict && JSON.stringify(canonical(strict)) === c.expected_output) {
      strictExact++;
      perCategory[c.category].exact++;
    }
    if (lenient && JSON.stringify(canonical(lenient)) === c.expected_output) lenientExact++;
  }
  const rate = (count) => (count / n).toFixed(3);
  return {
    n,
    accuracy: rate(strictExact),
    json_valid_rate: rate(strictValid),
    action_accuracy: rate(strictAction),
    error_rate: rate(errors),
    lenient_accuracy: rate(lenientExact),
    lenient_json_valid_rate: rate(lenientValid),
    accuracy_by_category: Object.fromEntries(
      ACTIONS.map((action) => [action, (perCategory[action].exact / perCategory[action].n).toFixed(3)]),
    ),
  };
}

function build() {
  const rng = makeRng(SEED);
  const cases = makeBenchmark(rng);
  const v1 = makeAnswers(makeRng(SEED + 1), cases, V1_PLAN);
  const v2 = makeAnswers(makeRng(SEED + 2), cases, V2_PLAN);
  return {
    files: {
      'benchmark.json': benchmarkText(cases),
      'responses/model-v1.jsonl': answersText(cases, v1),
      'responses/model-v2.jsonl': answersText(cases, v2),
    },
    figures: { 'model-v1': figures(cases, v1), 'model-v2': figures(cases, v2) },
  };
}

const { files, figures: modelFigures } = build();
if (process.argv.includes('--check')) {
  const stale = Object.entries(files).filter(([name, text]) => {
    try {
      return readFileSync(path.join(OUT_DIR, name), 'utf8') !== text;
    } catch {
      return true;
    }
  });
  if (stale.length > 0) {
    console.error(`examples/task-api is out of date: ${stale.map(([name]) => name).join(', ')}.`);
    console.error('Run: node scripts/make-task-api-example.mjs');
    process.exit(1);
  }
  console.log('examples/task-api matches the generator.');
} else {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(OUT_DIR, name)), { recursive: true });
    writeFileSync(path.join(OUT_DIR, name), text);
  }
  console.log(JSON.stringify(modelFigures, null, 2));
}
