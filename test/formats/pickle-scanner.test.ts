import { join } from 'node:path';
import { FindingList } from '../../src/formats/findings.js';
import { readChunks } from '../../src/formats/file-source.js';
import { scanPickles } from '../../src/formats/pickle/scanner.js';
import type { PicklePolicy } from '../../src/formats/pickle/policy.js';
import { StreamReader } from '../../src/formats/stream-reader.js';
import * as P from '../support/pickle-builder.js';
import { runPython } from '../support/python.js';
import { useTempDir } from '../support/temp.js';

async function scan(data: Buffer, policy: PicklePolicy = 'allowlist', allow: string[] = []) {
  const findings = new FindingList('test.pkl');
  const source = (async function* () {
    // Uneven chunks exercise the reader's buffering across opcode boundaries.
    for (let i = 0; i < data.length; i += 7) yield data.subarray(i, i + 7);
  })();
  const result = await scanPickles(new StreamReader(source), {
    policy,
    allowGlobals: new Set(allow),
    findings,
  });
  return {
    result,
    findings: findings.items,
    codes: findings.items.map((f) => `${f.severity}:${f.code}`),
  };
}

const scanFile = async (path: string, policy: PicklePolicy = 'allowlist') => {
  const findings = new FindingList(path);
  const result = await scanPickles(new StreamReader(readChunks(path)), {
    policy,
    allowGlobals: new Set(),
    findings,
  });
  return { result, findings: findings.items };
};

