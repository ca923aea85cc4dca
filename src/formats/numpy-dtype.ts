/** NumPy dtype descriptions as written in .npy headers and joblib pickles. */
import type { PyValue } from './python-literal.js';

const FIXED: Record<string, number> = {
  '?': 1,
  b: 1,
  B: 1,
  h: 2,
  H: 2,
  i: 4,
  I: 4,
  l: 8,
  L: 8,
  q: 8,
  Q: 8,
  p: 8,
  P: 8,
  e: 2,
  f: 4,
  d: 8,
  g: 16,
  F: 8,
  D: 16,
  G: 32,
  M: 8,
  m: 8,
};

/** Bytes per element of a dtype string such as `f8`, `<i4`, `U10`, `M8[ns]`; undefined if unknown. */
export function itemSize(descr: string): number | undefined {
  const match = /^[|<>=]?([?bBhHiIlLqQpPefdgFDGSaUVMmiufcO])(\d*)(\[\w+\])?$/.exec(descr);
  if (!match) return undefined;
  const [, kind, digits] = match;
  if (kind === 'O') return 8;
  if (kind === 'U') return Number(digits || 0) * 4;
  if (digits !== '') return Number(digits);
  return FIXED[kind];
}

/** True when a dtype description holds Python objects (so the data is a pickle). */
export function hasObjects(descr: PyValue): boolean {
  if (typeof descr === 'string') return /^[|<>=]?O/.test(descr);
  if (Array.isArray(descr))
    return descr.some((field) => Array.isArray(field) && hasObjects(field[1] ?? null));
  return false;
}

/** Item size of a simple or structured (list of fields) description. */
export function descrSize(descr: PyValue): number | undefined {
  if (typeof descr === 'string') return itemSize(descr);
  if (!Array.isArray(descr)) return undefined;
  let total = 0;
  for (const field of descr) {
    if (!Array.isArray(field) || field.length < 2) return undefined;
    const size = descrSize(field[1]);
    if (size === undefined) return undefined;
    let count = 1;
    const shape = field[2];
    if (Array.isArray(shape)) for (const d of shape) count *= typeof d === 'number' ? d : NaN;
    else if (typeof shape === 'number') count = shape;
    if (!Number.isFinite(count)) return undefined;
    total += size * count;
  }
  return total;
}
