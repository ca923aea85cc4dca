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

/**
 * Sorts a Float64Array ascending in place by the same LSD radix sort of its bits (a typed
 * array's own sort takes ~10× longer on a million values); passes whose 16 bits are the
 * same in every value are skipped. NaN must not occur.
 */
export function sortFloat64(
  values: Float64Array,
  /** Four arrays of at least values.length to work in (reused across calls), or none. */
  scratch?: Uint32Array[],
): Float64Array {
  const n = values.length;
  if (n < 256) return values.sort();
  const bits = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  const room = (i: number) => (scratch ? scratch[i].subarray(0, n) : new Uint32Array(n));
  let hi = room(0);
  let lo = room(1);
  for (let i = 0; i < n; i++) {
    const h = bits[2 * i + 1];
    const negative = h >>> 31 === 1;
    hi[i] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
    lo[i] = negative ? ~bits[2 * i] >>> 0 : bits[2 * i];
  }
  let nextHi = room(2);
  let nextLo = room(3);
  const counts = new Uint32Array(65537);
  for (let pass = 0; pass < 4; pass++) {
    const source = pass < 2 ? lo : hi;
    const shift = (pass % 2) * 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[((source[i] >>> shift) & 0xffff) + 1]++;
    // Every value has the same digit here: nothing to move.
    if (counts[((source[0] >>> shift) & 0xffff) + 1] === n) continue;
    for (let d = 0; d < 65536; d++) counts[d + 1] += counts[d];
    for (let i = 0; i < n; i++) {
      const at = counts[(source[i] >>> shift) & 0xffff]++;
      nextHi[at] = hi[i];
      nextLo[at] = lo[i];
    }
    [hi, nextHi] = [nextHi, hi];
    [lo, nextLo] = [nextLo, lo];
  }
  for (let i = 0; i < n; i++) {
    const negative = hi[i] >>> 31 === 0;
    bits[2 * i + 1] = negative ? ~hi[i] >>> 0 : hi[i] & 0x7fffffff;
    bits[2 * i] = negative ? ~lo[i] >>> 0 : lo[i];
  }
  return values;
}
