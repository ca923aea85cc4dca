import { execFileSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashParts, type HashPart } from '../../src/digest/shared-read-hash.js';
import { useTempDir } from '../support/temp.js';

const MiB = 1 << 20;
/** sha256sum's answer for a file: the reference no one here wrote. */
const sha256sum = (path: string) =>
  execFileSync('sha256sum', [path], { encoding: 'utf8' }).slice(0, 64);

describe('hashing a sequence and its files in one read', () => {
  const dir = useTempDir();
  const file = (name: string, size: number) => {
    const path = join(dir(), name);
    writeFileSync(path, randomFillSync(Buffer.alloc(size)));
    return path;
  };
  /** The parts, and the same bytes written out whole for sha256sum. */
  const sequence = (files: { path: string; size: number }[]) => {
    const parts: HashPart[] = [{ bytes: Buffer.from('header\n') }];
    for (const f of files) parts.push(f, { bytes: Buffer.alloc(3, 7) });
    parts.push({ bytes: Buffer.alloc(1024) });
    const whole = join(dir(), `whole-${files.length}-${files[0].size}.bin`);
    writeFileSync(
      whole,
      Buffer.concat(parts.map((part) => ('bytes' in part ? part.bytes : readFileSync(part.path)))),
    );
    return { parts, whole };
  };

  // Sizes off and on chunk boundaries, an empty file, and enough bytes for the workers.
  const large = () => [
    { path: file('a.bin', 20 * MiB + 123), size: 20 * MiB + 123 },
    { path: file('empty.bin', 0), size: 0 },
    { path: file('b.bin', 17 * MiB), size: 17 * MiB },
  ];

  test.each([true, false])(
    'on workers (per file: %s), the same digests as sha256sum, and progress for every byte',
    async (perFile) => {
      const files = large();
      const { parts, whole } = sequence(files);
      let reported = 0;
      const hashed = await hashParts(parts, { perFile, onBytes: (n) => (reported += n) }).result;
      expect(hashed.hex).toBe(sha256sum(whole));
      expect(hashed.size).toBe(
        parts.reduce((sum, p) => sum + ('bytes' in p ? p.bytes.length : p.size), 0),
      );
      expect(reported).toBe(files.reduce((sum, f) => sum + f.size, 0));
      if (perFile)
        expect(Object.fromEntries(hashed.files ?? [])).toEqual(
          Object.fromEntries(files.map((f) => [f.path, sha256sum(f.path)])),
        );
      else expect(hashed.files).toBeUndefined();
    },
  );

  test('thousands of small files (one open at a time per worker)', async () => {
    const files = Array.from({ length: 2000 }, (_, i) => ({
      path: file(`many-${i}.bin`, 10_000 + i),
      size: 10_000 + i,
    }));
    const { parts, whole } = sequence(files);
    const hashed = await hashParts(parts, { perFile: true }).result;
    expect(hashed.hex).toBe(sha256sum(whole));
    const sums = execFileSync(
      'sha256sum',
      files.map((f) => f.path),
      { encoding: 'utf8' },
    )
      .trim()
      .split('\n')
      .map((line) => [line.slice(66), line.slice(0, 64)]);
    expect(Object.fromEntries(hashed.files ?? [])).toEqual(Object.fromEntries(sums));
  });

  test('small inputs are hashed in the calling thread with the same results', async () => {
    const files = [
      { path: file('small-1.bin', 4000), size: 4000 },
      { path: file('small-2.bin', 1), size: 1 },
    ];
    const { parts, whole } = sequence(files);
    const hashed = await hashParts(parts, { perFile: true }).result;
    expect(hashed.hex).toBe(sha256sum(whole));
    expect(hashed.files?.get(files[1].path)).toBe(sha256sum(files[1].path));
  });

  test.each([
    ['shorter', 18 * MiB],
    ['longer', 18 * MiB - 5],
  ])('a file %s than planned is an error naming it', async (_, declared) => {
    const path = file('changed.bin', 18 * MiB - 1);
    for (const perFile of [true, false]) {
      await expect(hashParts([{ path, size: declared }], { perFile }).result).rejects.toThrow(
        `${path} changed size while it was being read`,
      );
    }
  });

  test('a missing file is an error naming it', async () => {
    const missing = join(dir(), 'missing.bin');
    await expect(hashParts([{ path: missing, size: 32 * MiB }]).result).rejects.toThrow(
      /ENOENT.*missing\.bin/,
    );
  });

  test('cancel stops the workers at once', async () => {
    const path = file('big.bin', 64 * MiB);
    const hashing = hashParts([{ path, size: 64 * MiB }], { perFile: true });
    const started = Date.now();
    await hashing.cancel();
    await expect(hashing.result).rejects.toThrow('cancelled');
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
