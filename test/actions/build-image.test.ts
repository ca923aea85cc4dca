import { execFileSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runBundledAction } from '../support/action-runner.js';
import { runActionInProcess } from '../support/in-process.js';
import {
  addIndex,
  extractLayersWithTar,
  buildBaseImage,
  inspect,
  pullAndUnpack,
  skopeo,
  treeHashes,
  unpackLayout,
} from '../support/oci-tools.js';
import { zstdAvailable } from '../../src/oci/model-layer.js';
import { freePort, startRegistry, type LocalRegistry } from '../support/registry.js';
import { startTokenServer, type TokenServer } from '../support/token-server.js';
import { validSafetensors } from '../support/model-writers.js';
import { runPython } from '../support/python.js';
import { useTempDir } from '../support/temp.js';

const EPOCH = '1700000000';
const SHA = '0123456789abcdef0123456789abcdef01234567';
/** Lines that show a secret, other than the ::add-mask:: command that tells the runner to hide it. */
const unmasked = (output: string, secret: string) =>
  output.split('\n').filter((l) => l.includes(secret) && !l.startsWith('::add-mask::'));

const env = {
  GITHUB_SHA: SHA,
  SOURCE_DATE_EPOCH: EPOCH,
  GITHUB_REPOSITORY: 'acme/churn',
  GITHUB_SERVER_URL: 'https://github.com',
};

