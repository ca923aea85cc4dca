/**
 * Assembles pickle byte streams opcode by opcode, for the evasions and corrupt cases
 * that no well-behaved pickler writes.
 */
type Part = number | string | Buffer | Part[];

/** Concatenates opcodes (numbers are bytes; strings are latin1). */
export function bytes(...parts: Part[]): Buffer {
  const out: Buffer[] = [];
  const add = (part: Part) => {
    if (typeof part === 'number') out.push(Buffer.from([part]));
    else if (typeof part === 'string') out.push(Buffer.from(part, 'latin1'));
    else if (Buffer.isBuffer(part)) out.push(part);
    else part.forEach(add);
  };
  parts.forEach(add);
  return Buffer.concat(out);
}

export const PROTO = (v: number) => bytes(0x80, v);
export const STOP = '.';
export const MARK = '(';
export const TUPLE = 't';
export const TUPLE1 = 0x85;
export const EMPTY_TUPLE = ')';
export const REDUCE = 'R';
export const BUILD = 'b';
export const NEWOBJ = 0x81;
export const STACK_GLOBAL = 0x93;
export const MEMOIZE = 0x94;
export const EMPTY_DICT = '}';
export const SETITEM = 's';
export const NONE = 'N';
/** GLOBAL module\nname\n (protocol 0+). */
export const GLOBAL = (module: string, name: string) => `c${module}\n${name}\n`;
/** INST module\nname\n (protocol 0: import and call with the items since MARK). */
export const INST = (module: string, name: string) => `i${module}\n${name}\n`;
export const SHORT_BINUNICODE = (s: string) => {
  const b = Buffer.from(s, 'utf8');
  return bytes(0x8c, b.length, b);
};
export const BINUNICODE = (s: string) => {
  const b = Buffer.from(s, 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(b.length);
  return bytes('X', len, b);
};
export const STRING = (s: string) => `S'${s}'\n`;
export const BININT1 = (n: number) => bytes('K', n);
export const BINPUT = (i: number) => bytes('q', i);
export const BINGET = (i: number) => bytes('h', i);
