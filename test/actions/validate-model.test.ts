import { execFileSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBundledAction } from '../support/action-runner.js';
import { runActionInProcess } from '../support/in-process.js';
import { safetensorsBytes, validSafetensors } from '../support/model-writers.js';
import * as P from '../support/pickle-builder.js';
import { writeTinyOnnx } from '../support/python.js';
import { useTempDir } from '../support/temp.js';

// The first three tests and the start-up one drive the bundle as the runner calls it (the
// hashing workers must survive bundling); the rest run the sources in process.
describe('validate-model', () => {
  const dir = useTempDir();
  beforeAll(() => {
    writeTinyOnnx(dir());
    writeFileSync(
      join(dir(), 'evil.pkl'),
      P.bytes(P.PROTO(2), P.GLOBAL('os', 'system'), P.STRING('id'), P.TUPLE1, P.REDUCE, P.STOP),
    );
    writeFileSync(join(dir(), 'weights.safetensors'), validSafetensors());
  });

  test('a valid ONNX model: outputs, summary verdict first, JSON report', async () => {
    const run = await runBundledAction(
      'validate-model',
      {
        model: 'model.onnx',
        signature: 'inputs:\n  - name: input\n    dtype: float32\n    shape: [-1, 4]',
      },
      dir(),
    );
    expect(run.code).toBe(0);
    expect(run.outputs.valid).toBe('true');
    expect(run.outputs.format).toBe('onnx');
    const sha = execFileSync('sha256sum', [join(dir(), 'model.onnx')], { encoding: 'utf8' }).split(
      ' ',
    )[0];
    expect(run.outputs.digest).toBe(`sha256:${sha}`);
    expect(JSON.parse(run.outputs.signature).inputs).toEqual([
      { name: 'input', dtype: 'float32', shape: ['batch', 4] },
    ]);
    expect(run.outputs.findings).toBe('0');
    expect(run.summary.split('\n')[0]).toMatch(/^## ✅ Model valid: onnx/);
    expect(run.summary).toContain('### Signature');
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'));
    expect(report).toMatchObject({
      action: 'validate-model',
      valid: true,
      format: 'onnx',
      digest: run.outputs.digest,
    });
    expect(run.outputs.report).toMatch(/modelgate\/validate-model\.json$/);
  });

  test('a large model file is hashed on two threads: the digest sha256sum gives', async () => {
    const data = randomFillSync(Buffer.alloc(40 * 1024 * 1024));
    writeFileSync(
      join(dir(), 'large.safetensors'),
      safetensorsBytes(
        { 'w.weight': { dtype: 'F32', shape: [data.length / 4], data_offsets: [0, data.length] } },
        data,
      ),
    );
    const run = await runBundledAction('validate-model', { model: 'large.safetensors' }, dir());
    expect(run.code).toBe(0);
    const sha = execFileSync('sha256sum', [join(dir(), 'large.safetensors')], {
      encoding: 'utf8',
    }).slice(0, 64);
    expect(run.outputs.digest).toBe(`sha256:${sha}`);
    expect(run.outputs.format).toBe('safetensors');
  });

  test('large shards are hashed side by side: the tree digest from sha256sum', async () => {
    const shards = join(dir(), 'shards');
    mkdirSync(shards);
    const sums = ['a', 'b'].map((name) => {
      const data = randomFillSync(Buffer.alloc(20 * 1024 * 1024));
      const file = `model-${name}.safetensors`;
      writeFileSync(
        join(shards, file),
        safetensorsBytes(
          { w: { dtype: 'U8', shape: [data.length], data_offsets: [0, data.length] } },
          data,
        ),
      );
      const sha = execFileSync('sha256sum', [join(shards, file)], { encoding: 'utf8' });
      return `${sha.slice(0, 64)}  ${statSync(join(shards, file)).size}  ${file}\n`;
    });
    writeFileSync(join(dir(), 'shards.txt'), sums.join(''));
    const run = await runBundledAction('validate-model', { model: 'shards' }, dir());
    expect(run.code).toBe(0);
    const listing = execFileSync('sha256sum', [join(dir(), 'shards.txt')], { encoding: 'utf8' });
    expect(run.outputs.digest).toBe(`sha256:${listing.slice(0, 64)}`);
  });

  test('a hostile pickle fails the step, with outputs, report and SARIF still written', async () => {
    const run = await runActionInProcess(
      'validate-model',
      { model: 'evil.pkl', sarif: 'results.sarif' },
      dir(),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::validate-model: model failed validation: 1 error\(s\).*PICKLE_DANGEROUS_GLOBAL/,
    );
    expect(run.outputs.valid).toBe('false');
    expect(run.outputs.findings).toBe('1');
    expect(run.summary.split('\n')[0]).toMatch(/^## ❌ Model failed validation/);
    expect(run.summary).toMatch(/\| ❌ error \| `PICKLE_DANGEROUS_GLOBAL` \| imports os\.system/);
    const sarif = JSON.parse(readFileSync(join(dir(), 'results.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0]).toMatchObject({
      ruleId: 'PICKLE_DANGEROUS_GLOBAL',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'evil.pkl' } } }],
    });
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'PICKLE_DANGEROUS_GLOBAL',
    ]);
  });

  test('fail-on: never reports but passes; fail-on: warning fails on warnings', async () => {
    const never = await runActionInProcess(
      'validate-model',
      { model: 'evil.pkl', 'fail-on': 'never' },
      dir(),
    );
    expect(never.code).toBe(0);
    expect(never.outputs.valid).toBe('false');
    writeFileSync(
      join(dir(), 'unknown.pkl'),
      P.bytes(P.PROTO(2), P.GLOBAL('mypkg', 'Model'), P.STOP),
    );
    const warn = await runActionInProcess(
      'validate-model',
      { model: 'unknown.pkl', 'pickle-policy': 'denylist', 'fail-on': 'warning' },
      dir(),
    );
    expect(warn.code).toBe(1);
    const trusted = await runActionInProcess(
      'validate-model',
      { model: 'unknown.pkl', 'allow-globals': 'mypkg.Model' },
      dir(),
    );
    expect(trusted.code).toBe(0);
  });

  test('a bad input fails with one line naming it, and nothing else runs', async () => {
    const run = await runActionInProcess(
      'validate-model',
      { model: 'model.onnx', format: 'tflite' },
      dir(),
    );
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toEqual([
      "::error::validate-model: input 'format': must be one of auto, onnx, safetensors, pickle, pytorch, joblib, numpy, keras, gguf, savedmodel (got 'tflite')",
    ]);
    expect(run.outputs.valid).toBe('false');
  });

  test('a missing model path', async () => {
    const run = await runActionInProcess('validate-model', { model: 'nowhere.onnx' }, dir());
    expect(run.stdout).toContain(
      "::error::validate-model: input 'model': does not exist (got 'nowhere.onnx')",
    );
  });

  test('starts and validates a tiny model quickly', async () => {
    const run = await runBundledAction('validate-model', { model: 'weights.safetensors' }, dir());
    expect(run.code).toBe(0);
    expect(run.outputs.format).toBe('safetensors');
    expect(JSON.parse(run.outputs.signature)).toEqual({
      tensors: 2,
      parameters: 9,
      dtypes: { F32: 2 },
    });
  });
});

