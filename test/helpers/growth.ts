import { performance } from "perf_hooks";

/**
 * Growth, not speed: the best of several runs at size n and `factor`·n, divided. Linear work
 * grows about `factor`×, quadratic work about `factor`²×; a test's bound sits between, far from
 * both, so a slower or busier machine does not change the verdict.
 */
export function growth(
  work: (n: number) => void,
  n: number,
  factor: number,
  runs = 7,
): number {
  const best = (size: number) => {
    let min = Infinity;
    for (let k = 0; k < runs; k++) {
      const start = performance.now();
      work(size);
      min = Math.min(min, performance.now() - start);
    }
    return min;
  };
  best(n); // warm up
  return best(factor * n) / best(n);
}
