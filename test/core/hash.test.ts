import { describe, expect, it } from 'vitest';
import { sha256Hex, stableHash, stableStringify } from '../../src/core/hash.js';

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 test vectors', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('hashes a string as its UTF-8 bytes', () => {
    expect(sha256Hex('é')).toBe(sha256Hex(new Uint8Array([0xc3, 0xa9])));
    expect(sha256Hex('é')).not.toBe(sha256Hex(new Uint8Array([0xe9])));
  });
});

describe('stableStringify', () => {
  it('sorts object keys at every depth', () => {
    expect(stableStringify({ b: 1, a: { d: [2, { z: 1, y: 0 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[2,{"y":0,"z":1}]},"b":1}',
    );
  });

  it('drops undefined members like JSON does, and writes undefined alone as null', () => {
    expect(stableStringify({ a: undefined, b: null })).toBe('{"b":null}');
    expect(stableStringify(undefined)).toBe('null');
    expect(stableStringify([1, undefined])).toBe('[1,null]');
  });

  it('agrees with JSON.stringify on values without objects to reorder', () => {
    for (const value of ['a "quoted"\nline', 1.5, -0, true, null, [1, 'two', [3]], 'ü→']) {
      expect(stableStringify(value)).toBe(JSON.stringify(value));
    }
  });
});

describe('stableHash', () => {
  it('does not depend on key order', () => {
    expect(stableHash({ margin: 0.02, metric: 'accuracy' })).toBe(
      stableHash({ metric: 'accuracy', margin: 0.02 }),
    );
  });

  it('changes when a value, a key or the order of an array changes', () => {
    const hash = stableHash({ metric: 'accuracy', margins: [1, 2] });
    expect(stableHash({ metric: 'accuracy', margins: [2, 1] })).not.toBe(hash);
    expect(stableHash({ metric: 'f1', margins: [1, 2] })).not.toBe(hash);
    expect(stableHash({ metricName: 'accuracy', margins: [1, 2] })).not.toBe(hash);
    expect(hash).toBe(sha256Hex('{"margins":[1,2],"metric":"accuracy"}'));
  });

  it('tells a number from the string of it', () => {
    expect(stableHash({ a: 1 })).not.toBe(stableHash({ a: '1' }));
  });
});
