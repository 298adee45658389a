import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);

// package.json
var package_default = {
  name: "evalgate",
  version: "0.1.0",
  description: "Gate model deployments on evaluation results: metrics, LLM judge, statistical regression checks and quality gates, as a GitHub Action and a CLI.",
  type: "module",
  license: "MIT",
  private: true,
  bin: {
    evalgate: "dist/cli.js"
  },
  files: [
    "dist",
    "schemas",
    "action.yml"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/build.mjs",
    schema: "node scripts/config-schema.mjs",
    typecheck: "tsc --noEmit",
    lint: "eslint . && prettier --check . && npm run lint:imports",
    "lint:imports": "depcruise src --config .dependency-cruiser.mjs --output-type err",
    format: "prettier --write .",
    test: "vitest run",
    bench: "node scripts/bench.mjs",
    "bench:stats": "node scripts/bench-stats.mjs",
    "bench:contamination": "node scripts/bench-contamination.mjs",
    evalgate: "node dist/cli.js"
  },
  dependencies: {
    "@actions/artifact": "^6.2.1",
    "@actions/cache": "^6.3.0",
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    jstat: "^1.9.6",
    openai: "^7.57.0",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@eslint/js": "^9.39.0",
    "@types/node": "^24.19.2",
    "dependency-cruiser": "^18.7.2",
    esbuild: "^0.28.2",
    eslint: "^9.39.0",
    "fast-xml-parser": "^5.12.1",
    node: "^24.9.0",
    prettier: "^3.10.1",
    typescript: "~6.0.3",
    "typescript-eslint": "^8.73.0",
    vitest: "^5.1.1"
  }
};

// src/version.ts
var EVALGATE_VERSION = package_default.version;

export {
  EVALGATE_VERSION
};
