/**
 * Paths a model names (ONNX external data, vocabularies) must stay inside the model's
 * directory after symlinks are followed, as the loader follows them: checked on the
 * real path, never on the string.
 */
import { realpath } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';

/** Why `location` (relative to `dir`) leaves `dir`, or undefined when it stays inside (or does not exist). */
export async function escapesDirectory(dir: string, location: string): Promise<string | undefined> {
  if (isAbsolute(location)) return 'is an absolute path';
  if (location.split(/[\\/]/).includes('..')) return "contains '..'";
  let real: string;
  let root: string;
  try {
    [real, root] = await Promise.all([realpath(join(dir, location)), realpath(dir)]);
  } catch {
    return undefined; // a missing file is reported by the caller
  }
  const inside = relative(root, real);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside))
    return `resolves through a symlink to ${real}, outside the model directory`;
  return undefined;
}
