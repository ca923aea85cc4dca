import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseZipModel } from '../../src/formats/archive.js';
import { FindingList } from '../../src/formats/findings.js';
import { checkNpyFile } from '../../src/formats/numpy-file.js';
import * as P from '../support/pickle-builder.js';
import { runPython } from '../support/python.js';
import { useTempDir } from '../support/temp.js';

const options = (root: string) => ({
  policy: 'allowlist' as const,
  allowGlobals: new Set<string>(),
  root,
});

/** A PyTorch-style data.pkl: an OrderedDict of tensors rebuilt from persistent storages. */
function torchStateDict(extra: Buffer = Buffer.alloc(0)): Buffer {
  return P.bytes(
    P.PROTO(2),
    P.GLOBAL('collections', 'OrderedDict'),
    P.EMPTY_TUPLE,
    P.REDUCE,
    P.BINPUT(0),
    P.MARK,
    P.STRING('fc.weight'),
    P.GLOBAL('torch._utils', '_rebuild_tensor_v2'),
    P.MARK,
    P.MARK,
    P.STRING('storage'),
    P.GLOBAL('torch', 'FloatStorage'),
    P.STRING('0'),
    P.STRING('cpu'),
    P.BININT1(6),
    P.TUPLE,
    'Q',
    P.BININT1(0),
    P.BININT1(2),
    P.BININT1(3),
    0x86,
    P.BININT1(3),
    P.BININT1(1),
    0x86,
    0x89,
    P.GLOBAL('collections', 'OrderedDict'),
    P.EMPTY_TUPLE,
    P.REDUCE,
    P.TUPLE,
    P.REDUCE,
    extra,
    'u',
    P.STOP,
  );
}

