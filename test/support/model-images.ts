/**
 * Model images for deploy tests: one small model per version, pushed by the bundled
 * build-image action to `<registry>/<repository>:<version>` (acme/churn by default).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBundledAction } from './action-runner.js';

export interface PushedImage {
  image: string;
  digest: string;
  model: string;
}

export async function pushModelImages(
  registryHost: string,
  dir: string,
  versions: string[],
  env: Record<string, string>,
  repository = 'acme/churn',
): Promise<Record<string, PushedImage>> {
  const images: Record<string, PushedImage> = {};
  for (const version of versions) {
    const folder = join('models', repository, version);
    mkdirSync(join(dir, folder), { recursive: true });
    writeFileSync(join(dir, folder, 'model.onnx'), `weights of ${repository} ${version}\n`);
    const built = await runBundledAction(
      'build-image',
      { model: folder, image: `${registryHost}/${repository}`, tags: version },
      dir,
      env,
    );
    if (built.code !== 0) throw new Error(`build-image failed: ${built.stdout}`);
    images[version] = {
      image: built.outputs.image,
      digest: built.outputs.digest,
      model: built.outputs['model-digest'],
    };
  }
  return images;
}
