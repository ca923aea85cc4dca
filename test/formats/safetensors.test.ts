import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FindingList } from '../../src/formats/findings.js';
import { parseSafetensors } from '../../src/formats/safetensors.js';
import { safetensorsBytes, validSafetensors } from '../support/model-writers.js';
import { useTempDir } from '../support/temp.js';

describe('safetensors', () => {
  const dir = useTempDir();
  const check = async (bytes: Buffer) => {
    const path = join(dir(), 'm.safetensors');
    writeFileSync(path, bytes);
    const findings = new FindingList('m.safetensors');
    const result = await parseSafetensors(path, bytes.length, findings);
    return {
      result,
      codes: findings.items.map((f) => f.code),
      messages: findings.items.map((f) => f.message),
    };
  };
  const t = (dtype: string, shape: number[], offsets: number[]) => ({
    dtype,
    shape,
    data_offsets: offsets,
  });

  test('a valid file gives a tensor summary and no findings', async () => {
    const { result, codes } = await check(validSafetensors());
    expect(codes).toEqual([]);
    expect(result.tensors).toEqual({ tensors: 2, parameters: 9, dtypes: { F32: 2 } });
  });

  test('header padding with spaces is accepted', async () => {
    const bytes = safetensorsBytes({ x: t('BF16', [4], [0, 8]) }, Buffer.alloc(8), 5);
    expect((await check(bytes)).codes).toEqual([]);
  });

  test('a header length of 2^63 is an error, not an allocation', async () => {
    const bytes = Buffer.alloc(16);
    bytes.writeBigUInt64LE(2n ** 63n);
    bytes[8] = 0x7b;
    const { codes } = await check(bytes);
    expect(codes).toEqual(['SAFETENSORS_HEADER_TOO_LARGE']);
  });

  test('a header length past the end of the file', async () => {
    const bytes = validSafetensors().subarray(0, 40);
    expect((await check(bytes)).codes).toEqual(['SAFETENSORS_TRUNCATED']);
  });

  test('a file shorter than 8 bytes', async () => {
    expect((await check(Buffer.from([1, 2, 3]))).codes).toEqual(['SAFETENSORS_TRUNCATED']);
  });

  test('a header that is not UTF-8 JSON', async () => {
    const json = Buffer.from('{"a": \xff}', 'latin1');
    const len = Buffer.alloc(8);
    len.writeBigUInt64LE(BigInt(json.length));
    expect((await check(Buffer.concat([len, json]))).codes).toEqual(['SAFETENSORS_BAD_HEADER']);
  });

  test('overlapping tensors', async () => {
    const bytes = safetensorsBytes(
      { a: t('F32', [4], [0, 16]), b: t('F32', [4], [8, 24]) },
      Buffer.alloc(24),
    );
    expect((await check(bytes)).codes).toContain('SAFETENSORS_OVERLAP');
  });

  test('a gap between tensors', async () => {
    const bytes = safetensorsBytes(
      { a: t('F32', [2], [0, 8]), b: t('F32', [2], [12, 20]) },
      Buffer.alloc(20),
    );
    expect((await check(bytes)).codes).toEqual(['SAFETENSORS_GAP']);
  });

  test('bytes after the last tensor', async () => {
    const bytes = safetensorsBytes({ a: t('F32', [2], [0, 8]) }, Buffer.alloc(12));
    expect((await check(bytes)).codes).toEqual(['SAFETENSORS_TRAILING_DATA']);
  });

  test('tensors that need more data than the file holds', async () => {
    const bytes = safetensorsBytes({ a: t('F32', [4], [0, 16]) }, Buffer.alloc(8));
    expect((await check(bytes)).codes).toEqual(['SAFETENSORS_TRUNCATED']);
  });

  test('offsets that disagree with dtype and shape', async () => {
    const { codes, messages } = await check(
      safetensorsBytes({ a: t('F16', [3], [0, 4]) }, Buffer.alloc(4)),
    );
    expect(codes).toEqual(['SAFETENSORS_SIZE_MISMATCH']);
    expect(messages[0]).toMatch(/needs 6/);
  });

  test.each([
    ['unknown dtype', { a: t('F128', [1], [0, 16]) }, 'SAFETENSORS_BAD_DTYPE'],
    ['negative dimension', { a: t('F32', [-1], [0, 4]) }, 'SAFETENSORS_BAD_SHAPE'],
    ['fractional dimension', { a: t('F32', [1.5], [0, 4]) }, 'SAFETENSORS_BAD_SHAPE'],
    ['reversed offsets', { a: t('F32', [1], [4, 0]) }, 'SAFETENSORS_BAD_OFFSETS'],
    [
      'non-string metadata',
      { __metadata__: { epochs: 3 }, a: t('F32', [1], [0, 4]) },
      'SAFETENSORS_BAD_METADATA',
    ],
  ])('%s', async (_name, header, code) => {
    expect((await check(safetensorsBytes(header, Buffer.alloc(4)))).codes).toContain(code);
  });
});