describe('zip-based models', () => {
  const dir = useTempDir();
  const zip = (name: string, entries: Record<string, Buffer | string>, compress = true) => {
    const files = Object.entries(entries).map(([entry, data]) => {
      const file = join(dir(), `${name}.${Object.keys(entries).indexOf(entry)}.part`);
      writeFileSync(file, data);
      return [entry, file];
    });
    runPython(
      `import zipfile, json
with zipfile.ZipFile('${name}', 'w', ${compress ? 'zipfile.ZIP_DEFLATED' : 'zipfile.ZIP_STORED'}) as z:
    for entry, file in json.loads('''${JSON.stringify(files)}'''):
        z.write(file, entry)`,
      dir(),
    );
    return join(dir(), name);
  };
  const check = async (path: string) => {
    const findings = new FindingList(path);
    const result = await parseZipModel(path, statSync(path).size, findings, options(dir()));
    return { result, codes: findings.items.map((f) => f.code), findings: findings.items };
  };

  test('a PyTorch zip checkpoint scans clean; storages are not read as pickles', async () => {
    const path = zip(
      'model.pt',
      {
        'model/data.pkl': torchStateDict(),
        'model/version': '3\n',
        'model/byteorder': 'little',
        'model/data/0': Buffer.from([0x80, 0x02, 0xff, 0xff, 0, 0, 0, 0]),
      },
      false,
    );
    const { result, codes } = await check(path);
    expect(codes).toEqual([]);
    expect(result.format).toBe('pytorch');
  });

  test('a hostile data.pkl inside a PyTorch zip', async () => {
    const evil = P.bytes(P.GLOBAL('os', 'system'), P.STRING('id'), P.TUPLE1, P.REDUCE, '0');
    const { codes, findings } = await check(
      zip('evil.pt', { 'archive/data.pkl': torchStateDict(evil), 'archive/version': '3' }),
    );
    expect(codes).toEqual(['PICKLE_DANGEROUS_GLOBAL']);
    expect(findings[0].location.entry).toBe('archive/data.pkl');
  });

  test('TorchScript code in the archive is a warning', async () => {
    const { codes } = await check(
      zip('script.pt', {
        'm/data.pkl': torchStateDict(),
        'm/code/__torch__.py': 'def forward(self): pass',
      }),
    );
    expect(codes).toEqual(['TORCHSCRIPT_CODE']);
  });

  test('pickles inside any zip are found by content', async () => {
    const evil = P.bytes(P.PROTO(2), P.GLOBAL('subprocess', 'Popen'), P.STOP);
    const { codes, result } = await check(
      zip('bundle.zip', { 'notes.txt': 'hello', 'inner/blob.bin': evil }),
    );
    expect(codes).toEqual(['PICKLE_DANGEROUS_GLOBAL']);
    expect(result.format).toBe('pickle');
  });

  test('entry names with .. or absolute paths', async () => {
    runPython(
      `import zipfile
with zipfile.ZipFile('traversal.zip', 'w') as z:
    z.writestr('ok.pkl', b'\\x80\\x02N.')
    z.writestr('../../etc/cron.d/evil', b'x')
    z.writestr('/abs/evil', b'x')`,
      dir(),
    );
    const { codes } = await check(join(dir(), 'traversal.zip'));
    expect(codes).toEqual(['ZIP_PATH_TRAVERSAL', 'ZIP_PATH_TRAVERSAL']);
  });

  test('a zip bomb is refused from its headers, without inflating it', async () => {
    runPython(
      `import zipfile
with zipfile.ZipFile('bomb.zip', 'w', zipfile.ZIP_DEFLATED) as z:
    with z.open('data.pkl', 'w', force_zip64=True) as f:
        chunk = b'\\0' * (1 << 20)
        for _ in range(200):
            f.write(chunk)`,
      dir(),
    );
    const started = Date.now();
    const { codes } = await check(join(dir(), 'bomb.zip'));
    expect(codes).toContain('ZIP_BOMB');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('a file that only looks like a zip', async () => {
    const path = join(dir(), 'fake.zip');
    writeFileSync(path, Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.alloc(100)]));
    expect((await check(path)).codes).toEqual(['ZIP_MALFORMED']);
  });

  describe('Keras v3', () => {
    const layer = (className: string, config: object = {}, module = 'keras.layers') => ({
      module,
      class_name: className,
      config,
      registered_name: null,
    });
    const keras = (name: string, layers: object[]) =>
      zip(name, {
        'config.json': JSON.stringify({
          module: 'keras',
          class_name: 'Sequential',
          config: { name: 'seq', layers },
          registered_name: null,
        }),
        'metadata.json': JSON.stringify({ keras_version: '3.3.3' }),
        'model.weights.h5': Buffer.from('\x89HDF\r\n\x1a\n', 'latin1'),
      });

    test('a plain model passes', async () => {
      const dense = layer('Dense', {
        units: 3,
        kernel_initializer: {
          module: 'keras.initializers',
          class_name: 'GlorotUniform',
          config: {},
          registered_name: null,
        },
      });
      const { codes, result } = await check(keras('ok.keras', [layer('InputLayer'), dense]));
      expect(codes).toEqual([]);
      expect(result.format).toBe('keras');
    });

    test('a Lambda layer is an error', async () => {
      const { codes, findings } = await check(
        keras('lambda.keras', [
          layer('Lambda', { function: { class_name: '__lambda__', config: { code: 'YQ==' } } }),
        ]),
      );
      // The Lambda layer and the marshalled function inside it.
      expect(codes).toEqual(['KERAS_LAMBDA', 'KERAS_LAMBDA']);
      expect(findings[0].message).toMatch(/\/config\/layers\/0/);
    });

    // Each is what Keras's deserializer would import or read (CVE-2025-1550 and the safe-mode
    // bypasses after it named functions of keras itself, such as keras.utils.get_file).
    test.each([
      [
        'Lambda from an internal module path',
        layer('Lambda', {}, 'keras.src.layers.core.lambda_layer'),
        'KERAS_LAMBDA',
      ],
      [
        'TFSMLayer (a SavedModel from a path)',
        layer('TFSMLayer', { filepath: '/tmp/x' }),
        'KERAS_FILE_READ',
      ],
      [
        'a lookup layer whose vocabulary is a file',
        layer('StringLookup', { vocabulary: '/etc/passwd' }),
        'KERAS_FILE_READ',
      ],
      [
        'a function of keras that is not an activation, loss or metric',
        layer('Dense', {
          activation: {
            module: 'keras.utils',
            class_name: 'function',
            config: 'get_file',
            registered_name: 'function',
          },
        }),
        'KERAS_CUSTOM_OBJECT',
      ],
      [
        'a class keras does not have (a denylist would miss it)',
        layer('DownloadLayer'),
        'KERAS_CUSTOM_OBJECT',
      ],
    ])('%s is an error', async (_what, bad, code) => {
      const { codes } = await check(keras('bad.keras', [bad]));
      expect(codes).toEqual([code]);
    });

    test('a lookup layer with its vocabulary inline passes', async () => {
      const lookup = layer('StringLookup', { vocabulary: ['a', 'b'] });
      const activation = layer('Dense', {
        activation: {
          module: 'keras.activations',
          class_name: 'function',
          config: 'relu',
          registered_name: 'function',
        },
      });
      expect((await check(keras('lookup.keras', [lookup, activation]))).codes).toEqual([]);
    });

    test('a custom object nested in a kernel_initializer is an error', async () => {
      const dense = layer('Dense', {
        kernel_initializer: {
          module: 'my_lib.init',
          class_name: 'Evil',
          config: {},
          registered_name: 'Custom>Evil',
        },
      });
      const { codes } = await check(keras('custom.keras', [dense]));
      expect(codes).toEqual(['KERAS_CUSTOM_OBJECT']);
    });

    test('a registered custom layer is an error', async () => {
      const custom = {
        module: null,
        class_name: 'MyLayer',
        config: {},
        registered_name: 'MyPackage>MyLayer',
      };
      expect((await check(keras('registered.keras', [custom]))).codes).toEqual([
        'KERAS_CUSTOM_OBJECT',
      ]);
    });
  });
});

