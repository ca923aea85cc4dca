/**
 * Holm's step-down adjustment (S. Holm, "A simple sequentially rejective multiple test
 * procedure", Scandinavian Journal of Statistics 6:65–70, 1979): the i-th smallest of m
 * p-values becomes max over j ≤ i of min(1, (m − j + 1) p_(j)); rejecting where the
 * adjusted value is below α keeps the family-wise error at α.
 */
export function holm(pValues: number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((a, b) => pValues[a] - pValues[b]);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach((index, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * pValues[index]));
    adjusted[index] = running;
  });
  return adjusted;
}