describe('pickle scanner on real files written by Python', () => {
  const dir = useTempDir();
  beforeAll(() => {
    runPython(
      `
import pickle, joblib, numpy as np, collections, os
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.datasets import load_iris
X, y = load_iris(return_X_y=True)
lr = LogisticRegression(max_iter=500).fit(X, y)
for p in range(6):
    pickle.dump(lr, open(f'lr_p{p}.pkl', 'wb'), protocol=p)
rf = make_pipeline(StandardScaler(), RandomForestClassifier(n_estimators=3, random_state=0)).fit(X, y)
pickle.dump(rf, open('rf.pkl', 'wb'))
joblib.dump(rf, 'rf.joblib')
joblib.dump(GradientBoostingClassifier(n_estimators=3).fit(X, y), 'gb.joblib')
joblib.dump({'a': np.arange(10), 'o': np.array([{'x': 1}, 'b'], dtype=object), 'r': np.random.RandomState(0), 'od': collections.OrderedDict(a=1)}, 'mixed.joblib')
class Evil:
    def __reduce__(self):
        return (os.system, ('echo pwned',))
for p in range(6):
    pickle.dump({'model': Evil()}, open(f'evil_p{p}.pkl', 'wb'), protocol=p)
joblib.dump({'w': np.arange(1000), 'o': np.array([Evil()], dtype=object)}, 'evil.joblib')
class Custom:
    pass
pickle.dump(Custom(), open('custom.pkl', 'wb'))
import pandas as pd, xgboost as xgb
df = pd.DataFrame(X, columns=list('abcd'))
df['name'] = ['x'] * len(df)
df['when'] = pd.Timestamp('2024-01-01')
df['kind'] = pd.Categorical(['u', 'v'] * 75)
pickle.dump(df, open('frame.pkl', 'wb'))
pickle.dump(df.set_index('name'), open('frame_p2.pkl', 'wb'), protocol=2)
booster = xgb.XGBClassifier(n_estimators=3).fit(X, y)
pickle.dump(booster, open('xgb.pkl', 'wb'))
joblib.dump(booster, 'xgb.joblib')
`,
      dir(),
    );
  });

  test.each([0, 1, 2, 3, 4, 5])(
    'a LogisticRegression pickle at protocol %i has no findings',
    async (p) => {
      const { result, findings } = await scanFile(join(dir(), `lr_p${p}.pkl`));
      expect(findings).toEqual([]);
      expect(result.imports.map((i) => `${i.module}.${i.name}`)).toContain(
        'sklearn.linear_model._logistic.LogisticRegression',
      );
    },
  );

  test.each([
    'rf.pkl',
    'rf.joblib',
    'gb.joblib',
    'mixed.joblib',
    'frame.pkl',
    'frame_p2.pkl',
    'xgb.pkl',
    'xgb.joblib',
  ])('%s scans clean', async (name) => {
    const { result, findings } = await scanFile(join(dir(), name));
    expect(findings).toEqual([]);
    expect(result.malformed).toBe(false);
  });

  test('joblib arrays written inline are stepped over, object arrays scanned', async () => {
    const { result } = await scanFile(join(dir(), 'mixed.joblib'));
    // np.arange, the object array, and RandomState's uint32 key array.
    expect(result.joblibArrays).toBe(3);
    expect(result.imports.map((i) => i.name)).toContain('__randomstate_ctor');
  });

  test.each([0, 1, 2, 3, 4, 5])(
    'os.system through __reduce__ at protocol %i is an error under both policies',
    async (p) => {
      for (const policy of ['allowlist', 'denylist'] as const) {
        const { findings } = await scanFile(join(dir(), `evil_p${p}.pkl`), policy);
        const dangerous = findings.filter((f) => f.code === 'PICKLE_DANGEROUS_GLOBAL');
        expect(dangerous).toHaveLength(1);
        expect(dangerous[0].message).toMatch(/posix\.system|os\.system/);
        expect(dangerous[0].severity).toBe('error');
      }
    },
  );

  test('a hostile object array inside a joblib file is found after the inline arrays', async () => {
    const { findings, result } = await scanFile(join(dir(), 'evil.joblib'));
    expect(result.joblibArrays).toBe(2);
    expect(findings.map((f) => f.code)).toContain('PICKLE_DANGEROUS_GLOBAL');
  });

  test('an unknown class is an error under allowlist, a warning under denylist, trusted by allow-globals', async () => {
    const path = join(dir(), 'custom.pkl');
    expect((await scanFile(path)).findings.map((f) => `${f.severity}:${f.code}`)).toEqual([
      'error:PICKLE_UNKNOWN_GLOBAL',
    ]);
    expect(
      (await scanFile(path, 'denylist')).findings.map((f) => `${f.severity}:${f.code}`),
    ).toEqual(['warning:PICKLE_UNKNOWN_GLOBAL']);
    const findings = new FindingList('custom.pkl');
    await scanPickles(new StreamReader(readChunks(path)), {
      policy: 'allowlist',
      allowGlobals: new Set(['__main__.Custom']),
      findings,
    });
    expect(findings.items).toEqual([]);
  });
});

