import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeImageDigest } from '../../src/providers/gitops-files.js';
import { useTempDir } from '../support/temp.js';

const dir = useTempDir('modelgate-gitops-files-');
const DIGEST = `sha256:${'ab'.repeat(32)}`;
const REPO = 'ghcr.io/acme/churn';

test('kustomize images: by name or newName; newTag goes, comments stay', async () => {
  const root = join(dir(), 'k');
  mkdirSync(root);
  writeFileSync(
    join(root, 'kustomization.yml'),
    `images:\n  # the model server\n  - name: churn\n    newName: ${REPO}\n    newTag: v1\n  - name: ${REPO}\n    digest: sha256:${'00'.repeat(32)}\n`,
  );
  expect(await writeImageDigest(root, REPO, DIGEST)).toEqual([
    { path: 'kustomization.yml', kind: 'kustomize' },
  ]);
  expect(readFileSync(join(root, 'kustomization.yml'), 'utf8')).toBe(
    `images:\n  # the model server\n  - name: churn\n    newName: ${REPO}\n    digest: ${DIGEST}\n  - name: ${REPO}\n    digest: ${DIGEST}\n`,
  );
});

test('plain manifests: only images of this repository, in every document of a file', async () => {
  const root = join(dir(), 'm');
  mkdirSync(join(root, 'nested'), { recursive: true });
  writeFileSync(
    join(root, 'nested', 'pods.yaml'),
    `kind: Pod\nspec:\n  containers:\n    - image: ${REPO}:v1\n    - image: ${REPO}-server:v1\n---\nkind: Pod\nspec:\n  containers:\n    - image: "${REPO}@sha256:${'11'.repeat(32)}"\n`,
  );
  writeFileSync(join(root, 'notes.txt'), `image: ${REPO}:v1\n`);
  expect(await writeImageDigest(root, REPO, DIGEST)).toEqual([
    { path: 'nested/pods.yaml', kind: 'manifest' },
  ]);
  const text = readFileSync(join(root, 'nested', 'pods.yaml'), 'utf8');
  expect(text.match(new RegExp(`${REPO}@${DIGEST}`, 'g'))).toHaveLength(2);
  expect(text).toContain(`${REPO}-server:v1`);
  expect(readFileSync(join(root, 'notes.txt'), 'utf8')).toBe(`image: ${REPO}:v1\n`);
});

test('a single file as path, an unchanged file left byte for byte, invalid YAML named', async () => {
  const root = join(dir(), 'v');
  mkdirSync(root);
  const values = join(root, 'values.yaml');
  writeFileSync(values, `image:\n  repository: ${REPO}\n  digest: ${DIGEST}\n`);
  expect(await writeImageDigest(values, REPO, DIGEST)).toEqual([{ path: values, kind: 'helm' }]);
  expect(readFileSync(values, 'utf8')).toBe(`image:\n  repository: ${REPO}\n  digest: ${DIGEST}\n`);
  writeFileSync(join(root, 'broken.yaml'), 'image: [unclosed\n');
  await expect(writeImageDigest(root, REPO, DIGEST)).rejects.toThrow(
    /^broken.yaml is not valid YAML/,
  );
  await expect(writeImageDigest(join(root, 'absent'), REPO, DIGEST)).rejects.toThrow(
    /absent does not exist/,
  );
});
