/**
 * Legacy Keras .h5 models: their `model_config` (and `training_config`) attributes are
 * read with jsfive and checked like a .keras config. Files written by h5py (Debian's
 * python3-h5py), as Keras 2's save() lays them out.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { FindingList } from '../../src/formats/findings.js';
import { parseKerasH5 } from '../../src/formats/h5.js';
import { runPython } from '../support/python.js';
import { useTempDir } from '../support/temp.js';

const dir = useTempDir('modelgate-h5-');

beforeAll(() =>
  runPython(
    `import h5py, json, numpy as np
def save(name, layers, training=None):
    config = {'class_name': 'Sequential', 'config': {'name': 's', 'layers': layers}}
    with h5py.File(name, 'w') as f:
        f.attrs['model_config'] = json.dumps(config).encode()
        f.attrs['keras_version'] = '2.13.1'
        if training is not None:
            f.attrs['training_config'] = json.dumps(training).encode()
        f.create_dataset('model_weights/dense/kernel', data=np.zeros((4, 2), np.float32))
dense = {'class_name': 'Dense', 'config': {'units': 2, 'activation': 'relu', 'kernel_initializer': {'class_name': 'GlorotUniform', 'config': {}}}}
save('clean.h5', [{'class_name': 'InputLayer', 'config': {'batch_input_shape': [None, 4]}}, dense],
     {'loss': 'mse', 'optimizer_config': {'class_name': 'Adam', 'config': {'learning_rate': 0.001}}})
# Keras 2 keeps a Lambda's function as marshalled bytecode: loading runs it.
save('lambda.h5', [{'class_name': 'Lambda', 'config': {'function': ['4wAAAA==', None, None], 'function_type': 'lambda'}}])
save('custom.h5', [{'class_name': 'MyLayer', 'config': {}}])
save('custom_optimizer.h5', [dense], {'optimizer_config': {'class_name': 'Evil', 'config': {}}})
with h5py.File('weights.h5', 'w') as f:
    f.create_dataset('dense/kernel', data=np.zeros((4, 2), np.float32))
open('broken.h5', 'wb').write(b'\\x89HDF\\r\\n\\x1a\\n' + b'\\0' * 64)`,
    dir(),
  ),
);

async function check(name: string) {
  const path = join(dir(), name);
  const findings = new FindingList(name);
  const result = await parseKerasH5(path, statSync(path).size, findings);
  return { result, codes: findings.items.map((f) => `${f.severity}:${f.code}`), findings };
}

test('a clean legacy model passes, its config read', async () => {
  const { result, codes } = await check('clean.h5');
  expect(codes).toEqual([]);
  expect(result).toMatchObject({ format: 'keras', details: { model: 'Sequential' } });
});

test.each([
  ['lambda.h5', 'error:KERAS_LAMBDA'],
  ['custom.h5', 'error:KERAS_CUSTOM_OBJECT'],
  ['custom_optimizer.h5', 'error:KERAS_CUSTOM_OBJECT'],
  ['broken.h5', 'error:KERAS_H5_UNREAD'],
])('%s is refused (%s)', async (name, code) => {
  expect((await check(name)).codes).toEqual([code]);
});

test('a weights-only file has nothing to load but weights', async () => {
  expect((await check('weights.h5')).codes).toEqual(['note:KERAS_H5_WEIGHTS']);
});
