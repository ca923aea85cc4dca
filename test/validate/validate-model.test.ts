import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '../../src/core/errors.js';
import { silentLogger } from '../../src/core/logger.js';
import { loadSignatureContract } from '../../src/validate/signature-contract.js';
import { validateModel, type ValidateOptions } from '../../src/validate/validate-model.js';
import { ggufBytes, savedModelBytes, validSafetensors } from '../support/model-writers.js';
import * as P from '../support/pickle-builder.js';
import { writeTinyOnnx } from '../support/python.js';
import { useTempDir } from '../support/temp.js';

const validate = (model: string, extra: Partial<ValidateOptions> = {}) =>
  validateModel({
    model,
    format: 'auto',
    policy: 'allowlist',
    allowGlobals: [],
    requireModelCard: false,
    log: silentLogger,
    ...extra,
  });
const codes = (result: { findings: { code: string }[] }) => result.findings.map((f) => f.code);
const sha256sum = (path: string) =>
  execFileSync('sha256sum', [path], { encoding: 'utf8' }).split(' ')[0];

describe('validateModel', () => {
  const dir = useTempDir();
  beforeAll(() => {
    writeFileSync(join(dir(), 'model.safetensors'), validSafetensors());
    writeFileSync(
      join(dir(), 'model.gguf'),
      ggufBytes({ tensors: [{ name: 't', dims: [8], type: 0, offset: 0 }], dataBytes: 32 }),
    );
    writeFileSync(join(dir(), 'legacy.pkl'), P.bytes('(lp0\nI1\naI2\na.'));
    writeFileSync(join(dir(), 'notes.txt'), 'Some notes about nothing\n');
    writeTinyOnnx(dir());
    const shards = join(dir(), 'sharded');
    mkdirSync(join(shards, 'sub'), { recursive: true });
    writeFileSync(join(shards, 'model-00001.safetensors'), validSafetensors());
    writeFileSync(join(shards, 'sub', 'model-00002.safetensors'), validSafetensors());
    writeFileSync(join(shards, 'config.json'), '{"architectures": ["Tiny"]}');
    writeFileSync(join(shards, 'README.md'), '---\nlicense: apache-2.0\n---\n# Tiny\n');
    const saved = join(dir(), 'saved');
    mkdirSync(join(saved, 'variables'), { recursive: true });
    writeFileSync(join(saved, 'saved_model.pb'), savedModelBytes());
    writeFileSync(join(saved, 'variables', 'variables.index'), Buffer.alloc(64, 3));
    mkdirSync(join(dir(), 'empty'));
  });

  test('a file: digest is the sha256 of its bytes, format from content not extension', async () => {
    writeFileSync(join(dir(), 'weights.bin'), validSafetensors());
    const result = await validate(join(dir(), 'weights.bin'));
    expect(result.format).toBe('safetensors');
    expect(result.digest).toBe(`sha256:${sha256sum(join(dir(), 'weights.bin'))}`);
    expect(codes(result)).toEqual([]);
  });

  test('a directory: tree digest of the canonical listing, format of the model files', async () => {
    const result = await validate(join(dir(), 'sharded'));
    expect(result.format).toBe('safetensors');
    expect(result.tensors).toEqual({ tensors: 4, parameters: 18, dtypes: { F32: 4 } });
    const listing = [
      'README.md',
      'config.json',
      'model-00001.safetensors',
      'sub/model-00002.safetensors',
    ]
      .map(
        (p) =>
          `${sha256sum(join(dir(), 'sharded', p))}  ${result.files.find((f) => f.path === p)?.size}  ${p}\n`,
      )
      .join('');
    const expected = execFileSync('sha256sum', { input: listing, encoding: 'utf8' }).split(' ')[0];
    expect(result.digest).toBe(`sha256:${expected}`);
    expect(result.modelCard?.metadata.license).toBe('apache-2.0');
  });

  test('a SavedModel directory takes its signature from saved_model.pb', async () => {
    const result = await validate(join(dir(), 'saved'));
    expect(result.format).toBe('savedmodel');
    expect(result.signature?.inputs[0].name).toBe('features');
    expect(codes(result)).toEqual([]);
  });

  test('GGUF and protocol 0 pickles are recognised without magic in the name', async () => {
    expect((await validate(join(dir(), 'model.gguf'))).format).toBe('gguf');
    expect((await validate(join(dir(), 'legacy.pkl'))).format).toBe('pickle');
  });

  test('an unrecognisable file is an error; a declared format that disagrees too', async () => {
    expect(codes(await validate(join(dir(), 'notes.txt')))).toEqual(['UNKNOWN_FORMAT']);
    expect(codes(await validate(join(dir(), 'model.onnx'), { format: 'safetensors' }))).toContain(
      'FORMAT_MISMATCH',
    );
  });

  test('an empty directory', async () => {
    expect(codes(await validate(join(dir(), 'empty')))).toEqual(['EMPTY_MODEL']);
  });

  test('a missing path, a FIFO and a dangling symlink are configuration errors', async () => {
    await expect(validate(join(dir(), 'nope'))).rejects.toThrow("input 'model': does not exist");
    execFileSync('mkfifo', [join(dir(), 'fifo')]);
    await expect(validate(join(dir(), 'fifo'))).rejects.toThrow(ConfigurationError);
    symlinkSync('/nonexistent', join(dir(), 'dangling'));
    await expect(validate(join(dir(), 'dangling'))).rejects.toThrow(/symbolic link/);
  });

  test('symlinks inside a directory are not followed', async () => {
    const linked = join(dir(), 'linked');
    mkdirSync(linked);
    writeFileSync(join(linked, 'model.safetensors'), validSafetensors());
    symlinkSync('/etc/passwd', join(linked, 'escape'));
    const result = await validate(linked);
    expect(codes(result)).toEqual(['SYMLINK_SKIPPED']);
    expect(result.files.map((f) => f.path)).toEqual(['model.safetensors']);
  });

  test('max-size', async () => {
    expect(codes(await validate(join(dir(), 'model.onnx'), { maxSize: 10 }))).toEqual([
      'MODEL_TOO_LARGE',
    ]);
  });

  test('files of no model format: text passed over, Python source and unknown binaries warned about', async () => {
    const mixed = join(dir(), 'mixed');
    mkdirSync(mixed);
    writeFileSync(join(mixed, 'model.safetensors'), validSafetensors());
    writeFileSync(join(mixed, 'tokenizer.json'), '{"vocab": {"é": 1}}');
    writeFileSync(join(mixed, 'modeling_custom.py'), 'import os\n');
    writeFileSync(join(mixed, 'blob.dat'), Buffer.from([0, 1, 2, 0xff, 0xfe]));
    const result = await validate(mixed);
    expect(result.findings.map((f) => [f.location.path, f.severity, f.code])).toEqual([
      ['blob.dat', 'warning', 'UNKNOWN_FILE'],
      ['modeling_custom.py', 'warning', 'PYTHON_SOURCE'],
    ]);
  });

  test('require-model-card', async () => {
    expect(codes(await validate(join(dir(), 'model.gguf'), { requireModelCard: true }))).toEqual([
      'MODEL_CARD_MISSING',
    ]);
    const card = join(dir(), 'carded');
    mkdirSync(card);
    writeFileSync(join(card, 'model.safetensors'), validSafetensors());
    writeFileSync(join(card, 'MODEL_CARD.md'), '---\ntags: [x]\n---\n');
    expect(codes(await validate(card, { requireModelCard: true }))).toEqual([
      'MODEL_CARD_NO_LICENSE',
    ]);
  });

  describe('signature contract', () => {
    const contract = (yaml: string) => loadSignatureContract(yaml);
    const check = async (yaml: string) =>
      codes(await validate(join(dir(), 'model.onnx'), { contract: await contract(yaml) }));

    test('a matching contract (name optional for a single input)', async () => {
      expect(
        await check(
          'inputs:\n  - dtype: float32\n    shape: [-1, 4]\noutputs:\n  - name: scores\n    dtype: float32\n    shape: [batch, 3]',
        ),
      ).toEqual([]);
    });
    test('a dtype mismatch', async () => {
      expect(await check('inputs:\n  - name: input\n    dtype: float64')).toEqual([
        'SIGNATURE_DTYPE',
      ]);
    });
    test('a missing output and a wrong fixed dimension', async () => {
      expect(
        await check(
          'inputs:\n  - name: input\n    dtype: float32\n    shape: [-1, 5]\noutputs:\n  - name: probabilities\n    dtype: float32',
        ),
      ).toEqual(['SIGNATURE_SHAPE', 'SIGNATURE_MISSING_OUTPUT']);
    });
    test('a model input the contract does not declare', async () => {
      expect(await check('inputs: []')).toEqual(['SIGNATURE_EXTRA_INPUT']);
    });
    test('a weight file has no signature to check', async () => {
      const result = await validate(join(dir(), 'model.safetensors'), {
        contract: await contract('{"inputs": []}'),
      });
      expect(codes(result)).toEqual(['SIGNATURE_UNAVAILABLE']);
    });
    test('a malformed signature is a one-line configuration error naming the input', async () => {
      await expect(contract('inputs: [ {dtype: float32')).rejects.toThrow(
        /^input 'signature': is not valid YAML \(or JSON\)/,
      );
      await expect(contract('inputs:\n  - dtype: float33')).rejects.toThrow(
        /input 'signature': .* at inputs\.0\.dtype/,
      );
      await expect(contract('no-such-file.yaml')).rejects.toThrow(
        /^input 'signature': cannot read no-such-file\.yaml: ENOENT.* \(give a path to a YAML file, or the YAML itself\)$/,
      );
    });
    test('a signature file path', async () => {
      writeFileSync(join(dir(), 'sig.yaml'), 'inputs:\n  - name: input\n    dtype: float32\n');
      expect((await contract(join(dir(), 'sig.yaml'))).inputs?.[0].name).toBe('input');
    });
  });
});
