import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FindingList } from '../../src/formats/findings.js';
import { parseSavedModel, parseSavedModelText } from '../../src/formats/savedmodel.js';
import { savedModelBytes } from '../support/model-writers.js';
import { useTempDir } from '../support/temp.js';

describe('SavedModel', () => {
  const dir = useTempDir();
  const check = async (bytes: Buffer) => {
    const root = join(dir(), `m${Math.random().toString(36).slice(2)}`);
    mkdirSync(join(root, 'variables'), { recursive: true });
    writeFileSync(join(root, 'saved_model.pb'), bytes);
    const findings = new FindingList('saved_model.pb');
    const result = await parseSavedModel(join(root, 'saved_model.pb'), bytes.length, findings);
    return {
      result,
      codes: findings.items.map((f) => f.code),
      messages: findings.items.map((f) => f.message).join('\n'),
    };
  };

  test('the serving signature is the model signature', async () => {
    const { result, codes } = await check(savedModelBytes());
    expect(codes).toEqual([]);
    expect(result.signature).toEqual({
      inputs: [{ name: 'features', dtype: 'float32', shape: [null, 4] }],
      outputs: [{ name: 'probabilities', dtype: 'float32', shape: [null, 3] }],
    });
  });

  test('file and Python ops in the graph or in functions are errors', async () => {
    const { codes, messages } = await check(
      savedModelBytes(['Placeholder', 'ReadFile'], ['EagerPyFunc', 'WriteFile']),
    );
    expect(codes).toEqual([
      'SAVEDMODEL_DANGEROUS_OP',
      'SAVEDMODEL_DANGEROUS_OP',
      'SAVEDMODEL_DANGEROUS_OP',
    ]);
    expect(messages).toMatch(/function '__inference_call_1' node 'f0' uses op EagerPyFunc/);
  });

  test('an op off the allowlist is an error; the checkpoint ops only where the loader runs them', async () => {
    const unknown = await check(savedModelBytes(['Placeholder', 'MatMul'], ['DownloadFromUrl']));
    expect(unknown.codes).toEqual(['SAVEDMODEL_UNKNOWN_OP']);
    // RestoreV2 in a serving function reads a file of the graph's choosing.
    const restore = await check(savedModelBytes(['Placeholder'], ['RestoreV2']));
    expect(restore.codes).toEqual(['SAVEDMODEL_DANGEROUS_OP']);
    expect(restore.messages).toMatch(/outside the loader's own save\/restore/);
    // In the TF1 saver graph it is the loader's own restore.
    expect((await check(savedModelBytes(['Placeholder', 'RestoreV2', 'SaveV2']))).codes).toEqual(
      [],
    );
  });

  test('saved_model.pbtxt is read for its ops, adjacent strings joined', async () => {
    const root = join(dir(), 'text');
    mkdirSync(root, { recursive: true });
    const path = join(root, 'saved_model.pbtxt');
    writeFileSync(
      path,
      'meta_graphs {\n  graph_def {\n    node { name: "x" op: "Placeholder" }\n    node { name: "r" op: "Read" \'File\' }\n  }\n}\n',
    );
    const findings = new FindingList('saved_model.pbtxt');
    await parseSavedModelText(path, statSync(path).size, findings);
    expect(findings.items.map((f) => f.code)).toEqual([
      'SAVEDMODEL_DANGEROUS_OP',
      'SAVEDMODEL_TEXT',
    ]);
  });

  test('garbage is malformed, not a crash', async () => {
    expect((await check(Buffer.from([0x12, 0xff, 0xff, 0xff, 0x0f, 1, 2]))).codes).toEqual([
      'SAVEDMODEL_MALFORMED',
    ]);
  });

  test('no meta graph', async () => {
    expect((await check(Buffer.alloc(0))).codes).toEqual(['SAVEDMODEL_NO_GRAPH']);
  });
});
