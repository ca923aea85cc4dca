import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runBundledAction } from '../support/action-runner.js';
import { startFaultProxy, type Fault } from '../support/fault-proxy.js';
import { inspect, pullAndUnpack, treeHashes } from '../support/oci-tools.js';
import { startRegistry, type LocalRegistry } from '../support/registry.js';
import { useTempDir } from '../support/temp.js';

const env = {
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  SOURCE_DATE_EPOCH: '1700000000',
};
const is = (method: string, path: RegExp) => (req: { method?: string; url?: string }) =>
  req.method === method && path.test(req.url ?? '');

describe('pushes through transient failures, and never tags a broken image', () => {
  const dir = useTempDir();
  let registry: LocalRegistry;
  let reference: string;
  beforeAll(async () => {
    registry = await startRegistry();
    mkdirSync(join(dir(), 'model'));
    writeFileSync(join(dir(), 'model', 'weights.bin'), Buffer.alloc(5 * 1024 * 1024, 3));
    cpSync(resolve('examples/iris/model.onnx'), join(dir(), 'model', 'model.onnx'));
    // The digest a push without faults gives: every faulty push must end with the same.
    const clean = await runBundledAction(
      'build-image',
      { model: 'model', image: `${registry.host}/clean/model`, tags: 'v1' },
      dir(),
      env,
    );
    reference = clean.outputs.digest;
  });
  afterAll(() => registry.stop());

  const pushThrough = async (repository: string, faults: Fault[]) => {
    const proxy = await startFaultProxy(registry.host, faults);
    try {
      const run = await runBundledAction(
        'build-image',
        { model: 'model', image: `${proxy.host}/${repository}`, tags: 'v1' },
        dir(),
        env,
      );
      return { run, log: proxy.log };
    } finally {
      await proxy.stop();
    }
  };

  test('a registry that answers every third request with 503 still gets the image (issue 15)', async () => {
    let seen = 0;
    const { run, log } = await pushThrough('faults/flaky', [
      { match: () => ++seen % 3 === 0, times: Infinity, status: 503, retryAfter: 0 },
    ]);
    expect(run.stdout).not.toMatch(/::error::/);
    expect(run.code).toBe(0);
    expect(run.outputs.digest).toBe(reference);
    expect(log.filter((l) => l.fault).length).toBeGreaterThan(2);
  });

  test('503 and 429 answers with Retry-After are retried', async () => {
    const { run, log } = await pushThrough('faults/busy', [
      { match: is('GET', /\/v2\/$/), times: 0 },
      { match: is('POST', /blobs\/uploads/), times: 2, status: 503, retryAfter: 1 },
      { match: is('HEAD', /blobs\//), times: 1, status: 429, retryAfter: 0 },
    ]);
    expect(run.code).toBe(0);
    expect(run.outputs.digest).toBe(reference);
    expect(log.filter((l) => l.fault).map((l) => l.fault)).toEqual([
      'status 503',
      'status 503',
      'status 429',
    ]);
    expect(run.stdout).toMatch(/HTTP 503; retrying in 1000 ms/);
  });

  // docker-registry signs the upload offset into the Location (_state): after a dropped
  // PATCH it no longer knows the session, so the client starts the upload again. A
  // registry that reports the offset (GET on the upload URL) is resumed instead.
  test('a connection dropped in the middle of a chunked upload is recovered', async () => {
    const { run, log } = await pushThrough('faults/dropped', [
      { match: is('PATCH', /blobs\/uploads/), times: 1, dropAfterBytes: 2 * 1024 * 1024 },
    ]);
    expect(run.code).toBe(0);
    expect(run.outputs.digest).toBe(reference);
    expect(log.some((l) => l.request.startsWith('GET') && /blobs\/uploads\//.test(l.request))).toBe(
      true,
    );
    expect(run.stdout).toMatch(
      /the registry lost the interrupted upload; starting it again|the registry holds \d+ bytes, resuming/,
    );
    const rootfs = pullAndUnpack(`${registry.host}/faults/dropped:v1`, dir());
    expect(treeHashes(join(rootfs, 'models'))).toEqual(treeHashes(join(dir(), 'model')));
  });

  test('a monolithic upload dropped midway is sent again', async () => {
    // A repository that already holds an image gets digest-first, single-PUT uploads.
    await runBundledAction(
      'build-image',
      { model: 'examples/iris', image: `${registry.host}/faults/monolithic`, tags: 'seed' },
      resolve('.'),
      env,
    );
    const { run } = await pushThrough('faults/monolithic', [
      { match: is('PUT', /blobs\/uploads\/.*digest=/), times: 1, dropAfterBytes: 1024 * 1024 },
    ]);
    expect(run.code).toBe(0);
    expect(run.outputs.digest).toBe(reference);
  });

  test('when the manifest cannot be stored, the step fails and no tag points anywhere', async () => {
    const { run } = await pushThrough('faults/broken', [
      { match: is('PUT', /manifests\//), times: Infinity, status: 500 },
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::build-image: PUT .*manifests\/.*HTTP 500/);
    expect(() => inspect(`${registry.host}/faults/broken:v1`)).toThrow();
  });

  test('a registry that answers garbage is a clear error', async () => {
    const { createServer } = await import('node:http');
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>hello</html>');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    try {
      const run = await runBundledAction(
        'build-image',
        { model: 'model', image: `127.0.0.1:${port}/acme/x`, tags: 'v1' },
        dir(),
        env,
      );
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        /::error::build-image: POST .*blobs\/uploads\/: HTTP 200 \(<html>hello<\/html>\)/,
      );
    } finally {
      server.close();
    }
  });
});
