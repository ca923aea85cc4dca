/** The model digest of SPEC §1, for a file or a directory. */
import { HashPool } from '../digest/hash-pool.js';
import { computeTreeDigest } from '../digest/tree-digest.js';
import type { ModelFiles } from './model-files.js';

export interface HashedFile {
  path: string;
  size: number;
  sha256: string;
}

/** `sha256:<hex>` of a single file's bytes, or of a directory's canonical listing. */
export function modelDigest(kind: 'file' | 'directory', files: HashedFile[]): string {
  return kind === 'file' ? `sha256:${files[0]?.sha256}` : computeTreeDigest(files);
}

/** The model digest from each file's SHA-256 hex, by absolute path. */
export function modelDigestOf(listing: ModelFiles, sha256: Map<string, string>): string {
  return modelDigest(
    listing.kind,
    listing.files.map((f) => {
      const hex = sha256.get(f.absolute);
      if (!hex) throw new Error(`no hash for ${f.absolute}`);
      return { path: f.path, size: f.size, sha256: hex };
    }),
  );
}

/** Hashes every file of a model (in parallel on worker threads) and returns its digest. */
export async function hashModel(
  listing: ModelFiles,
  onBytes?: (n: number) => void,
): Promise<{ digest: string; files: HashedFile[] }> {
  const pool = new HashPool();
  try {
    const hashes = await Promise.all(
      pool.hashAll(
        listing.files.map((f) => ({ path: f.absolute, size: f.size })),
        onBytes,
      ),
    );
    const files = listing.files.map((f, i) => ({
      path: f.path,
      size: f.size,
      sha256: hashes[i].hex,
    }));
    return { digest: modelDigest(listing.kind, files), files };
  } finally {
    await pool.close();
  }
}
