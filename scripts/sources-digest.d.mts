/** sha256 over the files dist/ is built from (see sources-digest.mjs). */
export function sourcesDigest(root?: string): string;
