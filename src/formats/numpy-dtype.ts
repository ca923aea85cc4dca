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

/** The spellings NumPy itself writes for plain (non-object) dtypes: `dtype.str`. */
const PLAIN =
  /^[|<>=]?(\?|b1|[iu][1248]|f(2|4|8|10|12|16)|c(8|16|20|24|32)|[SU]\d+|V\d+|[Mm]8(\[\d*[a-zA-Z]+\])?)$/;
const OBJECT = /^[|<>=]?O8?$/;

export type DescrKind = 'plain' | 'objects' | 'unknown';

/**
 * What a dtype description holds: `plain` data, Python `objects` (the data is a pickle),
 * or `unknown`: a spelling NumPy does not write itself (`'object'`, `('O', (1,))`), which
 * NumPy may still read as objects, so it is never taken for plain data.
 */
export function classifyDescr(descr: PyValue): DescrKind {
  if (typeof descr === 'string')
    return PLAIN.test(descr) ? 'plain' : OBJECT.test(descr) ? 'objects' : 'unknown';
  if (!Array.isArray(descr) || descr.length === 0) return 'unknown';
  let kind: DescrKind = 'plain';
  for (const field of descr) {
    if (!Array.isArray(field) || field.length < 2 || field.length > 3) return 'unknown';
    const [name, inner, shape] = field;
    const named =
      typeof name === 'string' ||
      (Array.isArray(name) && name.length === 2 && name.every((n) => typeof n === 'string'));
    const shaped =
      shape === undefined ||
      (typeof shape === 'number' && shape >= 0) ||
      (Array.isArray(shape) && shape.every((d) => typeof d === 'number' && d >= 0));
    if (!named || !shaped) return 'unknown';
    const sub = classifyDescr(inner);
    if (sub === 'unknown') return 'unknown';
    if (sub === 'objects') kind = 'objects';
  }
  return kind;
}

/** True when a dtype description holds Python objects (so the data is a pickle). */
export function hasObjects(descr: PyValue): boolean {
  return classifyDescr(descr) === 'objects';
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
