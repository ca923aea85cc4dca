/**
 * An opcode-level pickle scanner (protocols 0 to 5) that lists every global a pickle
 * would import and every call it would make, without unpickling. Written here
 * because no maintained JavaScript implementation exists; it follows the opcode
 * semantics of CPython's Lib/pickle.py (`_Unpickler.load_*`), including the
 * metastack for MARK, the memo, and joblib's arrays written inline after BUILD.
 *
 * Long on purpose: one opcode dispatch over one machine state, kept together so that
 * each opcode can be read against its `load_*` in pickle.py (decoding lives in decode.ts,
 * value tracking in values.ts, joblib's arrays in joblib.ts).
 */
import type { EntryFindings } from '../findings.js';
import { StreamReader } from '../stream-reader.js';
import {
  canonicalInteger,
  decodeLong,
  decodeQuoted,
  decodeRawUnicodeEscape,
  pairs,
  readLength8,
} from './decode.js';
import { joblibArraySize, type JoblibArraySize } from './joblib.js';
import {
  classifyGlobal,
  dangerReason,
  isNewOnly,
  mapName,
  type GlobalVerdict,
  type PicklePolicy,
} from './policy.js';
import {
  CallResult,
  GlobalRef,
  MAX_TRACKED_ITEMS,
  MAX_TRACKED_STRING,
  Mapping,
  ModuleRef,
  NONE,
  OTHER,
  Sequence,
  pushBounded,
  type Value,
} from './values.js';

export interface PickleImport {
  module: string;
  name: string;
  verdict: GlobalVerdict;
  /** Offset of the first opcode that imports it. */
  offset: number;
  count: number;
}

export interface PickleScanOptions {
  policy: PicklePolicy;
  allowGlobals: ReadonlySet<string>;
  findings: EntryFindings;
  /** Stop after this many consecutive pickles (legacy PyTorch files hold five). */
  maxPickles?: number;
}

export interface PickleScanResult {
  imports: PickleImport[];
  pickles: number;
  /** joblib arrays found inline (their bytes skipped, object arrays scanned). */
  joblibArrays: number;
  legacyTorch: boolean;
  malformed: boolean;
}

/** Thrown inside the scanner for a stream that is not a valid pickle. */
class MalformedPickle extends Error {
  constructor(
    message: string,
    readonly offset: number,
    /** Well-formed opcodes the scanner refuses because CPython may read them differently. */
    readonly refused = false,
  ) {
    super(message);
  }
}

const LEGACY_TORCH_MAGIC = 0x1950a86a20f9469cfc6cn;
const MEMO_FULL_TRACKING = 2_000_000;
const MAX_STACK = 1_000_000;

/** Scans one or more consecutive pickles from `reader`, reporting into `options.findings`. */
export async function scanPickles(
  reader: StreamReader,
  options: PickleScanOptions,
): Promise<PickleScanResult> {
  const scanner = new Scanner(reader, options);
  const result: PickleScanResult = {
    imports: [],
    pickles: 0,
    joblibArrays: 0,
    legacyTorch: false,
    malformed: false,
  };
  let limit = options.maxPickles ?? Number.POSITIVE_INFINITY;
  try {
    do {
      const value = await scanner.scanOne();
      result.pickles += 1;
      if (
        result.pickles === 1 &&
        (value === LEGACY_TORCH_MAGIC || value === Number(LEGACY_TORCH_MAGIC))
      ) {
        result.legacyTorch = true;
        limit = Math.min(limit, 5);
      }
      // torch.load reads a legacy checkpoint as five pickles, whatever each starts with.
    } while (
      result.pickles < limit &&
      (result.legacyTorch ? result.pickles < 5 : await startsPickle(reader))
    );
  } catch (error) {
    if (!(error instanceof MalformedPickle)) throw error;
    result.malformed = true;
    options.findings.error('PICKLE_MALFORMED', `malformed pickle: ${error.message}`, {
      offset: error.offset,
    });
  }
  result.imports = [...scanner.imports.values()];
  result.joblibArrays = scanner.joblibArrays;
  scanner.report();
  return result;
}

