import { join } from 'node:path';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { FindingList } from '../../src/formats/findings.js';
import { looksLikeOnnx } from '../../src/formats/detect.js';
import { parseOnnx } from '../../src/formats/onnx.js';
import { runPython } from '../support/python.js';
import { useTempDir } from '../support/temp.js';

/** Builds models with python3-onnx's helper API: real ONNX as exporters write it. */
const BUILD = `
import onnx, numpy as np, os
from onnx import helper, TensorProto, numpy_helper
def model(nodes, inputs, outputs, inits, opset=True, ir=True):
    g = helper.make_graph(nodes, 'g', inputs, outputs, inits)
    m = helper.make_model(g, opset_imports=[helper.make_opsetid('', 17)] if opset else [])
    if not opset:
        del m.opset_import[:]
    if not ir:
        m.ClearField('ir_version')
    return m
W = numpy_helper.from_array(np.ones((4, 3), dtype=np.float32), 'W')
B = numpy_helper.from_array(np.zeros((3,), dtype=np.float32), 'B')
X = helper.make_tensor_value_info('input', TensorProto.FLOAT, ['batch', 4])
Y = helper.make_tensor_value_info('probabilities', TensorProto.FLOAT, ['batch', 3])
nodes = [helper.make_node('MatMul', ['input', 'W'], ['mm'], name='matmul'),
         helper.make_node('Add', ['mm', 'B'], ['logits']),
         helper.make_node('Softmax', ['logits'], ['probabilities'])]
m = model(nodes, [X], [Y], [W, B])
onnx.checker.check_model(m)
onnx.save(m, 'good.onnx')
os.makedirs('ext', exist_ok=True)
big = numpy_helper.from_array(np.ones((4, 3), dtype=np.float32), 'W')
m2 = model(nodes, [X], [Y], [big, B])
onnx.save_model(m2, 'ext/model.onnx', save_as_external_data=True, all_tensors_to_one_file=True, location='weights.bin', size_threshold=0)
dangling = [helper.make_node('Add', ['input', 'missing'], ['probabilities'], name='bad_add')]
onnx.save(model(dangling, [X], [Y], []), 'dangling.onnx')
short = numpy_helper.from_array(np.ones((4, 3), dtype=np.float32), 'W')
short.raw_data = short.raw_data[:40]
onnx.save(model(nodes, [X], [Y], [short, B]), 'short_init.onnx')
onnx.save(model(nodes, [X], [Y], [W, B], opset=False, ir=False), 'no_opset.onnx')
then = helper.make_graph([helper.make_node('Identity', ['W'], ['t_out'])], 'then', [], [helper.make_tensor_value_info('t_out', TensorProto.FLOAT, None)])
els = helper.make_graph([helper.make_node('Identity', ['nowhere'], ['e_out'])], 'else', [], [helper.make_tensor_value_info('e_out', TensorProto.FLOAT, None)])
cond = helper.make_tensor_value_info('cond', TensorProto.BOOL, [])
out = helper.make_tensor_value_info('out', TensorProto.FLOAT, None)
onnx.save(model([helper.make_node('If', ['cond'], ['out'], then_branch=then, else_branch=els)], [cond], [out], [W]), 'subgraph.onnx')
`;

/** Rewrites the external data location of every initializer (for traversal tests). */
const RELOCATE = (src: string, dst: string, location: string) => `
import onnx
m = onnx.load('${src}', load_external_data=False)
for t in m.graph.initializer:
    for e in t.external_data:
        if e.key == 'location':
            e.value = '${location}'
onnx.save(m, '${dst}')
`;

