import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);

// src/core/report.ts
var REPORT_SCHEMA_VERSION = 1;

export {
  REPORT_SCHEMA_VERSION
};