/** True when the next bytes begin a protocol 2+ pickle (PROTO opcode). */
export async function startsPickle(reader: StreamReader): Promise<boolean> {
  const head = await reader.peek(2);
  return head.length === 2 && head[0] === 0x80 && head[1] >= 2 && head[1] <= 5;
}

class Scanner {
  readonly imports = new Map<string, PickleImport>();
  joblibArrays = 0;
  private unresolved = 0;
  private extensions = 0;
  private opOffset = 0;
  /** The current pickle's protocol (PROTO; 0 without): names are mapped below 3. */
  private protocol = 0;
  /** builtins.getattr on the stack, and how many of those were resolved constant calls. */
  private getattrPushes = 0;
  private getattrResolved = 0;
  /** Calls of classes whose constructor loads a file (only `__new__` is allowed). */
  private readonly constructorCalls = new Map<string, number>();

  constructor(
    private readonly reader: StreamReader,
    private readonly options: PickleScanOptions,
  ) {}

  private fail(message: string, refused = false): never {
    throw new MalformedPickle(message, this.opOffset, refused);
  }

  private async bytes(n: number): Promise<Buffer> {
    const data = await this.reader.read(n);
    if (!data) this.fail(`truncated: ${n} bytes expected at offset ${this.reader.offset}`);
    return data;
  }

  private async line(): Promise<string> {
    const data = await this.reader.readLine();
    if (!data) this.fail('truncated or overlong text argument');
    return data.toString('utf8');
  }

  /** Reads a length-prefixed payload: small ones as text, large ones skipped. */
  private async payload(length: number, asText: 'utf8' | 'latin1' | null): Promise<Value> {
    if (length < 0) this.fail('negative length');
    if (asText && length <= MAX_TRACKED_STRING) return (await this.bytes(length)).toString(asText);
    if (!(await this.reader.skip(length)))
      this.fail(`truncated: payload of ${length} bytes runs past the end`);
    return OTHER;
  }

  /** Records an import; `mapped` names were already mapped (a resolved getattr). */
  private record(module: string, name: string, mapped = false): GlobalRef {
    const [mod, nm] = mapped ? [module, name] : mapName(module, name, this.protocol);
    const key = `${mod}.${nm}`;
    const seen = this.imports.get(key);
    if (seen) seen.count += 1;
    else {
      const verdict = classifyGlobal(mod, nm, this.options.allowGlobals);
      this.imports.set(key, { module: mod, name: nm, verdict, offset: this.opOffset, count: 1 });
    }
    return new GlobalRef(mod, nm);
  }

  /** A text integer as CPython reads it, or a malformed-pickle error where readings could differ. */
  private integer(text: string, kind: 'memo' | 'int' | 'long'): number | bigint {
    const value = canonicalInteger(text, kind);
    if (value === undefined)
      this.fail(
        `integer text '${text.slice(0, 40)}' is not plain decimal digits; CPython may read it differently (010 is 8 there, 1_0 is 10)`,
        true,
      );
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(value)
      : value;
  }