describe('ONNX', () => {
  const dir = useTempDir();
  beforeAll(() => runPython(BUILD, dir()));
  const check = async (name: string) => {
    const path = join(dir(), name);
    const findings = new FindingList(name);
    const result = await parseOnnx(path, statSync(path).size, findings, {
      policy: 'allowlist',
      allowGlobals: new Set(),
      root: dir(),
    });
    return {
      result,
      codes: findings.items.map((f) => f.code),
      messages: findings.items.map((f) => f.message).join('\n'),
    };
  };

  test('a valid model: signature with dim_param, opsets, no findings', async () => {
    const { result, codes } = await check('good.onnx');
    expect(codes).toEqual([]);
    expect(result.signature).toEqual({
      inputs: [{ name: 'input', dtype: 'float32', shape: ['batch', 4] }],
      outputs: [{ name: 'probabilities', dtype: 'float32', shape: ['batch', 3] }],
    });
    expect(result.details).toMatchObject({
      opsets: [{ domain: 'ai.onnx', version: 17 }],
      nodes: 3,
      initializers: 2,
    });
  });

  test('is recognised by content', () => {
    expect(looksLikeOnnx(readFileSync(join(dir(), 'good.onnx')))).toBe(true);
    expect(looksLikeOnnx(Buffer.from('{"not": "onnx"}'))).toBe(false);
  });

  test('external data inside the model directory is checked and accepted', async () => {
    const { codes } = await check('ext/model.onnx');
    expect(codes).toEqual([]);
  });

  test('external data pointing outside the model directory is an error', async () => {
    runPython(RELOCATE('ext/model.onnx', 'ext/escape.onnx', '../good.onnx'), dir());
    const { codes } = await check('ext/escape.onnx');
    expect(codes).toEqual(['ONNX_EXTERNAL_PATH', 'ONNX_EXTERNAL_PATH']);
  });

  test('an absolute external data path is an error', async () => {
    runPython(RELOCATE('ext/model.onnx', 'ext/absolute.onnx', '/etc/passwd'), dir());
    expect((await check('ext/absolute.onnx')).codes).toContain('ONNX_EXTERNAL_PATH');
  });

  test('missing and short external data files', async () => {
    runPython(RELOCATE('ext/model.onnx', 'ext/missing.onnx', 'nothere.bin'), dir());
    expect((await check('ext/missing.onnx')).codes).toEqual([
      'ONNX_EXTERNAL_MISSING',
      'ONNX_EXTERNAL_MISSING',
    ]);
    writeFileSync(join(dir(), 'ext', 'short.bin'), Buffer.alloc(10));
    runPython(RELOCATE('ext/model.onnx', 'ext/short.onnx', 'short.bin'), dir());
    expect((await check('ext/short.onnx')).codes).toContain('ONNX_EXTERNAL_SHORT');
  });

  test('a node input nothing produces', async () => {
    const { codes, messages } = await check('dangling.onnx');
    expect(codes).toEqual(['ONNX_DANGLING_INPUT']);
    expect(messages).toMatch(/'bad_add' \(Add\) uses 'missing'/);
  });

  test('subgraphs see the outer scope, and their own dangling inputs are found', async () => {
    const { codes, messages } = await check('subgraph.onnx');
    expect(codes).toEqual(['ONNX_DANGLING_INPUT']);
    expect(messages).toMatch(/subgraph 'else_branch'.*'nowhere'/);
  });

  test('an initializer whose bytes do not match its dims', async () => {
    const { codes, messages } = await check('short_init.onnx');
    expect(codes).toEqual(['ONNX_INITIALIZER_SIZE']);
    expect(messages).toMatch(/holds 40 bytes .* needs 48/);
  });

  test('no IR version and no opset imports', async () => {
    expect((await check('no_opset.onnx')).codes).toEqual(['ONNX_NO_IR_VERSION', 'ONNX_NO_OPSET']);
  });

  test('a truncated file is malformed, not a crash', async () => {
    const bytes = readFileSync(join(dir(), 'good.onnx'));
    writeFileSync(join(dir(), 'truncated.onnx'), bytes.subarray(0, bytes.length - 20));
    expect((await check('truncated.onnx')).codes).toEqual(['ONNX_MALFORMED']);
  });
});
