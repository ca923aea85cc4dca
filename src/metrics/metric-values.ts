/**
 * A set of metric values, plus the metrics that have no value and why (a single class
 * present, no score column): a clear reason rather than NaN in a table.
 */
export class MetricValues {
  readonly values: Record<string, number> = {};
  readonly notes: Record<string, string> = {};

  set(name: string, value: number): void {
    if (Number.isFinite(value)) {
      this.values[name] = value;
      delete this.notes[name];
    } else this.undefined(name, 'is not a finite number');
  }

  undefined(name: string, reason: string): void {
    delete this.values[name];
    this.notes[name] = reason;
  }

  get(name: string): number | undefined {
    return this.values[name];
  }
}