describe('the CLI runs the same action', () => {
  const dir = useTempDir();
  test('prints the summary and name=value outputs; exit status follows the verdict', () => {
    writeFileSync(join(dir(), 'w.safetensors'), validSafetensors());
    const out = execFileSync(
      process.execPath,
      [
        join(process.cwd(), 'dist/cli/index.js'),
        'validate-model',
        '--model',
        'w.safetensors',
        '--report',
        'r.json',
      ],
      { cwd: dir(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(out).toMatch(/^## ✅ Model valid: safetensors/);
    expect(out).toMatch(/^valid=true$/m);
    expect(out).toMatch(/^digest=sha256:[0-9a-f]{64}$/m);
    expect(JSON.parse(readFileSync(join(dir(), 'r.json'), 'utf8')).format).toBe('safetensors');
    writeFileSync(join(dir(), 'evil.pkl'), P.bytes(P.GLOBAL('os', 'system'), P.STOP));
    let status = 0;
    try {
      execFileSync(
        process.execPath,
        [join(process.cwd(), 'dist/cli/index.js'), 'validate-model', '--model', 'evil.pkl'],
        { cwd: dir(), stdio: 'ignore' },
      );
    } catch (error) {
      status = (error as { status: number }).status;
    }
    expect(status).toBe(1);
  });

  test('unknown inputs and actions are refused', () => {
    const run = (args: string[]) => {
      try {
        execFileSync(process.execPath, [join(process.cwd(), 'dist/cli/index.js'), ...args], {
          cwd: dir(),
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        return '';
      } catch (error) {
        return (error as { stderr: string }).stderr;
      }
    };
    expect(run(['validate-model', '--modle', 'x'])).toContain("unknown input '--modle'");
    expect(run(['deploy-everything'])).toContain("unknown action 'deploy-everything'");
  });
});