describe('pickle scanner evasions (hand-assembled opcodes)', () => {
  test('STACK_GLOBAL with memoised strings', async () => {
    const data = P.bytes(
      P.PROTO(4),
      P.SHORT_BINUNICODE('os'),
      P.MEMOIZE,
      P.SHORT_BINUNICODE('system'),
      P.MEMOIZE,
      0x30,
      0x30,
      'h',
      0,
      'h',
      1,
      P.STACK_GLOBAL,
      P.SHORT_BINUNICODE('id'),
      P.TUPLE1,
      P.REDUCE,
      P.STOP,
    );
    const { codes, findings } = await scan(data, 'denylist');
    expect(codes).toEqual(['error:PICKLE_DANGEROUS_GLOBAL']);
    expect(findings[0].message).toContain('os.system');
  });

  test('protocol 0 INST and OBJ', async () => {
    const inst = P.bytes(P.MARK, P.STRING('id'), P.INST('subprocess', 'check_output'), P.STOP);
    expect((await scan(inst, 'denylist')).codes).toEqual(['error:PICKLE_DANGEROUS_GLOBAL']);
    const obj = P.bytes(P.MARK, P.GLOBAL('os', 'popen'), P.STRING('id'), 'o', P.STOP);
    expect((await scan(obj, 'denylist')).codes).toEqual(['error:PICKLE_DANGEROUS_GLOBAL']);
  });

  test('__builtin__ and builtins aliases of eval', async () => {
    for (const module of ['__builtin__', 'builtins', '__builtins__']) {
      const data = P.bytes(
        P.GLOBAL(module, 'eval'),
        P.MARK,
        P.STRING('1+1'),
        P.TUPLE,
        P.REDUCE,
        P.STOP,
      );
      const { findings } = await scan(data, 'denylist');
      expect(findings.map((f) => f.code)).toEqual(['PICKLE_DANGEROUS_GLOBAL']);
      expect(findings[0].message).toMatch(/imports (__)?builtins(__)?\.eval/);
    }
  });

  test('getattr(__import__("os"), "system") chains are resolved and reported', async () => {
    const data = P.bytes(
      P.PROTO(2),
      P.GLOBAL('builtins', 'getattr'),
      P.GLOBAL('builtins', '__import__'),
      P.STRING('os'),
      P.TUPLE1,
      P.REDUCE,
      P.STRING('system'),
      0x86,
      P.REDUCE,
      P.STRING('id'),
      P.TUPLE1,
      P.REDUCE,
      P.STOP,
    );
    const { findings } = await scan(data, 'denylist');
    const messages = findings.map((f) => f.message).join('\n');
    // getattr of a constant name is judged by where it lands: os.system.
    expect(messages).toContain('builtins.__import__');
    expect(messages).toContain('os.system');
  });

  test('getattr that cannot be resolved to a constant lookup is dangerous itself', async () => {
    // getattr(OrderedDict(), 'pop'): an attribute of an object built at load time.
    const data = P.bytes(
      P.PROTO(2),
      P.GLOBAL('builtins', 'getattr'),
      P.GLOBAL('collections', 'OrderedDict'),
      P.EMPTY_TUPLE,
      P.REDUCE,
      P.STRING('pop'),
      0x86,
      P.REDUCE,
      P.STOP,
    );
    const { findings } = await scan(data, 'denylist');
    expect(findings.map((f) => f.message)).toEqual([
      'imports builtins.getattr: can run code or touch the system when loaded',
    ]);
  });

  test('nested REDUCE: a dangerous call inside the arguments of a safe one', async () => {
    const data = P.bytes(
      P.PROTO(2),
      P.GLOBAL('collections', 'OrderedDict'),
      P.GLOBAL('os', 'getcwd'),
      P.EMPTY_TUPLE,
      P.REDUCE,
      P.TUPLE1,
      P.REDUCE,
      P.STOP,
    );
    expect((await scan(data)).codes).toEqual(['error:PICKLE_DANGEROUS_GLOBAL']);
  });

  test('attribute traversal through a dotted protocol 4 name', async () => {
    const data = P.bytes(
      P.PROTO(4),
      P.SHORT_BINUNICODE('posixpath'),
      P.SHORT_BINUNICODE('os.system'),
      P.STACK_GLOBAL,
      P.STOP,
    );
    expect((await scan(data, 'denylist')).codes).toEqual(['error:PICKLE_DANGEROUS_GLOBAL']);
  });

  test('a STACK_GLOBAL whose operands are computed cannot be resolved and is an error', async () => {
    const data = P.bytes(
      P.PROTO(4),
      P.GLOBAL('builtins', 'str'),
      P.SHORT_BINUNICODE('os'),
      P.TUPLE1,
      P.REDUCE,
      P.SHORT_BINUNICODE('system'),
      P.STACK_GLOBAL,
      P.STOP,
    );
    expect((await scan(data, 'denylist')).codes).toContain('error:PICKLE_UNRESOLVED_GLOBAL');
  });

  test('EXT opcodes cannot be checked', async () => {
    const data = P.bytes(P.PROTO(2), 0x82, 1, P.STOP);
    expect((await scan(data)).codes).toEqual(['error:PICKLE_EXTENSION_CODE']);
    expect((await scan(data, 'denylist')).codes).toEqual(['warning:PICKLE_EXTENSION_CODE']);
  });

  test('a second pickle appended after STOP is scanned too', async () => {
    const data = P.bytes(P.PROTO(2), P.NONE, P.STOP, P.PROTO(2), P.GLOBAL('os', 'system'), P.STOP);
    const { codes, result } = await scan(data);
    expect(result.pickles).toBe(2);
    expect(codes).toEqual(['error:PICKLE_DANGEROUS_GLOBAL']);
  });

  test('the legacy PyTorch magic number marks a legacy checkpoint: five pickles, each scanned', async () => {
    const magic = Buffer.from([0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19]);
    const small = P.bytes(P.PROTO(2), 0x4b, 7, P.STOP);
    const data = P.bytes(P.PROTO(2), 0x8a, 10, magic, P.STOP, small, small, small, small);
    const { result, codes } = await scan(data);
    expect(result.legacyTorch).toBe(true);
    expect(result.pickles).toBe(5);
    expect(codes).toEqual([]);
    // torch.load reads the third pickle whether or not it starts with PROTO.
    const hidden = P.bytes(
      P.PROTO(2),
      0x8a,
      10,
      magic,
      P.STOP,
      small,
      P.GLOBAL('os', 'system'),
      P.STOP,
      small,
      small,
    );
    expect((await scan(hidden)).codes).toEqual(['error:PICKLE_DANGEROUS_GLOBAL']);
  });
});

