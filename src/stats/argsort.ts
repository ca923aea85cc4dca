/**
 * The order of a Float64Array's values (ascending, stable), by an LSD radix sort of their
 * IEEE-754 bits made sortable as unsigned integers: 4 passes of 16 bits, O(n), no
 * comparator calls (a comparator sort of a million indices takes seconds). -0 sorts as 0.
 */
export function argsortFloat64(values: Float64Array): Uint32Array {
  const n = values.length;
  const bits = new Uint32Array(new Float64Array(values.length).buffer);
  const view = new Float64Array(bits.buffer);
  for (let i = 0; i < n; i++) view[i] = values[i] + 0; // -0 becomes +0
  // Little-endian: bits[2i] is the low word, bits[2i+1] the high word (with the sign).
  const keys = new Uint32Array(2 * n);
  for (let i = 0; i < n; i++) {
    const hi = bits[2 * i + 1];
    const lo = bits[2 * i];
    const negative = hi >>> 31 === 1;
    keys[2 * i + 1] = negative ? ~hi >>> 0 : (hi | 0x80000000) >>> 0;
    keys[2 * i] = negative ? ~lo >>> 0 : lo;
  }
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Uint32Array(n);
  const counts = new Uint32Array(65537);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? 0 : 1;
    const shift = (pass % 2) * 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[((keys[2 * i + word] >>> shift) & 0xffff) + 1]++;
    for (let d = 0; d < 65536; d++) counts[d + 1] += counts[d];
    for (let i = 0; i < n; i++) {
      const item = order[i];
      next[counts[(keys[2 * item + word] >>> shift) & 0xffff]++] = item;
    }
    [order, next] = [next, order];
  }
  return order;
}
