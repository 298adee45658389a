// The price of each judge model, from judge.prices; a model without one is a config error.
import type { Price } from '../../core/types.js';
import { UserError } from '../../core/errors.js';
import { findPrice } from '../../scorers/prices.js';
import type { JudgeConfig } from '../../core/judge.js';

export function judgePriceOf(config: JudgeConfig): (model: string) => Price {
  return (model) => {
    const match = findPrice(config.prices, model);
    if (!match) {
      throw new UserError(`no price is known for the judge model "${model}".`, {
        key: 'judge.prices',
        fix: 'Add it under judge.prices (USD per million tokens).',
      });
    }
    return match.price;
  };
}
