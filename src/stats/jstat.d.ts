// Types for the few jstat 1.9.6 distribution functions evalgate uses (the package ships no types).
// Only distribution and special functions are typed on purpose: jstat's tests (ztest, ttest, one-sided
// helpers, binomial.cdf/pdf, normalci) are wrong in ways that matter to a gate.
declare module 'jstat' {
  interface JStatStatic {
    normal: {
      cdf(x: number, mean: number, sd: number): number;
      inv(p: number, mean: number, sd: number): number;
    };
    studentt: {
      cdf(x: number, dof: number): number;
      inv(p: number, dof: number): number;
    };
    chisquare: {
      cdf(x: number, dof: number): number;
    };
    beta: {
      inv(p: number, alpha: number, beta: number): number;
    };
    /** Regularized incomplete beta function I_x(a, b). */
    ibeta(x: number, a: number, b: number): number;
  }
  const jStat: JStatStatic;
  export = jStat;
}
