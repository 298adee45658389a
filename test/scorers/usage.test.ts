import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PRICES,
  canonicalModelName,
  costUsd,
  findPrice,
  mergePrices,
} from '../../src/scorers/prices.js';
import { createUsageScorer } from '../../src/scorers/usage.js';
import { answer, item } from './helpers.js';

const usage = { prompt: 1200, completion: 300, total: 1500 };

describe('usage metrics', () => {
  it('declares latency, tokens and cost as lower-is-better continuous metrics left out on error', () => {
    const scorer = createUsageScorer({ prices: DEFAULT_PRICES });
    expect(scorer.metrics.map((spec) => [spec.name, spec.kind, spec.higherIsBetter, spec.onError])).toEqual([
      ['latency_ms', 'continuous', false, 'exclude'],
      ['total_tokens', 'continuous', false, 'exclude'],
      ['cost_usd', 'continuous', false, 'exclude'],
    ]);
  });

  it('reads latency and tokens, and prices the call', () => {
    const scorer = createUsageScorer({ prices: DEFAULT_PRICES, model: 'gpt-4o-mini' });
    const scores = scorer.score(item(), answer('x', { latencyMs: 812, usage }));
    // 1200 * 0.15 / 1e6 + 300 * 0.60 / 1e6 = 0.00018 + 0.00018
    expect(scores).toEqual({
      latency_ms: 812,
      total_tokens: 1500,
      cost_usd: expect.closeTo(0.00036, 15) as number,
    });
    expect(scorer.price).toEqual({ key: 'gpt-4o-mini', price: { input: 0.15, output: 0.6 } });
    expect(scorer.unpricedModels).toEqual([]);
  });

  it('is null (N/A) when nothing was measured', () => {
    const scorer = createUsageScorer({ prices: DEFAULT_PRICES, model: 'gpt-4o' });
    expect(scorer.score(item(), answer('x'))).toEqual({
      latency_ms: null,
      total_tokens: null,
      cost_usd: null,
    });
    expect(scorer.details!(item(), answer('x'))).toEqual({
      latency_ms: 'N/A: no latency was recorded',
      total_tokens: 'N/A: no token usage was recorded',
      cost_usd: 'N/A: no token usage was recorded',
    });
  });

  it('has no cost for an unknown model or without a model, and says which model lacks a price', () => {
    const unknown = createUsageScorer({ prices: DEFAULT_PRICES, model: 'my-finetune-v3' });
    expect(unknown.score(item(), answer('x', { usage })).cost_usd).toBeNull();
    expect(unknown.unpricedModels).toEqual(['my-finetune-v3']);
    expect(unknown.details!(item(), answer('x', { usage, latencyMs: 1 }))).toEqual({
      cost_usd: 'N/A: no price for model "my-finetune-v3" (add it under prices: in the config)',
    });
    const anonymous = createUsageScorer({ prices: DEFAULT_PRICES });
    expect(anonymous.score(item(), answer('x', { usage })).cost_usd).toBeNull();
    expect(anonymous.unpricedModels).toEqual([]);
  });

  it('uses prompt + completion when total is missing', () => {
    const scorer = createUsageScorer({ prices: {} });
    const partial = { prompt: 10, completion: 5, total: Number.NaN };
    expect(scorer.score(item(), answer('x', { usage: partial })).total_tokens).toBe(15);
  });
});

describe('prices', () => {
  it('covers the common models', () => {
    for (const model of [
      'gpt-4o',
      'gpt-4o-mini',
      'gpt-4.1',
      'gpt-4.1-mini',
      'gpt-4.1-nano',
      'o3-mini',
      'claude-3-5-sonnet',
      'claude-3-5-haiku',
      'amazon.nova-lite',
      'amazon.nova-pro',
    ]) {
      expect(DEFAULT_PRICES[model], model).toBeDefined();
    }
    expect(DEFAULT_PRICES['amazon.nova-pro']).toEqual({ input: 0.8, output: 3.2 });
  });

  it('canonicalizes vendor ids', () => {
    expect(canonicalModelName('openai/gpt-4o-2024-08-06')).toBe('gpt-4o');
    expect(canonicalModelName('us.anthropic.claude-3-5-sonnet-20241022-v2:0')).toBe('claude-3-5-sonnet');
    expect(canonicalModelName('amazon.nova-lite-v1:0')).toBe('nova-lite');
    expect(canonicalModelName('claude-3-5-haiku-latest')).toBe('claude-3-5-haiku');
    expect(canonicalModelName('GPT-4.1-mini')).toBe('gpt-4.1-mini');
  });

  it('finds a price: exact key, then prefixes dropped, then the family', () => {
    expect(findPrice(DEFAULT_PRICES, 'gpt-4o-mini-2024-07-18')?.key).toBe('gpt-4o-mini');
    expect(findPrice(DEFAULT_PRICES, 'openai/gpt-4.1-nano')?.key).toBe('gpt-4.1-nano');
    expect(findPrice(DEFAULT_PRICES, 'us.amazon.nova-pro-v1:0')?.key).toBe('amazon.nova-pro');
    expect(findPrice(DEFAULT_PRICES, 'anthropic.claude-3-haiku-20240307-v1:0')?.key).toBe('claude-3-haiku');
    // an exact snapshot entry wins; other snapshots take the family entry, not that snapshot's
    expect(findPrice(DEFAULT_PRICES, 'gpt-3.5-turbo-0613')?.price).toEqual({ input: 1.5, output: 2 });
    expect(findPrice(DEFAULT_PRICES, 'gpt-3.5-turbo-0125')?.key).toBe('gpt-3.5-turbo');
    expect(findPrice(DEFAULT_PRICES, 'gpt-5')).toBeUndefined();
    expect(findPrice(DEFAULT_PRICES, 'toString')).toBeUndefined();
    expect(findPrice(DEFAULT_PRICES, 'o3-mini-2025-01-31')?.key).toBe('o3-mini');
  });

  it('lets the user add and override', () => {
    const table = mergePrices({ 'gpt-4o': { input: 1, output: 2 }, 'my-model': { input: 0, output: 0 } });
    expect(findPrice(table, 'gpt-4o-2024-11-20')?.price).toEqual({ input: 1, output: 2 });
    expect(findPrice(table, 'my-model')?.price).toEqual({ input: 0, output: 0 });
    expect(findPrice(table, 'gpt-4o-mini')?.price).toEqual(DEFAULT_PRICES['gpt-4o-mini']);
    expect(DEFAULT_PRICES['gpt-4o']).toEqual({ input: 2.5, output: 10 }); // the defaults are untouched
  });

  it('computes USD per million tokens', () => {
    expect(costUsd({ prompt: 1_000_000, completion: 500_000 }, { input: 3, output: 15 })).toBe(10.5);
  });
});
