import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-ATWX4YAV.js";

// src/history/endpoint.ts
function describeEndpoint(url) {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return "(an invalid URL)";
  }
}
__name(describeEndpoint, "describeEndpoint");

export {
  describeEndpoint
};
