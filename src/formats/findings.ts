/** Findings about a model are data, not exceptions: a list with severity, code, message, location. */
export type Severity = 'error' | 'warning' | 'note';

export interface Finding {
  severity: Severity;
  /** Stable, machine-readable code such as `PICKLE_DANGEROUS_GLOBAL`. */
  code: string;
  message: string;
  /** Path of the file (relative to the model), with an optional inner location. */
  location: { path: string; offset?: number; entry?: string };
}

/** Collects findings for one file, filling in its location. */
export class FindingList {
  readonly items: Finding[] = [];

  constructor(private readonly path: string) {}

  add(
    severity: Severity,
    code: string,
    message: string,
    where: { offset?: number; entry?: string } = {},
  ): void {
    this.items.push({ severity, code, message, location: { path: this.path, ...where } });
  }

  error(code: string, message: string, where?: { offset?: number; entry?: string }): void {
    this.add('error', code, message, where);
  }

  warning(code: string, message: string, where?: { offset?: number; entry?: string }): void {
    this.add('warning', code, message, where);
  }

  note(code: string, message: string, where?: { offset?: number; entry?: string }): void {
    this.add('note', code, message, where);
  }

  /** A view that records findings inside an archive entry. */
  forEntry(entry: string): EntryFindings {
    return {
      error: (code, message, where) => this.error(code, message, { ...where, entry }),
      warning: (code, message, where) => this.warning(code, message, { ...where, entry }),
      note: (code, message, where) => this.note(code, message, { ...where, entry }),
    };
  }
}

/** The reporting surface parsers use (an entry inside an archive or a whole file). */
export interface EntryFindings {
  error(code: string, message: string, where?: { offset?: number }): void;
  warning(code: string, message: string, where?: { offset?: number }): void;
  note(code: string, message: string, where?: { offset?: number }): void;
}

/** Tensor and I/O description shared by every format. */
export interface TensorSpec {
  name: string;
  dtype: string;
  /** Dimensions: a number, or null/a name for "any size"; null for unknown rank. */
  shape: (number | string | null)[] | null;
}

export interface ModelSignature {
  inputs: TensorSpec[];
  outputs: TensorSpec[];
}

/** What weight-only files report instead of inputs and outputs. */
export interface TensorSummary {
  tensors: number;
  parameters: number;
  dtypes: Record<string, number>;
}
