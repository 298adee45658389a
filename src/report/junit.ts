// The report as JUnit XML, for CI systems that show test results (GitLab, Jenkins, Azure Pipelines, test
// reporters): a test suite of the gates with one test case per gate, and for each gate that did not pass a
// suite of its failing items with one test case per item. What blocks the run is a <failure>; a gate that
// only warns, and its items, pass with the warning in <system-out>, so the test results agree with the decision.
import type { FailingItem, GateResult } from '../core/gates.js';
import type { Report } from '../core/report.js';

export function renderJunit(report: Report): string {
  const gateCases = report.gates.map((result) => gateCase(report, result));
  if (report.error) gateCases.unshift(errorCase(report));
  const suites = [
    suite(`${report.name}: gates`, report.startedAt, report.durationMs, gateCases, [
      ['decision', report.decision],
      ['headline', report.headline],
      ['dataset', `${report.dataset.file} (${report.dataset.items} items, ${report.dataset.hash})`],
      ['evalgate', report.evalgateVersion],
    ]),
    ...report.gates
      .filter((result) => result.status !== 'pass' && result.failingItems.length > 0)
      .map((result) =>
        suite(
          `${report.name}: failing items of ${result.gate.name}`,
          report.startedAt,
          0,
          result.failingItems.map((item) => itemCase(report, result, item)),
        ),
      ),
  ];
  const total = count(suites);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes([
      ['name', `evalgate ${report.name}`],
      ['tests', total.tests],
      ['failures', total.failures],
      ['errors', total.errors],
      ['time', seconds(report.durationMs)],
    ])}>`,
    ...suites.map((built) => built.xml),
    '</testsuites>',
    '',
  ].join('\n');
}

interface TestCase {
  xml: string;
  failed: boolean;
  errored: boolean;
}

interface Suite extends TestCase {
  tests: number;
  failures: number;
  errors: number;
}

function suite(
  name: string,
  timestamp: string,
  durationMs: number,
  cases: readonly TestCase[],
  properties: readonly [string, string][] = [],
): Suite {
  const failures = cases.filter((testCase) => testCase.failed).length;
  const errors = cases.filter((testCase) => testCase.errored).length;
  const head = `  <testsuite${attributes([
    ['name', name],
    ['tests', cases.length],
    ['failures', failures],
    ['errors', errors],
    ['skipped', 0],
    ['timestamp', timestamp],
    ['time', seconds(durationMs)],
  ])}>`;
  const propertyLines =
    properties.length === 0
      ? []
      : [
          '    <properties>',
          ...properties.map(
            ([key, value]) =>
              `      <property${attributes([
                ['name', key],
                ['value', value],
              ])}/>`,
          ),
          '    </properties>',
        ];
  return {
    xml: [head, ...propertyLines, ...cases.map((testCase) => testCase.xml), '  </testsuite>'].join('\n'),
    tests: cases.length,
    failures,
    errors,
    failed: failures > 0,
    errored: errors > 0,
  };
}

function gateCase(report: Report, result: GateResult): TestCase {
  const name = `${result.gate.name} (${result.gate.severity})`;
  const open = `    <testcase${attributes([
    ['name', name],
    ['classname', `evalgate.${report.name}.gates`],
    ...(result.gate.line
      ? ([
          ['file', report.config.file],
          ['line', result.gate.line],
        ] as const)
      : []),
  ])}`;
  return outcome(open, result, result.explanation, result.explanation);
}

function itemCase(report: Report, result: GateResult, item: FailingItem): TestCase {
  const open = `    <testcase${attributes([
    ['name', `${item.id} (${item.category})`],
    ['classname', `evalgate.${report.name}.${result.gate.name}`],
    ['file', item.source.file],
    ['line', item.source.line],
  ])}`;
  const value = `${result.gate.metric} = ${item.value ?? 'n/a'}`;
  const message =
    item.error !== undefined
      ? `${value}: error: ${item.error}`
      : item.reason
        ? `${value}: ${item.reason}`
        : value;
  const detail = [
    value,
    item.error !== undefined ? `error: ${item.error}` : `output: ${item.output ?? '(none)'}`,
    ...(item.expected !== undefined ? [`expected: ${item.expected}`] : []),
    ...(item.reason !== undefined ? [`why: ${item.reason}`] : []),
  ].join('\n');
  return outcome(open, result, message, detail);
}

/** A blocking result fails; one that only warns passes with its warning as output. */
function outcome(open: string, result: GateResult, message: string, detail: string): TestCase {
  if (result.status === 'pass') return { xml: `${open}/>`, failed: false, errored: false };
  if (result.effect === 'block') {
    const failure = `      <failure${attributes([
      ['message', message],
      ['type', `${result.status} (blocking)`],
    ])}>${text(detail)}</failure>`;
    return { xml: [`${open}>`, failure, '    </testcase>'].join('\n'), failed: true, errored: false };
  }
  const out = `      <system-out>${text(`${result.effect === 'warn' ? 'warning' : 'note'}: ${detail}`)}</system-out>`;
  return { xml: [`${open}>`, out, '    </testcase>'].join('\n'), failed: false, errored: false };
}

/** A run that could not decide (decision ERROR): an <error> test case with what went wrong and where. */
function errorCase(report: Report): TestCase {
  const problem = report.error!;
  const where = [problem.file, problem.line].filter((part) => part !== undefined).join(':');
  return {
    xml: [
      `    <testcase${attributes([
        ['name', 'evaluation'],
        ['classname', `evalgate.${report.name}.gates`],
        ...(problem.file ? ([['file', problem.file]] as const) : []),
        ...(problem.line ? ([['line', problem.line]] as const) : []),
      ])}>`,
      `      <error${attributes([
        ['message', problem.message],
        ['type', 'error'],
      ])}>${text(`${where ? `${where}: ` : ''}${problem.key ? `${problem.key}: ` : ''}${problem.message}`)}</error>`,
      '    </testcase>',
    ].join('\n'),
    failed: false,
    errored: true,
  };
}

function count(suites: readonly Suite[]): { tests: number; failures: number; errors: number } {
  return suites.reduce(
    (sum, built) => ({
      tests: sum.tests + built.tests,
      failures: sum.failures + built.failures,
      errors: sum.errors + built.errors,
    }),
    { tests: 0, failures: 0, errors: 0 },
  );
}

function seconds(durationMs: number): string {
  return (Math.max(0, durationMs) / 1000).toFixed(3);
}

function attributes(pairs: readonly (readonly [string, string | number])[]): string {
  return pairs.map(([key, value]) => ` ${key}="${attributeText(String(value))}"`).join('');
}

// XML 1.0 allows tab, line feed, carriage return, and the characters from U+0020 on, except lone surrogates
// and U+FFFE, U+FFFF. Anything else (model output can hold any byte) is written as its escape, \u001b.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- these are the characters XML 1.0 forbids
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function xmlSafe(value: string): string {
  return value.replace(NOT_XML, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Character data: `&` and `<` escaped, `>` so that no `]]>` appears, and `\r` kept (a parser would drop it). */
function text(value: string): string {
  return xmlSafe(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** An attribute value in double quotes: line breaks and tabs kept as references (a parser would fold them). */
function attributeText(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
