// How the judge's log lines, warnings and reasons write shares and amounts.
export const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;
export const dollars = (value: number) =>
  `$${value < 0.01 && value > 0 ? value.toFixed(4) : value.toFixed(2)}`;