  /** Scans one pickle up to its STOP; returns the value STOP pops. */
  async scanOne(): Promise<Value> {
    this.protocol = 0;
    let stack: Value[] = [];
    const metastack: Value[][] = [];
    const memo = new Map<number, Value>();
    let memoLength = 0;
    const r = this.reader;
    const pop = (): Value => {
      if (stack.length === 0) this.fail('stack underflow');
      return stack.pop() as Value;
    };
    const top = (): Value => {
      if (stack.length === 0) this.fail('stack underflow');
      return stack[stack.length - 1];
    };
    const popMark = (): Value[] => {
      const items = stack;
      const previous = metastack.pop();
      if (!previous) this.fail('MARK expected but not found');
      stack = previous;
      return items;
    };
    const push = (value: Value) => {
      if (stack.length >= MAX_STACK) this.fail(`stack deeper than ${MAX_STACK} entries`);
      if (value instanceof GlobalRef && value.fullName === 'builtins.getattr')
        this.getattrPushes += 1;
      stack.push(value);
    };
    const put = (index: number) => {
      const value = top();
      if (!memo.has(index)) memoLength += 1;
      if (memo.size < MEMO_FULL_TRACKING || value !== OTHER) memo.set(index, value);
    };
    const get = (index: number) => {
      const value = memo.get(index);
      if (value === undefined) {
        if (memoLength <= MEMO_FULL_TRACKING) this.fail(`memo key ${index} was never stored`);
        push(OTHER);
      } else push(value);
    };
    const memoKey = (text: string): number => Number(this.integer(text, 'memo'));

    for (;;) {
      this.opOffset = r.offset;
      const head = await r.read(1);
      if (!head) this.fail('ended before STOP (truncated)');
      const op = head[0];
      switch (op) {
        case 0x80: {
          // PROTO
          const version = (await this.bytes(1))[0];
          if (version > 5) this.fail(`unsupported pickle protocol ${version}`);
          this.protocol = version;
          break;
        }
        case 0x95: // FRAME
          await this.bytes(8);
          break;
        case 0x2e: // STOP
          return pop();
        case 0x28: // MARK
          metastack.push(stack);
          stack = [];
          break;
        case 0x30: // POP
          if (stack.length > 0) stack.pop();
          else popMark();
          break;
        case 0x31: // POP_MARK
          popMark();
          break;
        case 0x32: // DUP
          push(top());
          break;
        case 0x46: // FLOAT
          await this.line();
          push(OTHER);
          break;
        case 0x49: {
          // INT
          const text = await this.line();
          push(text === '00' ? false : text === '01' ? true : this.integer(text, 'int'));
          break;
        }
        case 0x4a: // BININT
          push((await this.bytes(4)).readInt32LE(0));
          break;
        case 0x4b: // BININT1
          push((await this.bytes(1))[0]);
          break;
        case 0x4d: // BININT2
          push((await this.bytes(2)).readUInt16LE(0));
          break;
        case 0x4c: {
          // LONG
          const value = this.integer(await this.line(), 'long');
          push(typeof value === 'bigint' ? value : BigInt(value));
          break;
        }
        case 0x8a: // LONG1
          push(decodeLong(await this.bytes((await this.bytes(1))[0])));
          break;
        case 0x8b: {
          // LONG4
          const length = (await this.bytes(4)).readInt32LE(0);
          if (length < 0) this.fail('LONG4 with a negative length');
          push(
            length <= 64 ? decodeLong(await this.bytes(length)) : await this.payload(length, null),
          );
          break;
        }
        case 0x47: // BINFLOAT
          await this.bytes(8);
          push(OTHER);
          break;
        case 0x4e: // NONE
          push(NONE);
          break;
        case 0x88: // NEWTRUE
          push(true);
          break;
        case 0x89: // NEWFALSE
          push(false);
          break;
        case 0x50: // PERSID
          await this.line();
          push(OTHER);
          break;
        case 0x51: // BINPERSID
          pop();
          push(OTHER);
          break;
        case 0x53: // STRING
          push(decodeQuoted(await this.line(), (m) => this.fail(m)));
          break;
        case 0x54: // BINSTRING
          push(await this.payload((await this.bytes(4)).readInt32LE(0), 'latin1'));
          break;
        case 0x55: // SHORT_BINSTRING
          push(await this.payload((await this.bytes(1))[0], 'latin1'));
          break;
        case 0x56: // UNICODE (raw-unicode-escape)
          push(decodeRawUnicodeEscape(await this.line(), (m) => this.fail(m)));
          break;
        case 0x58: // BINUNICODE
          push(await this.payload((await this.bytes(4)).readUInt32LE(0), 'utf8'));
          break;
        case 0x8c: // SHORT_BINUNICODE
          push(await this.payload((await this.bytes(1))[0], 'utf8'));
          break;
        case 0x8d: // BINUNICODE8
          push(
            await this.payload(
              readLength8(await this.bytes(8), (m) => this.fail(m)),
              'utf8',
            ),
          );
          break;
        case 0x42: // BINBYTES
          push(await this.payload((await this.bytes(4)).readUInt32LE(0), null));
          break;
        case 0x43: // SHORT_BINBYTES
          push(await this.payload((await this.bytes(1))[0], null));
          break;
        case 0x8e: // BINBYTES8
        case 0x96: // BYTEARRAY8
          push(
            await this.payload(
              readLength8(await this.bytes(8), (m) => this.fail(m)),
              null,
            ),
          );
          break;
        case 0x97: // NEXT_BUFFER
          push(OTHER);
          break;
        case 0x98: // READONLY_BUFFER
          top();
          break;
        case 0x29: // EMPTY_TUPLE
          push(new Sequence('tuple', []));
          break;
        case 0x85: // TUPLE1
          push(new Sequence('tuple', [pop()]));
          break;
        case 0x86: {
          // TUPLE2
          const b = pop();
          push(new Sequence('tuple', [pop(), b]));
          break;
        }
        case 0x87: {
          // TUPLE3
          const c = pop();
          const b = pop();
          push(new Sequence('tuple', [pop(), b, c]));
          break;
        }
        case 0x74: // TUPLE
          push(new Sequence('tuple', popMark().slice(0, MAX_TRACKED_ITEMS)));
          break;
        case 0x5d: // EMPTY_LIST
          push(new Sequence('list', []));
          break;
        case 0x6c: // LIST
          push(new Sequence('list', popMark().slice(0, MAX_TRACKED_ITEMS)));
          break;
        case 0x61: {
          // APPEND
          const value = pop();
          const list = top();
          if (list instanceof Sequence) pushBounded(list.items, value);
          break;
        }
        case 0x65: {
          // APPENDS
          const items = popMark();
          const list = top();
          if (list instanceof Sequence) for (const item of items) pushBounded(list.items, item);
          break;
        }
        case 0x8f: // EMPTY_SET
          push(new Sequence('set', []));
          break;
        case 0x90: {
          // ADDITEMS
          const items = popMark();
          const set = top();
          if (set instanceof Sequence) for (const item of items) pushBounded(set.items, item);
          break;
        }
        case 0x91: // FROZENSET
          push(new Sequence('set', popMark().slice(0, MAX_TRACKED_ITEMS)));
          break;
        case 0x7d: // EMPTY_DICT
          push(new Mapping([]));
          break;
        case 0x64: {
          // DICT
          const items = popMark();
          const dict = new Mapping(pairs(items));
          dict.truncated = items.length / 2 > MAX_TRACKED_ITEMS;
          push(dict);
          break;
        }
        case 0x73: {
          // SETITEM
          const value = pop();
          const key = pop();
          const dict = top();
          if (dict instanceof Mapping) {
            if (dict.entries.length < MAX_TRACKED_ITEMS) dict.entries.push([key, value]);
            else dict.truncated = true;
          }
          break;
        }
        case 0x75: {
          // SETITEMS
          const items = popMark();
          const dict = top();
          if (dict instanceof Mapping) {
            if (dict.entries.length + items.length / 2 > MAX_TRACKED_ITEMS) dict.truncated = true;
            for (const entry of pairs(items))
              if (dict.entries.length < MAX_TRACKED_ITEMS) dict.entries.push(entry);
          }
          break;
        }
        case 0x67: // GET
          get(memoKey(await this.line()));
          break;
        case 0x68: // BINGET
          get((await this.bytes(1))[0]);
          break;
        case 0x6a: // LONG_BINGET
          get((await this.bytes(4)).readUInt32LE(0));
          break;
        case 0x70: // PUT
          put(memoKey(await this.line()));
          break;
        case 0x71: // BINPUT
          put((await this.bytes(1))[0]);
          break;
        case 0x72: // LONG_BINPUT
          put((await this.bytes(4)).readUInt32LE(0));
          break;
        case 0x94: // MEMOIZE
          put(memoLength);
          break;
        case 0x63: {
          // GLOBAL
          const module = await this.line();
          const name = await this.line();
          push(this.record(module, name));
          break;
        }
        case 0x93: {
          // STACK_GLOBAL
          const name = pop();
          const module = pop();
          if (typeof module === 'string' && typeof name === 'string')
            push(this.record(module, name));
          else {
            this.unresolved += 1;
            push(OTHER);
          }
          break;
        }
        case 0x69: {
          // INST
          const module = await this.line();
          const name = await this.line();
          const cls = this.record(module, name);
          this.noteConstructorCall(cls);
          push(new CallResult(cls, new Sequence('tuple', popMark().slice(0, MAX_TRACKED_ITEMS))));
          break;
        }
        case 0x6f: {
          // OBJ
          const items = popMark();
          if (items.length === 0) this.fail('OBJ without a class');
          this.noteConstructorCall(items[0]);
          push(new CallResult(items[0], new Sequence('tuple', items.slice(1, MAX_TRACKED_ITEMS))));
          break;
        }
        case 0x81: {
          // NEWOBJ
          const args = pop();
          push(new CallResult(pop(), args));
          break;
        }
        case 0x92: {
          // NEWOBJ_EX
          pop();
          const args = pop();
          push(new CallResult(pop(), args));
          break;
        }
        case 0x52: {
          // REDUCE
          const args = pop();
          push(this.call(pop(), args));
          break;
        }
        case 0x62: {
          // BUILD
          const state = pop();
          const instance = top();
          if (instance instanceof CallResult) {
            instance.state = state;
            const size = joblibArraySize(instance);
            if (size?.unknownDtype !== undefined)
              this.fail(
                `joblib array of dtype ${JSON.stringify(size.unknownDtype)}, which is not a spelling NumPy writes; the bytes after it cannot be followed as joblib would`,
              );
            if (size !== undefined) {
              stack.pop();
              push(OTHER);
              await this.skipJoblibArray(size);
            }
          }
          break;
        }
        case 0x82: // EXT1
        case 0x83: // EXT2
        case 0x84: // EXT4
          await this.bytes(op === 0x82 ? 1 : op === 0x83 ? 2 : 4);
          this.extensions += 1;
          push(OTHER);
          break;
        default:
          this.fail(`unknown opcode 0x${op.toString(16).padStart(2, '0')}`);
      }
    }
  }

