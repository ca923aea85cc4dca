/** Decoding of opcode arguments: integers, protocol 0 text, lengths. */
import { MAX_TRACKED_ITEMS, type Value } from './values.js';

/** Pairs up MARK-delimited items for DICT and SETITEMS (bounded). */
export function pairs(items: Value[]): [Value, Value][] {
  const out: [Value, Value][] = [];
  for (let i = 0; i + 1 < items.length && out.length < MAX_TRACKED_ITEMS; i += 2)
    out.push([items[i], items[i + 1]]);
  return out;
}

/** LONG1/LONG4 payload: little-endian two's complement. */
export function decodeLong(bytes: Buffer): bigint | number {
  if (bytes.length === 0) return 0;
  let value = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) value = (value << 8n) | BigInt(bytes[i]);
  if (bytes[bytes.length - 1] & 0x80) value -= 1n << BigInt(bytes.length * 8);
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(value)
    : value;
}

/** An 8-byte length, refused when no file could be that long. */
export function readLength8(bytes: Buffer, fail: (m: string) => never): number {
  const length = bytes.readBigUInt64LE(0);
  if (length > BigInt(Number.MAX_SAFE_INTEGER)) fail(`length ${length} is larger than any file`);
  return Number(length);
}

/**
 * Decodes protocol 0's quoted STRING argument exactly as CPython does
 * (`PyBytes_DecodeEscape`): `\\ \' \" \a \b \f \n \r \t \v`, one to three octal
 * digits (`'o\163'` is `os`), `\x` with exactly two hex digits, and any other escape
 * kept as written.
 */
export function decodeQuoted(text: string, fail: (m: string) => never): string {
  const trimmed = text.replace(/\r$/, '');
  const quote = trimmed[0];
  if (
    trimmed.length < 2 ||
    (quote !== "'" && quote !== '"') ||
    trimmed[trimmed.length - 1] !== quote
  ) {
    fail('STRING argument is not quoted');
  }
  const body = trimmed.slice(1, -1);
  const simple: Record<string, string> = {
    '\\': '\\',
    "'": "'",
    '"': '"',
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
  };
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const d = body[++i];
    if (d === undefined) fail('STRING argument ends in a lone backslash');
    if (d in simple) out += simple[d];
    else if (d >= '0' && d <= '7') {
      let value = Number(d);
      for (let k = 0; k < 2 && body[i + 1] >= '0' && body[i + 1] <= '7'; k++)
        value = value * 8 + Number(body[++i]);
      out += String.fromCharCode(value & 0xff);
    } else if (d === 'x') {
      const hex = body.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) fail('invalid \\x escape in STRING argument');
      out += String.fromCharCode(Number.parseInt(hex, 16));
      i += 2;
    } else out += `\\${d}`;
  }
  return out;
}

/**
 * Decodes protocol 0 UNICODE arguments as `raw-unicode-escape` does: `\uXXXX` and
 * `\UXXXXXXXX` are escapes only after an odd number of backslashes; all else is literal.
 */
export function decodeRawUnicodeEscape(text: string, fail: (m: string) => never): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '\\') {
      out += text[i++];
      continue;
    }
    let run = 0;
    while (text[i + run] === '\\') run++;
    const next = text[i + run];
    if (run % 2 === 0 || (next !== 'u' && next !== 'U')) {
      out += text.slice(i, i + run);
      i += run;
      continue;
    }
    out += '\\'.repeat(run - 1);
    const digits = next === 'u' ? 4 : 8;
    const hex = text.slice(i + run + 1, i + run + 1 + digits);
    if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) fail(`truncated \\${next} escape`);
    const code = Number.parseInt(hex, 16);
    if (code > 0x10ffff) fail('\\U escape out of range');
    out += String.fromCodePoint(code);
    i += run + 1 + digits;
  }
  return out;
}

/**
 * A decimal text argument as CPython reads it for GET/PUT (`PyLong_FromString`, base
 * 10) and INT (`strtol`, base 0: `010` is eight, `1_0` is ten): where the two readings
 * could differ the text is refused, so only plain digits (and INT's `00`/`01`) pass.
 */
export function canonicalInteger(text: string, kind: 'memo' | 'int' | 'long'): bigint | undefined {
  const body = kind === 'long' ? text.replace(/L$/, '') : text;
  if (kind === 'memo') return /^[0-9]+$/.test(body) && body.length < 16 ? BigInt(body) : undefined;
  if (!/^-?(0|[1-9][0-9]*)$/.test(body)) return undefined;
  return BigInt(body);
}
