/** A content digest as modelgate writes and accepts them: `sha256:` and 64 lowercase hex. */
export type Digest = `sha256:${string}`;

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
