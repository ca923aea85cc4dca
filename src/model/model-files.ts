/** Lists the files of a model (a file, or a directory walked without following links). */
import { lstat, opendir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import type { FindingList } from '../formats/findings.js';

export interface ModelFile {
  /** POSIX path relative to the model directory (the file name for a single file). */
  path: string;
  absolute: string;
  size: number;
}

export interface ModelFiles {
  kind: 'file' | 'directory';
  /** The directory external references must stay inside. */
  root: string;
  files: ModelFile[];
}

/** Resolves the `model` input into the list of regular files to validate. */
export async function listModelFiles(model: string, findings: FindingList): Promise<ModelFiles> {
  const info = await lstat(model).catch((error: NodeJS.ErrnoException) => {
    throw new ConfigurationError(
      'model',
      error.code === 'ENOENT' ? 'does not exist' : `cannot be read (${error.code})`,
      model,
    );
  });
  if (info.isFile()) {
    return {
      kind: 'file',
      root: join(model, '..'),
      files: [{ path: basename(model), absolute: model, size: info.size }],
    };
  }
  if (info.isSymbolicLink())
    throw new ConfigurationError(
      'model',
      'is a symbolic link; pass the file or directory it points to',
      model,
    );
  if (!info.isDirectory())
    throw new ConfigurationError('model', 'is not a regular file or directory', model);
  const files: ModelFile[] = [];
  const walk = async (dir: string, prefix: string): Promise<void> => {
    let handle;
    try {
      handle = await opendir(dir);
    } catch (error) {
      findings.error(
        'UNREADABLE',
        `cannot list directory '${prefix || '.'}' (${(error as NodeJS.ErrnoException).code})`,
      );
      return;
    }
    for await (const entry of handle) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      const absolute = join(dir, entry.name);
      if (entry.isDirectory()) await walk(absolute, relative);
      else if (entry.isFile())
        files.push({ path: relative, absolute, size: (await lstat(absolute)).size });
      else if (entry.isSymbolicLink()) {
        findings.warning(
          'SYMLINK_SKIPPED',
          `'${relative}' is a symbolic link; it is not followed and not part of the digest`,
        );
      } else
        findings.warning('SPECIAL_FILE_SKIPPED', `'${relative}' is not a regular file; skipped`);
    }
  };
  await walk(model, '');
  files.sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
  return { kind: 'directory', root: model, files };
}
