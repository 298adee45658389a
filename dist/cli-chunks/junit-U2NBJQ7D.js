import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-ATWX4YAV.js";

// src/report/junit.ts
function renderJunit(report) {
  const gateCases = report.gates.map((result) => gateCase(report, result));
  if (report.error) gateCases.unshift(errorCase(report));
  const suites = [
    suite(`${report.name}: gates`, report.startedAt, report.durationMs, gateCases, [
      ["decision", report.decision],
      ["headline", report.headline],
      ["dataset", `${report.dataset.file} (${report.dataset.items} items, ${report.dataset.hash})`],
      ["evalgate", report.evalgateVersion]
    ]),
    ...report.gates.filter((result) => result.status !== "pass" && result.failingItems.length > 0).map(
      (result) => suite(
        `${report.name}: failing items of ${result.gate.name}`,
        report.startedAt,
        0,
        result.failingItems.map((item) => itemCase(report, result, item))
      )
    )
  ];
  const total = count(suites);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes([
      ["name", `evalgate ${report.name}`],
      ["tests", total.tests],
      ["failures", total.failures],
      ["errors", total.errors],
      ["time", seconds(report.durationMs)]
    ])}>`,
    ...suites.map((built) => built.xml),
    "</testsuites>",
    ""
  ].join("\n");
}
__name(renderJunit, "renderJunit");
function suite(name, timestamp, durationMs, cases, properties = []) {
  const failures = cases.filter((testCase) => testCase.failed).length;
  const errors = cases.filter((testCase) => testCase.errored).length;
  const head = `  <testsuite${attributes([
    ["name", name],
    ["tests", cases.length],
    ["failures", failures],
    ["errors", errors],
    ["skipped", 0],
    ["timestamp", timestamp],
    ["time", seconds(durationMs)]
  ])}>`;
  const propertyLines = properties.length === 0 ? [] : [
    "    <properties>",
    ...properties.map(
      ([key, value]) => `      <property${attributes([
        ["name", key],
        ["value", value]
      ])}/>`
    ),
    "    </properties>"
  ];
  return {
    xml: [head, ...propertyLines, ...cases.map((testCase) => testCase.xml), "  </testsuite>"].join("\n"),
    tests: cases.length,
    failures,
    errors,
    failed: failures > 0,
    errored: errors > 0
  };
}
__name(suite, "suite");
function gateCase(report, result) {
  const name = `${result.gate.name} (${result.gate.severity})`;
  const open = `    <testcase${attributes([
    ["name", name],
    ["classname", `evalgate.${report.name}.gates`],
    ...result.gate.line ? [
      ["file", report.config.file],
      ["line", result.gate.line]
    ] : []
  ])}`;
  return outcome(open, result, result.explanation, result.explanation);
}
__name(gateCase, "gateCase");
function itemCase(report, result, item) {
  const open = `    <testcase${attributes([
    ["name", `${item.id} (${item.category})`],
    ["classname", `evalgate.${report.name}.${result.gate.name}`],
    ["file", item.source.file],
    ["line", item.source.line]
  ])}`;
  const value = `${result.gate.metric} = ${item.value ?? "n/a"}`;
  const message = item.error !== void 0 ? `${value}: error: ${item.error}` : item.reason ? `${value}: ${item.reason}` : value;
  const detail = [
    value,
    item.error !== void 0 ? `error: ${item.error}` : `output: ${item.output ?? "(none)"}`,
    ...item.expected !== void 0 ? [`expected: ${item.expected}`] : [],
    ...item.reason !== void 0 ? [`why: ${item.reason}`] : []
  ].join("\n");
  return outcome(open, result, message, detail);
}
__name(itemCase, "itemCase");
function outcome(open, result, message, detail) {
  if (result.status === "pass") return { xml: `${open}/>`, failed: false, errored: false };
  if (result.effect === "block") {
    const failure = `      <failure${attributes([
      ["message", message],
      ["type", `${result.status} (blocking)`]
    ])}>${text(detail)}</failure>`;
    return { xml: [`${open}>`, failure, "    </testcase>"].join("\n"), failed: true, errored: false };
  }
  const out = `      <system-out>${text(`${result.effect === "warn" ? "warning" : "note"}: ${detail}`)}</system-out>`;
  return { xml: [`${open}>`, out, "    </testcase>"].join("\n"), failed: false, errored: false };
}
__name(outcome, "outcome");
function errorCase(report) {
  const problem = report.error;
  const where = [problem.file, problem.line].filter((part) => part !== void 0).join(":");
  return {
    xml: [
      `    <testcase${attributes([
        ["name", "evaluation"],
        ["classname", `evalgate.${report.name}.gates`],
        ...problem.file ? [["file", problem.file]] : [],
        ...problem.line ? [["line", problem.line]] : []
      ])}>`,
      `      <error${attributes([
        ["message", problem.message],
        ["type", "error"]
      ])}>${text(`${where ? `${where}: ` : ""}${problem.key ? `${problem.key}: ` : ""}${problem.message}`)}</error>`,
      "    </testcase>"
    ].join("\n"),
    failed: false,
    errored: true
  };
}
__name(errorCase, "errorCase");
function count(suites) {
  return suites.reduce(
    (sum, built) => ({
      tests: sum.tests + built.tests,
      failures: sum.failures + built.failures,
      errors: sum.errors + built.errors
    }),
    { tests: 0, failures: 0, errors: 0 }
  );
}
__name(count, "count");
function seconds(durationMs) {
  return (Math.max(0, durationMs) / 1e3).toFixed(3);
}
__name(seconds, "seconds");
function attributes(pairs) {
  return pairs.map(([key, value]) => ` ${key}="${attributeText(String(value))}"`).join("");
}
__name(attributes, "attributes");
var NOT_XML = (
  // eslint-disable-next-line no-control-regex -- these are the characters XML 1.0 forbids
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
);
function xmlSafe(value) {
  return value.replace(NOT_XML, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
__name(xmlSafe, "xmlSafe");
function text(value) {
  return xmlSafe(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}
__name(text, "text");
function attributeText(value) {
  return text(value).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}
__name(attributeText, "attributeText");
export {
  renderJunit
};
