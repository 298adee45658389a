/**
 * A problem with what the user gave us (config, dataset, responses, baseline, inputs).
 * It names the file and the line or key, and says how to fix it; it is shown without a stack trace.
 */
export class UserError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly key?: string;
  readonly fix?: string;

  constructor(message: string, where: { file?: string; line?: number; key?: string; fix?: string } = {}) {
    super(message);
    this.name = 'UserError';
    this.file = where.file;
    this.line = where.line;
    this.key = where.key;
    this.fix = where.fix;
  }

  /** `file:line: key: message. fix` in the form editors and CI logs link to. */
  describe(): string {
    const place = [this.file, this.line].filter((part) => part !== undefined).join(':');
    const key = this.key ? `${this.key}: ` : '';
    const fix = this.fix ? ` ${this.fix}` : '';
    return `${place ? `${place}: ` : ''}${key}${this.message}${fix}`;
  }
}

/** Several user errors found at once, so that one run reports every problem. */
export class UserErrors extends UserError {
  readonly errors: UserError[];

  constructor(errors: UserError[]) {
    super(errors.map((error) => error.describe()).join('\n'), errors[0] ?? {});
    this.name = 'UserErrors';
    this.errors = errors;
  }

  override describe(): string {
    return this.errors.map((error) => error.describe()).join('\n');
  }
}
