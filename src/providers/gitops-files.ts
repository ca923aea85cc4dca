/**
 * Writes an image digest into the manifests of a GitOps repository, keeping everything
 * else (comments, order, other documents) as it was:
 * - kustomize: an `images:` entry whose `name` or `newName` is the image's repository
 *   gets `digest:` (and loses `newTag`, which kustomize would otherwise combine with it);
 * - Helm values: a mapping whose `repository:` is the image's repository gets `digest:`
 *   (charts render `repository@digest` when it is set; `tag` is left as it was);
 * - plain manifests: every `image:` whose value names the repository becomes
 *   `repository@sha256:…`.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { namesRepository } from '../oci/reference.js';
import { isMap, isScalar, isSeq, parseAllDocuments, visit, type Document } from 'yaml';

export interface EditedFile {
  path: string;
  kind: 'kustomize' | 'helm' | 'manifest';
}

/** Points every reference to `repository` under `root` at `digest`; returns the files that name it. */
export async function writeImageDigest(
  root: string,
  repository: string,
  digest: string,
): Promise<EditedFile[]> {
  const edited: EditedFile[] = [];
  for (const file of await yamlFiles(root)) {
    const text = await readFile(file, 'utf8');
    const documents = parseAllDocuments(text);
    if (!Array.isArray(documents)) continue;
    if (documents.some((d) => d.errors.length > 0))
      throw new Error(
        `${relative(root, file)} is not valid YAML: ${documents.find((d) => d.errors.length)!.errors[0].message}`,
      );
    let kind: EditedFile['kind'] | undefined;
    for (const document of documents) kind = editDocument(document, repository, digest) ?? kind;
    if (!kind) continue;
    edited.push({ path: relative(root, file) || file, kind });
    // lineWidth 0: never fold a long image reference across lines.
    const updated = documents.map((d) => d.toString({ lineWidth: 0 })).join('');
    if (updated !== text) await writeFile(file, updated);
  }
  return edited;
}

function editDocument(
  document: Document,
  repository: string,
  digest: string,
): EditedFile['kind'] | undefined {
  let kind: EditedFile['kind'] | undefined;
  const images = document.get('images');
  if (isSeq(images))
    for (const entry of images.items)
      if (
        isMap(entry) &&
        (entry.get('name') === repository || entry.get('newName') === repository)
      ) {
        entry.delete('newTag');
        entry.set('digest', digest);
        kind = 'kustomize';
      }
  visit(document, {
    Map(_, map) {
      if (map.get('repository') === repository) {
        map.set('digest', digest);
        kind ??= 'helm';
      }
    },
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.value !== 'image' || !isScalar(pair.value)) return;
      const value = pair.value.value;
      if (typeof value === 'string' && namesRepository(value, repository)) {
        pair.value.value = `${repository}@${digest}`;
        kind ??= 'manifest';
      }
    },
  });
  return kind;
}

async function yamlFiles(root: string): Promise<string[]> {
  const info = await stat(root).catch(() => undefined);
  if (!info) throw new Error(`${root} does not exist`);
  if (info.isFile()) return [root];
  const files: string[] = [];
  for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && /\.ya?ml$/.test(entry.name) && !path.split('/').includes('.git'))
      files.push(path);
  }
  return files.sort();
}