describe('malformed pickles are findings, never crashes or huge allocations', () => {
  test.each([
    ['unknown opcode', P.bytes(P.PROTO(2), 0xff, P.STOP), /unknown opcode 0xff/],
    ['truncated before STOP', P.bytes(P.PROTO(2), P.NONE), /ended before STOP/],
    ['stack underflow', P.bytes(P.PROTO(2), P.REDUCE, P.STOP), /stack underflow/],
    ['memo key never stored', P.bytes(P.PROTO(2), P.BINGET(3), P.STOP), /memo key 3/],
    ['protocol 9', P.bytes(P.PROTO(9), P.NONE, P.STOP), /protocol 9/],
    [
      'BINUNICODE8 claiming 2^63 bytes',
      P.bytes(P.PROTO(4), 0x8d, Buffer.from([0, 0, 0, 0, 0, 0, 0, 0x80]), P.STOP),
      /larger than any file/,
    ],
    [
      'BINBYTES longer than the file',
      P.bytes(P.PROTO(3), 'B', Buffer.from([0xff, 0xff, 0xff, 0x7f]), 'abc'),
      /runs past the end/,
    ],
    ['unquoted protocol 0 STRING', P.bytes('Sos\n.'), /not quoted/],
  ])('%s', async (_name, data, message) => {
    const { codes, findings } = await scan(data as Buffer);
    expect(codes).toContain('error:PICKLE_MALFORMED');
    expect(findings.find((f) => f.code === 'PICKLE_MALFORMED')?.message).toMatch(message as RegExp);
  });

  test('a deep stack without MARK is bounded', async () => {
    const data = Buffer.alloc(1_100_002, 0x4e); // NONE x 1.1M
    data[0] = 0x80;
    data[1] = 2;
    const { codes } = await scan(data);
    expect(codes).toContain('error:PICKLE_MALFORMED');
  });
});

test('scanning a hostile pickle does not run it', async () => {
  const { existsSync } = await import('node:fs');
  const marker = join(process.cwd(), 'test-should-not-exist');
  const data = P.bytes(
    P.GLOBAL('os', 'system'),
    P.MARK,
    P.STRING(`touch ${marker}`),
    P.TUPLE,
    P.REDUCE,
    P.STOP,
  );
  expect((await scan(data)).codes).toEqual(['error:PICKLE_DANGEROUS_GLOBAL']);
  expect(existsSync(marker)).toBe(false);
});
