/** Content digests as modelgate writes and accepts them: `sha256:` and 64 lowercase hex. */
import { createHash, type Hash } from 'node:crypto';

/** A digest: `sha256:<64 hex>`. */
export type Digest = `sha256:${string}`;

/** The digest of some bytes. */
export const sha256Of = (bytes: Uint8Array): Digest =>
  `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** The digest a running hash has reached (it is finished by this). */
export const digestFrom = (hash: Hash): Digest => `sha256:${hash.digest('hex')}`;

const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** True for a well-formed digest. */
export const isDigest = (value: unknown): value is Digest =>
  typeof value === 'string' && DIGEST.test(value);

/** The digest an image reference ends in (`...@sha256:...`), if it does. */
export function digestOfReference(image: string): Digest | undefined {
  const at = image.lastIndexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : '';
  return isDigest(digest) ? digest : undefined;
}
