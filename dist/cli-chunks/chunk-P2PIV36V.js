import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-ATWX4YAV.js";

// src/model/circuit-breaker.ts
var DEFAULT_MODEL_CIRCUIT_BREAKER = 10;
var DEFAULT_JUDGE_CIRCUIT_BREAKER = 5;
function isEndpointFailure(error) {
  return error.kind === "connection" || error.kind === "timeout";
}
__name(isEndpointFailure, "isEndpointFailure");
var CircuitBreaker = class {
  static {
    __name(this, "CircuitBreaker");
  }
  threshold;
  endpoint;
  controller = new AbortController();
  consecutive = 0;
  last;
  /** Calls answered with the breaker's error (not sent, or stopped in flight). */
  shortCircuited = 0;
  /**
   * @param threshold consecutive endpoint-level failures that open it; 0 (or less) disables it.
   * @param endpoint how messages name the endpoint, e.g. `the model endpoint`.
   */
  constructor(threshold, endpoint) {
    this.threshold = Number.isFinite(threshold) ? Math.max(0, Math.floor(threshold)) : 0;
    this.endpoint = endpoint;
  }
  get isOpen() {
    return this.controller.signal.aborted;
  }
  /** Aborts when the breaker opens, with an Error carrying the breaker's message. */
  get signal() {
    return this.controller.signal;
  }
  /** Records the outcome of one call after its retries: `undefined` for a success. */
  record(error) {
    if (this.isOpen) return;
    if (error === void 0) {
      this.consecutive = 0;
      return;
    }
    if (error.kind === "internal") return;
    if (!isEndpointFailure(error)) {
      this.consecutive = 0;
      return;
    }
    this.consecutive++;
    this.last = error;
    if (this.threshold > 0 && this.consecutive >= this.threshold) {
      this.controller.abort(new Error(this.message()));
    }
  }
  /** The message of the calls the open breaker answers. */
  message() {
    const last = this.last;
    const lastText = last ? `${last.kind}: ${last.message}` : "unknown";
    return `${this.endpoint} looks down after ${this.threshold} consecutive failed requests (last error: ${lastText}); evalgate stopped sending to it`;
  }
  /**
   * The error of a call not sent, or stopped in flight, because the breaker is open. `attempts` is what the call
   * made before it was stopped (0 when it was not sent).
   */
  error(stage, attempts = 0) {
    this.shortCircuited++;
    return {
      stage,
      kind: this.last?.kind === "timeout" ? "timeout" : "connection",
      message: this.message(),
      attempts
    };
  }
};

// src/core/hash.ts
import { createHash } from "node:crypto";
function sha256Hex(data) {
  return createHash("sha256").update(data).digest("hex");
}
__name(sha256Hex, "sha256Hex");
function stableHash(value) {
  return sha256Hex(stableStringify(value));
}
__name(stableHash, "stableHash");
function stableStringify(value) {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  const entries = Object.entries(value).filter(([, entry]) => entry !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${stableStringify(entry)}`).join(",")}}`;
}
__name(stableStringify, "stableStringify");

export {
  DEFAULT_MODEL_CIRCUIT_BREAKER,
  DEFAULT_JUDGE_CIRCUIT_BREAKER,
  isEndpointFailure,
  CircuitBreaker,
  sha256Hex,
  stableHash,
  stableStringify
};
