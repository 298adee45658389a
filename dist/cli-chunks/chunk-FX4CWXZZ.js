import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-ATWX4YAV.js";

// src/core/errors.ts
var UserError = class extends Error {
  static {
    __name(this, "UserError");
  }
  file;
  line;
  key;
  fix;
  constructor(message, where = {}) {
    super(message);
    this.name = "UserError";
    this.file = where.file;
    this.line = where.line;
    this.key = where.key;
    this.fix = where.fix;
  }
  /** `file:line: key: message. fix` in the form editors and CI logs link to. */
  describe() {
    const place = [this.file, this.line].filter((part) => part !== void 0).join(":");
    const key = this.key ? `${this.key}: ` : "";
    const fix = this.fix ? ` ${this.fix}` : "";
    return `${place ? `${place}: ` : ""}${key}${this.message}${fix}`;
  }
};
var UserErrors = class extends UserError {
  static {
    __name(this, "UserErrors");
  }
  errors;
  constructor(errors) {
    super(errors.map((error) => error.describe()).join("\n"), errors[0] ?? {});
    this.name = "UserErrors";
    this.errors = errors;
  }
  describe() {
    return this.errors.map((error) => error.describe()).join("\n");
  }
};

export {
  UserError,
  UserErrors
};
