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

/** Decodes protocol 0's quoted STRING argument (Python repr of a str). */
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
  return trimmed
    .slice(1, -1)
    .replace(/\\x([0-9a-fA-F]{2})|\\n|\\t|\\r|\\\\|\\'|\\"/g, (all, hex: string | undefined) => {
      if (hex) return String.fromCharCode(Number.parseInt(hex, 16));
      return (
        { '\\n': '\n', '\\t': '\t', '\\r': '\r', '\\\\': '\\', "\\'": "'", '\\"': '"' } as Record<
          string,
          string
        >
      )[all];
    });
}

/** Decodes protocol 0 UNICODE arguments (raw-unicode-escape). */
export function decodeRawUnicodeEscape(text: string): string {
  return text.replace(
    /\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g,
    (_all, u4: string | undefined, u8: string | undefined) =>
      String.fromCodePoint(Number.parseInt((u4 ?? u8) as string, 16)),
  );
}