describe('NumPy .npy and .npz', () => {
  const dir = useTempDir();
  beforeAll(() =>
    runPython(
      `import numpy as np, os
np.save('plain.npy', np.arange(12, dtype=np.float64).reshape(3, 4))
np.save('fortran.npy', np.asfortranarray(np.ones((2, 5), dtype=np.int16)))
np.save('structured.npy', np.zeros(3, dtype=[('a', '<i4'), ('b', '<f8', (2,))]))
np.save('strings.npy', np.array(['ab', 'cde']))
np.save('objects.npy', np.array([{'a': 1}, None], dtype=object), allow_pickle=True)
class Evil:
    def __reduce__(self):
        return (os.system, ('id',))
np.save('evil.npy', np.array([Evil()], dtype=object), allow_pickle=True)
data = open('plain.npy', 'rb').read()
open('short.npy', 'wb').write(data[:-8])
np.savez('weights.npz', w=np.ones(3), b=np.zeros(2))
np.savez('evil.npz', w=np.ones(3), x=np.array([Evil()], dtype=object))`,
      dir(),
    ),
  );
  const npy = async (name: string) => {
    const path = join(dir(), name);
    const findings = new FindingList(name);
    const result = await checkNpyFile(path, statSync(path).size, findings, options(dir()));
    return { result, codes: findings.items.map((f) => f.code) };
  };

  test.each(['plain.npy', 'fortran.npy', 'structured.npy', 'strings.npy'])(
    '%s is valid',
    async (name) => {
      expect((await npy(name)).codes).toEqual([]);
    },
  );

  test('an object array is a warning and its pickle is scanned', async () => {
    expect((await npy('objects.npy')).codes).toEqual(['NUMPY_OBJECT_ARRAY']);
    expect((await npy('evil.npy')).codes).toEqual([
      'NUMPY_OBJECT_ARRAY',
      'PICKLE_DANGEROUS_GLOBAL',
    ]);
  });

  test('data shorter than the header says', async () => {
    expect((await npy('short.npy')).codes).toEqual(['NUMPY_SIZE_MISMATCH']);
  });

  test('.npz archives are checked entry by entry', async () => {
    const check = async (name: string) => {
      const path = join(dir(), name);
      const findings = new FindingList(name);
      const result = await parseZipModel(path, statSync(path).size, findings, options(dir()));
      return { format: result.format, codes: findings.items.map((f) => f.code) };
    };
    expect(await check('weights.npz')).toEqual({ format: 'numpy', codes: [] });
    expect((await check('evil.npz')).codes).toEqual([
      'NUMPY_OBJECT_ARRAY',
      'PICKLE_DANGEROUS_GLOBAL',
    ]);
  });
});
