/**
 * Growable typed columns for reading predictions row by row without holding the rows:
 * numbers go straight into a Float64Array, category values into an Int32Array of codes
 * over a dictionary of the distinct values seen.
 */

/** A copy of `array` with twice the room. */
function doubled<T extends Float64Array | Int32Array>(array: T): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** A Float64Array that grows by doubling; `values()` is a view of the filled part. */
export class NumberColumn {
  private data = new Float64Array(1024);
  length = 0;

  /** Makes room for `capacity` values at once (a known or estimated count). */
  reserve(capacity: number): void {
    if (capacity <= this.data.length) return;
    const bigger = new Float64Array(capacity);
    bigger.set(this.values());
    this.data = bigger;
  }

  push(value: number): void {
    if (this.length === this.data.length) this.data = doubled(this.data);
    this.data[this.length++] = value;
  }

  values(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}

/** Codes (Int32) over a dictionary of distinct strings, in order of first appearance. */
export class CategoryColumn {
  private codes = new Int32Array(1024);
  private readonly index = new Map<string, number>();
  readonly dictionary: string[] = [];
  length = 0;

  push(value: string): void {
    let code = this.index.get(value);
    if (code === undefined) {
      code = this.dictionary.length;
      this.index.set(value, code);
      this.dictionary.push(value);
    }
    if (this.length === this.codes.length) this.codes = doubled(this.codes);
    this.codes[this.length++] = code;
  }

  values(): Int32Array {
    return this.codes.subarray(0, this.length);
  }
}

/**
 * A label or prediction column: the numeric value of each row (NaN when not a number)
 * and, while there are at most `maxClasses` distinct values, their category codes.
 * A regression target has too many distinct values to keep a dictionary of.
 */
export class ValueColumn {
  readonly numbers = new NumberColumn();
  private categories: CategoryColumn | undefined = new CategoryColumn();

  constructor(private readonly maxClasses = 1000) {}

  push(raw: string): void {
    const key = canonicalValue(raw);
    const number = key === '' ? NaN : Number(key);
    this.numbers.push(number);
    if (this.categories) {
      this.categories.push(key);
      if (this.categories.dictionary.length > this.maxClasses) this.categories = undefined;
    }
  }

  get length(): number {
    return this.numbers.length;
  }

  /** The category codes and their dictionary, or undefined past `maxClasses` values. */
  categoriesOf(): { codes: Int32Array; dictionary: string[] } | undefined {
    return (
      this.categories && {
        codes: this.categories.values(),
        dictionary: this.categories.dictionary,
      }
    );
  }
}

/**
 * One spelling per value, so that `1`, `1.0` and `True` are the same class (as pandas
 * and NumPy see them) while `cat` stays `cat`.
 */
export function canonicalValue(raw: string): string {
  const value = raw.trim();
  if (value === '') return '';
  if (/^(true|True|TRUE)$/.test(value)) return '1';
  if (/^(false|False|FALSE)$/.test(value)) return '0';
  const number = Number(value);
  return Number.isFinite(number) ? String(number) : value;
}