  /** A class called with arguments (REDUCE, INST, OBJ) runs its constructor. */
  private noteConstructorCall(callable: Value): void {
    if (callable instanceof GlobalRef && isNewOnly(callable.module, callable.name)) {
      const key = callable.fullName;
      this.constructorCalls.set(key, (this.constructorCalls.get(key) ?? 0) + 1);
    }
  }

  /**
   * Resolves getattr/__import__ chains so the report names what is really reached. A
   * getattr of a constant attribute from a global is judged by where it lands
   * (`getattr(zoneinfo.ZoneInfo, '_unpickle')`); any other use of getattr is dangerous.
   */
  private call(callable: Value, args: Value): Value {
    this.noteConstructorCall(callable);
    if (callable instanceof GlobalRef && args instanceof Sequence) {
      const [first, second] = args.items;
      const full = callable.fullName;
      if (
        (full === 'builtins.__import__' || full === 'importlib.import_module') &&
        typeof first === 'string'
      ) {
        this.record(first, '*', true);
        return new ModuleRef(first);
      }
      if (full === 'builtins.getattr' && typeof second === 'string' && args.items.length === 2) {
        if (first instanceof ModuleRef) {
          this.getattrResolved += 1;
          return this.record(first.module, second, true);
        }
        if (first instanceof GlobalRef) {
          this.getattrResolved += 1;
          return this.record(first.module, `${first.name}.${second}`, true);
        }
      }
    }
    return new CallResult(callable, args);
  }

