/**
 * An OCI image layout on disk (`oci-layout`, `index.json`, `blobs/sha256/...`), as a
 * destination and as a base. Blobs are written to a temporary name and renamed once
 * their digest is verified; index.json is replaced atomically.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { Descriptor, ImageIndex } from './media-types.js';
import { MediaType } from './media-types.js';
import { digestFrom, sha256Of } from '../core/digest.js';

const REF_NAME = 'org.opencontainers.image.ref.name';

export class ImageLayout {
  private constructor(readonly dir: string) {}

  /** Opens a layout; `create` makes an empty one when the directory holds none. */
  static async open(dir: string, create: boolean): Promise<ImageLayout> {
    const layout = new ImageLayout(dir);
    const marker = await readFile(join(dir, 'oci-layout'), 'utf8').catch(() => undefined);
    if (marker === undefined) {
      if (!create) throw new Error(`${dir} is not an OCI image layout (no oci-layout file)`);
      await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
      await writeFile(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
      await layout.writeIndex({ schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [] });
    }
    return layout;
  }

  blobPath(digest: string): string {
    return join(this.dir, 'blobs', ...digest.split(':'));
  }

  async hasBlob(digest: string): Promise<boolean> {
    return stat(this.blobPath(digest)).then(
      (s) => s.isFile(),
      () => false,
    );
  }

  /** Writes a blob from a stream; verifies `expected` when given. Returns digest and size. */
  async writeBlob(
    source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
    expected?: string,
  ): Promise<{ digest: string; size: number }> {
    const dir = join(this.dir, 'blobs', 'sha256');
    await mkdir(dir, { recursive: true });
    const temporary = join(dir, `.partial-${process.pid}-${Math.random().toString(36).slice(2)}`);
    const hash = createHash('sha256');
    let size = 0;
    try {
      await pipeline(
        Readable.from(
          (async function* () {
            for await (const chunk of source) {
              hash.update(chunk);
              size += chunk.length;
              yield chunk;
            }
          })(),
        ),
        createWriteStream(temporary),
      );
      const digest = digestFrom(hash);
      if (expected && digest !== expected)
        throw new Error(`blob content has digest ${digest}, expected ${expected}`);
      await rename(temporary, this.blobPath(digest));
      return { digest, size };
    } finally {
      await rm(temporary, { force: true });
    }
  }

  async writeBlobBytes(bytes: Buffer): Promise<string> {
    return (await this.writeBlob([bytes])).digest;
  }

  openBlob(digest: string, start = 0): AsyncIterable<Buffer> {
    return createReadStream(this.blobPath(digest), { start, highWaterMark: 1 << 20 });
  }

  /** Reads a blob whole, checking its digest. */
  async readBlob(digest: string): Promise<Buffer> {
    const bytes = await readFile(this.blobPath(digest));
    const actual = sha256Of(bytes);
    if (actual !== digest)
      throw new Error(`blob ${digest} in ${this.dir} is corrupt (digest ${actual})`);
    return bytes;
  }

  async readIndex(): Promise<ImageIndex> {
    return JSON.parse(await readFile(join(this.dir, 'index.json'), 'utf8')) as ImageIndex;
  }

  private async writeIndex(index: ImageIndex): Promise<void> {
    const temporary = join(this.dir, `.index.json.${process.pid}`);
    await writeFile(temporary, JSON.stringify(index, null, 2) + '\n');
    await rename(temporary, join(this.dir, 'index.json'));
  }

  /** The manifest descriptor for a tag, or the only one when no tag is given. */
  async resolve(tag?: string): Promise<Descriptor> {
    const index = await this.readIndex();
    const matches = tag
      ? index.manifests.filter((m) => m.annotations?.[REF_NAME] === tag)
      : index.manifests;
    if (matches.length === 0)
      throw new Error(`${this.dir} has no image${tag ? ` tagged '${tag}'` : ''}`);
    if (matches.length > 1 && !tag)
      throw new Error(
        `${this.dir} holds ${matches.length} images; name one with oci:${this.dir}:<tag>`,
      );
    return matches[0];
  }

  /** Points each tag at `descriptor` (replacing what it pointed to); untagged when `tags` is empty. */
  async tag(descriptor: Descriptor, tags: string[]): Promise<void> {
    const index = await this.readIndex();
    const names = new Set(tags);
    const kept = index.manifests.filter((m) => {
      const name = m.annotations?.[REF_NAME];
      return name ? !names.has(name) : m.digest !== descriptor.digest;
    });
    const entries =
      tags.length === 0
        ? [descriptor]
        : tags.map((tag) => ({
            ...descriptor,
            annotations: { ...descriptor.annotations, [REF_NAME]: tag },
          }));
    await this.writeIndex({ ...index, manifests: [...kept, ...entries] });
  }
}
