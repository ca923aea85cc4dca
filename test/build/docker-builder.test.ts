import { chmodSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dockerBuildArguments, parseBuildxMetadata } from '../../src/build/docker-builder.js';
import { runBundledAction } from '../support/action-runner.js';
import { useTempDir } from '../support/temp.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;

describe('docker builder', () => {
  test('the buildx command: file, tags, labels as labels and annotations, build args, platforms, metadata, push', () => {
    expect(
      dockerBuildArguments({
        dockerfile: 'serving/Dockerfile',
        context: 'serving',
        repository: 'ghcr.io/acme/churn',
        tags: ['sha-0123456', 'latest'],
        labels: { 'dev.modelgate.model.digest': 'sha256:x' },
        buildArgs: ['MODEL=models/churn.onnx'],
        platforms: ['linux/amd64', 'linux/arm64'],
        push: true,
        metadataFile: '/tmp/meta.json',
      }),
    ).toEqual([
      'buildx',
      'build',
      '--file',
      'serving/Dockerfile',
      '--tag',
      'ghcr.io/acme/churn:sha-0123456',
      '--tag',
      'ghcr.io/acme/churn:latest',
      '--label',
      'dev.modelgate.model.digest=sha256:x',
      '--annotation',
      'index,manifest:dev.modelgate.model.digest=sha256:x',
      '--build-arg',
      'MODEL=models/churn.onnx',
      '--platform',
      'linux/amd64,linux/arm64',
      '--provenance=false',
      '--metadata-file',
      '/tmp/meta.json',
      '--push',
      'serving',
    ]);
  });

  test('buildx metadata', () => {
    expect(
      parseBuildxMetadata(JSON.stringify({ 'containerimage.digest': DIGEST, 'image.name': 'x' })),
    ).toBe(DIGEST);
    expect(() => parseBuildxMetadata('{}')).toThrow(/no containerimage.digest/);
    expect(() => parseBuildxMetadata('not json')).toThrow(/not JSON/);
  });

  describe('through the bundled action, with a stand-in docker CLI', () => {
    const dir = useTempDir();
    // No Docker engine runs here: this `docker` records its arguments and writes the
    // metadata file the way buildx does, or fails like a broken build.
    const fakeDocker = (exitCode: number) => {
      const bin = join(dir(), `bin-${exitCode}`);
      mkdirSync(bin, { recursive: true });
      writeFileSync(
        join(bin, 'docker'),
        `#!/bin/sh\nprintf '%s\\n' "$@" > "${dir()}/docker-args"\nwhile [ $# -gt 0 ]; do if [ "$1" = --metadata-file ]; then shift; printf '{"containerimage.digest": "${DIGEST}"}' > "$1"; fi; shift; done\necho "#1 building"\nexit ${exitCode}\n`,
      );
      chmodSync(join(bin, 'docker'), 0o755);
      return bin;
    };
    beforeAll(() => {
      cpSync(resolve('examples/iris'), join(dir(), 'iris'), { recursive: true });
      writeFileSync(join(dir(), 'Dockerfile'), 'FROM scratch\nCOPY iris /models\n');
    });

    test('builds, pushes and reports the digest buildx wrote', async () => {
      const bin = fakeDocker(0);
      const run = await runBundledAction(
        'build-image',
        {
          model: 'iris',
          image: 'ghcr.io/acme/churn',
          dockerfile: 'Dockerfile',
          tags: 'v1',
          'build-args': 'A=1',
        },
        dir(),
        {
          PATH: `${bin}:${process.env.PATH}`,
          GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
          SOURCE_DATE_EPOCH: '0',
        },
      );
      expect(run.code).toBe(0);
      expect(run.outputs.digest).toBe(DIGEST);
      expect(run.outputs.image).toBe(`ghcr.io/acme/churn@${DIGEST}`);
      const args = readFileSync(join(dir(), 'docker-args'), 'utf8').split('\n');
      expect(args.slice(0, 4)).toEqual(['buildx', 'build', '--file', 'Dockerfile']);
      expect(args).toContain('ghcr.io/acme/churn:v1');
      expect(args).toContain('A=1');
      expect(args.find((a) => a.startsWith('dev.modelgate.model.digest='))).toBe(
        `dev.modelgate.model.digest=${run.outputs['model-digest']}`,
      );
      expect(run.stdout).toContain('#1 building');
    });

    test('a failed build fails the step and reports no digest', async () => {
      const run = await runBundledAction(
        'build-image',
        { model: 'iris', image: 'ghcr.io/acme/churn', dockerfile: 'Dockerfile', tags: 'v1' },
        dir(),
        { PATH: `${fakeDocker(1)}:${process.env.PATH}` },
      );
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('::error::build-image: docker buildx build failed (exit 1)');
      expect(run.outputs.digest).toBeUndefined();
    });

    test('an oci: destination is refused for the docker builder', async () => {
      const run = await runBundledAction(
        'build-image',
        { model: 'iris', image: 'oci:out', dockerfile: 'Dockerfile', tags: 'v1' },
        dir(),
        { PATH: `${fakeDocker(0)}:${process.env.PATH}` },
      );
      expect(run.stdout).toContain(
        "::error::build-image: input 'image': the docker builder pushes to a registry",
      );
    });
  });
});