  private async skipJoblibArray(size: JoblibArraySize): Promise<void> {
    this.joblibArrays += 1;
    if (size.objects) {
      await this.scanOne(); // object arrays are a nested pickle
      return;
    }
    if (size.aligned) {
      const padding = (await this.bytes(1))[0];
      if (!(await this.reader.skip(padding))) this.fail('truncated joblib array padding');
    }
    if (size.bytes === undefined) this.fail('joblib array of a dtype whose size is unknown');
    if (!(await this.reader.skip(size.bytes)))
      this.fail(`truncated joblib array of ${size.bytes} bytes`);
  }

  /** Turns what was seen into findings, one per distinct global. */
  report(): void {
    const { findings, policy } = this.options;
    for (const item of this.imports.values()) {
      const what = item.name === '*' ? `module ${item.module}` : `${item.module}.${item.name}`;
      const times = item.count > 1 ? ` (${item.count} times)` : '';
      // Every getattr on the stack was a constant lookup, judged by where it landed.
      if (
        `${item.module}.${item.name}` === 'builtins.getattr' &&
        this.getattrPushes > 0 &&
        this.getattrResolved >= this.getattrPushes
      )
        continue;
      if (item.verdict === 'dangerous') {
        findings.error(
          'PICKLE_DANGEROUS_GLOBAL',
          `imports ${what}${times}: ${dangerReason(item.module, item.name)}`,
          { offset: item.offset },
        );
      } else if (item.verdict === 'unknown') {
        const message = `imports ${what}${times}, which is not on the allowlist (add it to allow-globals if you trust it)`;
        if (policy === 'allowlist')
          findings.error('PICKLE_UNKNOWN_GLOBAL', message, { offset: item.offset });
        else findings.warning('PICKLE_UNKNOWN_GLOBAL', message, { offset: item.offset });
      }
    }
    for (const [name, count] of this.constructorCalls)
      findings.error(
        'PICKLE_DANGEROUS_CALL',
        `calls ${name}(...)${count > 1 ? ` (${count} times)` : ''}: its constructor loads the file it is given; pickles rebuild it from its state instead`,
      );
    if (this.unresolved > 0) {
      findings.error(
        'PICKLE_UNRESOLVED_GLOBAL',
        `${this.unresolved} STACK_GLOBAL import(s) name a module or attribute computed at load time; what they import cannot be known`,
      );
    }
    if (this.extensions > 0) {
      const message = `${this.extensions} EXT opcode(s) import through the copyreg extension registry, which cannot be checked`;
      if (policy === 'allowlist') findings.error('PICKLE_EXTENSION_CODE', message);
      else findings.warning('PICKLE_EXTENSION_CODE', message);
    }
  }
}

/**
 * True when `head` (the first bytes of a file) parses as pickle opcodes up to a STOP
 * or up to its own end. Used to recognise protocol 0/1 pickles, which have no magic.
 */
export async function looksLikePickle(head: Buffer): Promise<boolean> {
  const reader = new StreamReader(
    (async function* () {
      yield head;
    })(),
  );
  const silent = { error: () => {}, warning: () => {}, note: () => {} };
  const scanner = new Scanner(reader, {
    policy: 'denylist',
    allowGlobals: new Set(),
    findings: silent,
  });
  try {
    await scanner.scanOne();
    return true;
  } catch (error) {
    return (
      error instanceof MalformedPickle &&
      (error.refused || (/truncated|ended before STOP/.test(error.message) && reader.offset > 16))
    );
  }
}
