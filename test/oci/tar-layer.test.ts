import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planTar, streamTar } from '../../src/oci/tar-layer.js';
import { runPython } from '../support/python.js';
import { useTempDir } from '../support/temp.js';

async function collect(source: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of source) chunks.push(chunk);
  return Buffer.concat(chunks);
}

describe('deterministic tar layer', () => {
  const dir = useTempDir();
  const long = `${'deep/'.repeat(30)}weights-with-a-rather-long-file-name-that-needs-pax-${'x'.repeat(80)}.bin`;
  const files = () => {
    const root = join(dir(), 'model');
    mkdirSync(join(root, 'sub'), { recursive: true });
    mkdirSync(join(root, long.slice(0, long.lastIndexOf('/'))), { recursive: true });
    writeFileSync(join(root, 'model.onnx'), Buffer.alloc(1000, 1));
    writeFileSync(join(root, 'sub', 'b.bin'), Buffer.alloc(513, 2));
    writeFileSync(join(root, long), Buffer.alloc(7, 3));
    return ['sub/b.bin', 'model.onnx', long].map((path) => ({
      path,
      absolute: join(root, path),
      size: [513, 1000, 7][['sub/b.bin', 'model.onnx', long].indexOf(path)],
    }));
  };

  test('python tarfile reads sorted entries, owned by 0:0, with one mtime, under model-path', async () => {
    const plan = planTar(files(), '/opt/ml/models', 1700000000);
    const bytes = await collect(streamTar(plan));
    expect(bytes.length).toBe(plan.size);
    writeFileSync(join(dir(), 'layer.tar'), bytes);
    const listing = JSON.parse(
      runPython(
        `import tarfile, json
t = tarfile.open('layer.tar')
print(json.dumps([[m.name, m.type.decode(), m.size, m.uid, m.gid, m.uname, m.mtime, oct(m.mode)] for m in t.getmembers()]))`,
        dir(),
      ),
    ) as [string, string, number, number, number, string, number, string][];
    const names = listing.map((m) => m[0]);
    expect(names).toEqual([...names].sort());
    expect(names.slice(0, 4)).toEqual(['opt', 'opt/ml', 'opt/ml/models', 'opt/ml/models/deep']);
    expect(names).toContain(`opt/ml/models/${long}`);
    expect(names).toContain('opt/ml/models/model.onnx');
    for (const [, , , uid, gid, uname, mtime] of listing)
      expect([uid, gid, uname, mtime]).toEqual([0, 0, '', 1700000000]);
    expect(listing.find((m) => m[0] === 'opt/ml/models/model.onnx')?.slice(1, 3)).toEqual([
      '0',
      1000,
    ]);
  });

  test('the same inputs give the same bytes', async () => {
    const a = await collect(streamTar(planTar(files(), '/models', 0)));
    const b = await collect(streamTar(planTar(files().reverse(), '/models/', 0)));
    expect(a.equals(b)).toBe(true);
  });

  test('streaming from any offset gives the tail of the whole stream', async () => {
    const plan = planTar(files(), '/models', 0);
    const whole = await collect(streamTar(plan));
    for (const start of [0, 1, 511, 512, 513, 1500, 2047, 2048, plan.size - 1024, plan.size - 1]) {
      expect((await collect(streamTar(plan, start))).equals(whole.subarray(start))).toBe(true);
    }
  });

  test('a file that changes size while streaming is an error', async () => {
    const list = files();
    const plan = planTar(list, '/models', 0);
    writeFileSync(list[1].absolute, Buffer.alloc(10));
    await expect(collect(streamTar(plan))).rejects.toThrow(/changed size/);
  });
});
