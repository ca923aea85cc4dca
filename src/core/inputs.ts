/**
 * Action inputs: every input is a raw string ('' when unset, as the runner passes it),
 * parsed once by a zod schema into a typed value. A failure becomes one line:
 * `input '<name>': <what is wrong> (got '<value>')`.
 */
import { z } from 'zod';
import { ConfigurationError } from './errors.js';
import { parseDuration } from './duration.js';
import { parseSize } from './size.js';

/** A schema that turns the raw input string into a typed value. */
export type InputSchema<T = unknown> = z.ZodType<T, string>;

/** The input declarations of one action, keyed by the kebab-case input name. */
export type InputSchemas = Record<string, InputSchema>;

export type ParsedInputs<S extends InputSchemas> = { [K in keyof S]: z.output<S[K]> };

/** Declared metadata that action.yml must agree with (checked by a test). */
export interface InputDeclaration {
  required: boolean;
  default?: string;
  secret?: boolean;
}

const declarations = new WeakMap<InputSchema, InputDeclaration>();

/** The declaration (required/default/secret) attached to an input schema. */
export function declarationOf(schema: InputSchema): InputDeclaration {
  return declarations.get(schema) ?? { required: false };
}

function declare<T>(schema: InputSchema<T>, declaration: InputDeclaration): InputSchema<T> {
  declarations.set(schema, declaration);
  return schema;
}

function withDefault(raw: string, fallback: string | undefined): string {
  const value = raw.trim();
  return value === '' && fallback !== undefined ? fallback : value;
}

/** Free text. `required` rejects an empty value. */
export function text(
  options: { required?: boolean; default?: string; secret?: boolean; expression?: string } = {},
) {
  const schema = z.string().transform((raw, ctx) => {
    const value = withDefault(raw, options.default);
    if (options.required && value === '') {
      ctx.addIssue({ code: 'custom', message: 'is required' });
      return z.NEVER;
    }
    return value;
  });
  return declare(schema, {
    required: options.required ?? false,
    default: options.expression ?? options.default,
    secret: options.secret,
  });
}

/** `true`/`false` in the spellings the YAML 1.2 core schema allows (as @actions/core does). */
export function parseBoolean(value: string): boolean | undefined {
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  return undefined;
}

/** A boolean input (see parseBoolean). */
export function bool(fallback: boolean) {
  const schema = z.string().transform((raw, ctx) => {
    const parsed = parseBoolean(withDefault(raw, String(fallback)));
    if (parsed !== undefined) return parsed;
    ctx.addIssue({ code: 'custom', message: 'must be true or false' });
    return z.NEVER;
  });
  return declare(schema, { required: false, default: String(fallback) });
}

/** One of a fixed set of words. */
export function choice<const T extends string>(values: readonly T[], fallback: T) {
  const schema = z.string().transform((raw, ctx) => {
    const value = withDefault(raw, fallback);
    if ((values as readonly string[]).includes(value)) return value as T;
    ctx.addIssue({ code: 'custom', message: `must be one of ${values.join(', ')}` });
    return z.NEVER;
  });
  return declare(schema, { required: false, default: fallback });
}

/** A byte size such as `2GiB` or `500MB`; undefined when empty. */
export function size() {
  const schema = z.string().transform((raw, ctx) => {
    const value = raw.trim();
    if (value === '') return undefined;
    const bytes = parseSize(value);
    if (bytes === undefined || bytes <= 0) {
      ctx.addIssue({ code: 'custom', message: 'must be a size such as 500MB or 2GiB' });
      return z.NEVER;
    }
    return bytes;
  });
  return declare(schema, { required: false });
}

/** The longest duration an input may give (SPEC §6; far within what a timer holds). */
const MAX_DURATION_MS = 24 * 60 * 60 * 1000;

/** A duration such as `10m`, `90s` or `1h30m`, in milliseconds. */
export function duration(fallback: string) {
  const schema = z.string().transform((raw, ctx) => {
    const ms = parseDuration(withDefault(raw, fallback));
    if (ms === undefined || ms <= 0) {
      ctx.addIssue({ code: 'custom', message: 'must be a duration such as 90s, 10m or 1h30m' });
      return z.NEVER;
    }
    if (ms > MAX_DURATION_MS) {
      ctx.addIssue({ code: 'custom', message: 'must be at most 24h' });
      return z.NEVER;
    }
    return ms;
  });
  return declare(schema, { required: false, default: fallback });
}

/** One entry per non-empty line (commas also separate), trimmed. */
export function lines() {
  const schema = z.string().transform((raw) =>
    raw
      .split(/[\n,]/)
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  );
  return declare(schema, { required: false });
}

/**
 * Parses every input of an action with its schema. `read` returns the raw value
 * of one input ('' when unset). Throws ConfigurationError on the first bad input.
 */
export function parseInputs<S extends InputSchemas>(
  schemas: S,
  read: (name: string) => string,
): ParsedInputs<S> {
  const parsed: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const raw = read(name);
    const result = schema.safeParse(raw);
    if (!result.success) {
      const problem = result.error.issues[0]?.message ?? 'is invalid';
      const shown = declarationOf(schema).secret ? '***' : raw;
      throw new ConfigurationError(name, problem, raw.trim() === '' ? undefined : shown);
    }
    parsed[name] = result.data;
  }
  return parsed as ParsedInputs<S>;
}