describe('build-image, bundled, against a real registry', () => {
  const dir = useTempDir();
  let registry: LocalRegistry;
  beforeAll(async () => {
    registry = await startRegistry();
    cpSync(resolve('examples/iris'), join(dir(), 'iris'), { recursive: true });
    mkdirSync(join(dir(), 'big'));
    writeFileSync(join(dir(), 'big', 'weights.bin'), Buffer.alloc(3 * 1024 * 1024 + 7, 9));
    // Enough bytes that a re-push hashes on worker threads (layer and files in one read).
    writeFileSync(
      join(dir(), 'big', 'shard.bin'),
      randomFillSync(Buffer.alloc(18 * 1024 * 1024 + 5)),
    );
  });
  afterAll(() => registry.stop());
  /** build-image from the sources, in process (the first test drives the bundle). */
  const build = (
    inputs: Record<string, string>,
    extraEnv: Record<string, string> = {},
    bundled = false,
  ) =>
    (bundled ? runBundledAction : runActionInProcess)('build-image', inputs, dir(), {
      ...env,
      ...extraEnv,
    });

  test('a model-only image: outputs, labels, and exactly the model bytes at model-path', async () => {
    const run = await build({ model: 'iris', image: `${registry.host}/acme/iris` }, {}, true);
    expect(run.code).toBe(0);
    expect(run.outputs.tags).toBe('sha-0123456');
    expect(run.outputs.image).toBe(`${registry.host}/acme/iris@${run.outputs.digest}`);
    const inspected = inspect(`${registry.host}/acme/iris:sha-0123456`) as {
      Digest: string;
      Labels: Record<string, string>;
      Layers: string[];
    };
    expect(inspected.Digest).toBe(run.outputs.digest);
    expect(inspected.Layers).toEqual([run.outputs['layer-digest']]);
    expect(inspected.Labels).toMatchObject({
      'org.opencontainers.image.source': 'https://github.com/acme/churn',
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.created': '2023-11-14T22:13:20Z',
      'org.opencontainers.image.title': 'iris',
      'dev.modelgate.model.digest': run.outputs['model-digest'],
      'dev.modelgate.model.format': 'onnx',
    });
    const validated = execFileSync(
      process.execPath,
      [resolve('dist/cli/index.js'), 'validate-model', '--model', 'iris'],
      { cwd: dir(), encoding: 'utf8' },
    );
    expect(validated).toContain(`digest=${run.outputs['model-digest']}`);
    const rootfs = pullAndUnpack(`${registry.host}/acme/iris:sha-0123456`, dir());
    expect(treeHashes(join(rootfs, 'models'))).toEqual(treeHashes(join(dir(), 'iris')));
    expect(run.summary.split('\n')[0]).toMatch(/^## ✅ Image pushed/);
  });

  test('same inputs, same digest; an unchanged re-push uploads nothing', async () => {
    const first = await build({ model: 'big', image: `${registry.host}/acme/big`, tags: 'v1' });
    expect(Number(first.outputs['bytes-uploaded'])).toBeGreaterThan(3 * 1024 * 1024);
    const again = await build({
      model: 'big',
      image: `${registry.host}/acme/big`,
      tags: 'v2\nlatest',
    });
    expect(again.outputs.digest).toBe(first.outputs.digest);
    expect(again.outputs['bytes-uploaded']).toBe('0');
    // The first push hashed the files apart from the upload, the re-push in the layer's
    // read; both give SPEC §1's tree digest, computed here with sha256sum.
    expect(again.outputs['model-digest']).toBe(first.outputs['model-digest']);
    const sum = (file: string) =>
      execFileSync('sha256sum', [file], { cwd: dir(), encoding: 'utf8' }).slice(0, 64);
    const listing = ['shard.bin', 'weights.bin']
      .map(
        (name) =>
          `${sum(join('big', name))}  ${statSync(join(dir(), 'big', name)).size}  ${name}\n`,
      )
      .join('');
    writeFileSync(join(dir(), 'big-listing.txt'), listing);
    expect(again.outputs['model-digest']).toBe(`sha256:${sum('big-listing.txt')}`);
    expect(
      (
        JSON.parse(
          skopeo(['list-tags', '--tls-verify=false', `docker://${registry.host}/acme/big`]),
        ) as { Tags: string[] }
      ).Tags.sort(),
    ).toEqual(['latest', 'v1', 'v2']);
    const layout = await build({
      model: 'big',
      image: `oci:${join(dir(), 'big-layout')}`,
      tags: 'v1',
    });
    expect(layout.outputs.digest).toBe(first.outputs.digest);
  });

  test('a served image on a base: base layers, entrypoint, env and labels kept, model on top', async () => {
    const baseLayout = join(dir(), 'base-layout');
    buildBaseImage(baseLayout, 'latest');
    skopeo([
      'copy',
      '--dest-tls-verify=false',
      `oci:${baseLayout}:latest`,
      `docker://${registry.host}/acme/serving-base:1`,
    ]);
    const run = await build({
      model: 'iris',
      image: `${registry.host}/acme/served`,
      tags: 'v1',
      'base-image': `${registry.host}/acme/serving-base:1`,
      'model-path': '/srv/model',
      labels: 'team=ml',
    });
    expect(run.code).toBe(0);
    const config = inspect(`${registry.host}/acme/served:v1`, '--config') as {
      config: { Entrypoint: string[]; Env: string[]; Labels: Record<string, string> };
      rootfs: { diff_ids: string[] };
    };
    expect(config.config.Entrypoint).toEqual(['/usr/bin/serve']);
    expect(config.config.Env).toContain('MODEL_DIR=/models');
    expect(config.config.Labels).toMatchObject({
      'base.label': 'kept',
      team: 'ml',
      'dev.modelgate.model.format': 'onnx',
    });
    expect(config.rootfs.diff_ids).toHaveLength(2);
    const rootfs = pullAndUnpack(`${registry.host}/acme/served:v1`, dir());
    expect(treeHashes(join(rootfs, 'srv', 'model'))).toEqual(treeHashes(join(dir(), 'iris')));
    expect(treeHashes(join(rootfs, 'etc'))['base-release']).toBeDefined();
  });

  test('a multi-platform base gives an index with one manifest per platform; platforms filters', async () => {
    const layout = join(dir(), 'multi-layout');
    buildBaseImage(layout, 'amd64', 'amd64');
    buildBaseImage(layout, 'arm64', 'arm64');
    addIndex(layout, 'multi', [
      { tag: 'amd64', architecture: 'amd64' },
      { tag: 'arm64', architecture: 'arm64' },
    ]);
    const all = await build({
      model: 'iris',
      image: `${registry.host}/acme/multi`,
      tags: 'all',
      'base-image': `oci:${layout}:multi`,
    });
    expect(all.code).toBe(0);
    const index = inspect(`${registry.host}/acme/multi:all`, '--raw') as {
      mediaType: string;
      manifests: { platform: { architecture: string } }[];
    };
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(index.manifests.map((m) => m.platform.architecture)).toEqual(['amd64', 'arm64']);
    const rootfs = pullAndUnpack(`${registry.host}/acme/multi:all`, dir(), [
      '--override-arch',
      'arm64',
    ]);
    expect(treeHashes(join(rootfs, 'etc'))).toEqual({ 'base-release': expect.any(String) });
    expect(treeHashes(join(rootfs, 'models'))).toEqual(treeHashes(join(dir(), 'iris')));
    const one = await build({
      model: 'iris',
      image: `${registry.host}/acme/multi`,
      tags: 'arm',
      'base-image': `oci:${layout}:multi`,
      platforms: 'linux/arm64',
    });
    expect(
      (inspect(`${registry.host}/acme/multi:arm`, '--raw') as { manifests: unknown[] }).manifests,
    ).toHaveLength(1);
    expect(one.outputs['bytes-uploaded']).toBe('0');
  });

  test.each(['gzip', 'zstd'])(
    '%s compression into an OCI layout unpacks to the same files',
    async (compression) => {
      if (compression === 'zstd' && !zstdAvailable()) {
        // This Node.js (< 22.15) cannot write zstd: the action says so (CI runs Node 24).
        const refused = await build({
          model: 'iris',
          image: `oci:${join(dir(), 'no-zstd')}`,
          tags: 'v1',
          compression,
        });
        expect(refused.stdout).toContain(
          "::error::build-image: input 'compression': zstd needs Node.js 22.15 or newer",
        );
        return;
      }
      const layout = join(dir(), `${compression}-layout`);
      const run = await build({ model: 'iris', image: `oci:${layout}`, tags: 'v1', compression });
      expect(run.code).toBe(0);
      // Debian's umoci 0.4 reads gzip layers but not zstd; GNU tar with the zstd CLI reads both.
      const rootfs =
        compression === 'zstd'
          ? extractLayersWithTar(layout, 'v1', `${layout}-rootfs`)
          : unpackLayout(`${layout}:v1`, `${layout}-bundle`);
      expect(treeHashes(join(rootfs, 'models'))).toEqual(treeHashes(join(dir(), 'iris')));
    },
  );

  test('without a validate report, the format comes from the head or, for containers, the parser', async () => {
    mkdirSync(join(dir(), 'formats'));
    writeFileSync(join(dir(), 'formats', 'model.safetensors'), validSafetensors());
    runPython(
      `import joblib, numpy\njoblib.dump({'weights': numpy.arange(6.0)}, 'formats/model.joblib')`,
      dir(),
    );
    const formats: Record<string, string> = {};
    for (const name of ['model.safetensors', 'model.joblib']) {
      const report = join(dir(), `${name}.json`);
      const run = await build({
        model: join('formats', name),
        image: `oci:${join(dir(), `${name}-layout`)}`,
        tags: 'v1',
        report,
      });
      expect(run.code).toBe(0);
      formats[name] = (
        JSON.parse(readFileSync(report, 'utf8')) as { modelFormat: string }
      ).modelFormat;
    }
    expect(formats).toEqual({ 'model.safetensors': 'safetensors', 'model.joblib': 'joblib' });
  });

  test('validate-report supplies digest, format and signature annotations', async () => {
    execFileSync(
      process.execPath,
      [
        resolve('dist/cli/index.js'),
        'validate-model',
        '--model',
        'iris',
        '--report',
        'validate.json',
      ],
      { cwd: dir() },
    );
    const run = await build({
      model: 'iris',
      image: `${registry.host}/acme/reported`,
      tags: 'v1',
      'validate-report': 'validate.json',
    });
    const labels = (
      inspect(`${registry.host}/acme/reported:v1`) as { Labels: Record<string, string> }
    ).Labels;
    expect(JSON.parse(labels['dev.modelgate.model.signature']).inputs[0].name).toBe('features');
    expect(labels['dev.modelgate.model.digest']).toBe(run.outputs['model-digest']);
    // The same directory named another way (absolute, trailing slash) is the same model.
    const absolute = await build({
      model: `${join(dir(), 'iris')}/`,
      image: `${registry.host}/acme/reported`,
      tags: 'abs',
      'validate-report': 'validate.json',
    });
    expect(absolute.code).toBe(0);
    writeFileSync(
      join(dir(), 'bad.json'),
      JSON.stringify({ valid: false, digest: 'sha256:x', format: 'pickle', model: 'iris' }),
    );
    const refused = await build({
      model: 'iris',
      image: `${registry.host}/acme/reported`,
      tags: 'v2',
      'validate-report': 'bad.json',
    });
    expect(refused.stdout).toContain(
      "::error::build-image: input 'validate-report': says the model failed validation",
    );
  });

  describe('bad input: one clear line, nothing pushed', () => {
    test.each([
      [
        { model: 'iris', image: 'ghcr.io/Acme/X' },
        "input 'image': 'Acme/X' is not a valid repository name",
      ],
      [
        { model: 'iris', image: 'ghcr.io/acme/x:v1' },
        "input 'image': is registry/repository without a tag or digest",
      ],
      [
        { model: 'nowhere', image: 'ghcr.io/acme/x' },
        "input 'model': does not exist (got 'nowhere')",
      ],
      [
        { model: 'iris', image: 'ghcr.io/acme/x', labels: 'novalue' },
        "input 'labels': each line must be key=value (got 'novalue')",
      ],
      [
        { model: 'iris', image: 'ghcr.io/acme/x', 'model-path': 'relative' },
        "input 'model-path': must be an absolute path",
      ],
      [
        { model: 'iris', image: 'ghcr.io/acme/x', 'registry-password': 'hunter2' },
        "input 'registry-username': is required with registry-password",
      ],
    ])('%j', async (inputs, message) => {
      const run = await build(inputs as Record<string, string>);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(`::error::build-image: ${message}`);
      expect(unmasked(run.stdout, 'hunter2')).toEqual([]);
    });

    test('a base image that does not exist', async () => {
      const run = await build({
        model: 'iris',
        image: `${registry.host}/acme/nobase`,
        tags: 'v1',
        'base-image': `${registry.host}/acme/missing:1`,
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        /::error::build-image: GET .*acme\/missing\/manifests\/1: HTTP 404 \(MANIFEST_UNKNOWN|NAME_UNKNOWN/,
      );
      expect(() => inspect(`${registry.host}/acme/nobase:v1`)).toThrow();
    });

    test('an unreachable registry fails quickly', async () => {
      const port = await freePort();
      const run = await build({ model: 'iris', image: `127.0.0.1:${port}/acme/x`, tags: 'v1' });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/ECONNREFUSED/);
      expect(run.durationMs).toBeLessThan(60_000);
    });
  });
});

describe('build-image with registry authentication', () => {
  const dir = useTempDir();
  let registry: LocalRegistry;
  beforeAll(async () => {
    registry = await startRegistry({ username: 'alice', password: 'correct horse battery' });
    cpSync(resolve('examples/iris'), join(dir(), 'iris'), { recursive: true });
  });
  afterAll(() => registry.stop());
  const build = (inputs: Record<string, string>, extraEnv: Record<string, string> = {}) =>
    runBundledAction(
      'build-image',
      { model: 'iris', image: `${registry.host}/acme/private`, tags: 'v1', ...inputs },
      dir(),
      { ...env, ...extraEnv },
    );

  test('Basic auth with the inputs', async () => {
    const run = await build({
      'registry-username': 'alice',
      'registry-password': 'correct horse battery',
    });
    expect(run.code).toBe(0);
    expect(
      skopeo([
        'inspect',
        '--tls-verify=false',
        '--creds',
        'alice:correct horse battery',
        `docker://${registry.host}/acme/private:v1`,
      ]),
    ).toContain(run.outputs.digest);
  });

  test('credentials from ~/.docker/config.json', async () => {
    const config = join(dir(), 'docker-config');
    mkdirSync(config, { recursive: true });
    writeFileSync(
      join(config, 'config.json'),
      JSON.stringify({
        auths: {
          [registry.host]: { auth: Buffer.from('alice:correct horse battery').toString('base64') },
        },
      }),
    );
    const run = await build({ tags: 'from-config' }, { DOCKER_CONFIG: config });
    expect(run.code).toBe(0);
  });

  test('wrong credentials: a clear error, the password never printed', async () => {
    const run = await build({
      'registry-username': 'alice',
      'registry-password': 'wrong-password-123',
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::build-image: .*the credentials were refused \(401\)/);
    expect(run.stdout).toContain('::add-mask::wrong-password-123');
    expect(unmasked(run.stdout + run.stderr, 'wrong-password-123')).toEqual([]);
  });

  test('no credentials', async () => {
    const run = await build({});
    expect(run.stdout).toMatch(
      /::error::build-image: .*authentication required; set registry-username/,
    );
  });
});

describe('build-image with the Bearer token flow', () => {
  const dir = useTempDir();
  let registry: LocalRegistry;
  let tokens: TokenServer;
  beforeAll(async () => {
    tokens = await startTokenServer({ bob: 'token-password' });
    registry = await startRegistry({ token: tokens });
    cpSync(resolve('examples/iris'), join(dir(), 'iris'), { recursive: true });
  });
  afterAll(async () => {
    await registry.stop();
    await tokens.stop();
  });

  test('gets a token for pull,push on the repository with the credentials, and pushes', async () => {
    const run = await runBundledAction(
      'build-image',
      {
        model: 'iris',
        image: `${registry.host}/acme/tokened`,
        tags: 'v1',
        'registry-username': 'bob',
        'registry-password': 'token-password',
      },
      dir(),
      env,
    );
    expect(run.code).toBe(0);
    expect(
      tokens.requests.some(
        (r) => r.user === 'bob' && r.scope.includes('repository:acme/tokened:pull,push'),
      ),
    ).toBe(true);
    expect(unmasked(run.stdout, 'token-password')).toEqual([]);
  });

  test('refused credentials at the token service', async () => {
    const run = await runBundledAction(
      'build-image',
      {
        model: 'iris',
        image: `${registry.host}/acme/tokened`,
        tags: 'v2',
        'registry-username': 'bob',
        'registry-password': 'nope',
      },
      dir(),
      env,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::build-image: .*the token service refused the credentials \(401\)/,
    );
  });

  test('anonymous tokens carry pull only, so the push is refused clearly', async () => {
    const run = await runBundledAction(
      'build-image',
      { model: 'iris', image: `${registry.host}/acme/tokened`, tags: 'v3' },
      dir(),
      env,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::build-image: .*(access denied|credentials were refused|authentication required)/,
    );
  });
});
