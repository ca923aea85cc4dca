import { createHash } from 'node:crypto';
import { digestFrom } from '../core/digest.js';

export interface TreeEntry {
  /** POSIX path relative to the model directory. */
  path: string;
  size: number;
  sha256: string;
}

/**
 * The digest of a directory (SPEC §1): SHA-256 of one line per regular file,
 * sorted by POSIX path bytes, `<sha256-hex>  <size>  <path>\n`.
 */
export function computeTreeDigest(entries: TreeEntry[]): string {
  const sorted = [...entries].sort((a, b) =>
    Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)),
  );
  const hash = createHash('sha256');
  for (const entry of sorted) hash.update(`${entry.sha256}  ${entry.size}  ${entry.path}\n`);
  return digestFrom(hash);
}
