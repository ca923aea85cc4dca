/**
 * The symbolic values the pickle scanner tracks on its stack: just enough to resolve
 * what a pickle imports and calls (strings for STACK_GLOBAL, globals, call results)
 * and to size joblib's inline arrays. Everything else is `OTHER`, so memory stays
 * bounded however large the pickle is.
 */
export const OTHER = Symbol('other');
export const NONE = Symbol('none');

export class GlobalRef {
  constructor(
    readonly module: string,
    readonly name: string,
  ) {}
  get fullName(): string {
    return `${this.module}.${this.name}`;
  }
}

/** A module object obtained at load time, e.g. `__import__('os')`. */
export class ModuleRef {
  constructor(readonly module: string) {}
}

/** The result of calling or instantiating something. */
export class CallResult {
  state: Value = OTHER;
  constructor(
    readonly callable: Value,
    readonly args: Value,
  ) {}
}

export class Sequence {
  constructor(
    readonly kind: 'tuple' | 'list' | 'set',
    readonly items: Value[],
  ) {}
}

export class Mapping {
  /** More entries were set than are tracked: a lookup could miss a later duplicate key. */
  truncated = false;
  constructor(readonly entries: [Value, Value][]) {}
  /** As Python's dict: a repeated key holds its last value. Unknown once truncated. */
  get(key: string): Value | undefined {
    if (this.truncated) return undefined;
    return this.entries.findLast(([k]) => k === key)?.[1];
  }
  has(key: string): boolean {
    return !this.truncated && this.entries.some(([k]) => k === key);
  }
}

export type Value =
  | string
  | number
  | bigint
  | boolean
  | GlobalRef
  | ModuleRef
  | CallResult
  | Sequence
  | Mapping
  | typeof OTHER
  | typeof NONE;

/** Containers track at most this many items; larger ones keep only their head. */
export const MAX_TRACKED_ITEMS = 256;
/** Strings longer than this are never names of anything; keep a placeholder. */
export const MAX_TRACKED_STRING = 4096;

/** Appends to a tracked container, bounded. */
export function pushBounded(items: Value[], value: Value): void {
  if (items.length < MAX_TRACKED_ITEMS) items.push(value);
}
