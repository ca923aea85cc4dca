import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FindingList } from '../../src/formats/findings.js';
import { parseGguf } from '../../src/formats/gguf.js';
import { ggufBytes } from '../support/model-writers.js';
import { useTempDir } from '../support/temp.js';

describe('GGUF', () => {
  const dir = useTempDir();
  const check = async (bytes: Buffer) => {
    const path = join(dir(), 'm.gguf');
    writeFileSync(path, bytes);
    const findings = new FindingList('m.gguf');
    const result = await parseGguf(path, bytes.length, findings);
    return {
      result,
      codes: findings.items.map((f) => f.code),
      messages: findings.items.map((f) => f.message).join('\n'),
    };
  };
  // F32 [4,8] = 128 bytes at 0, Q4_0 [64] = 2 blocks x 18 = 36 bytes at 128.
  const tensors = [
    { name: 'tok_embd', dims: [4, 8], type: 0, offset: 0 },
    { name: 'blk.0.attn_q', dims: [64], type: 2, offset: 128 },
  ];

  test('a valid v3 file', async () => {
    const { result, codes } = await check(ggufBytes({ tensors, dataBytes: 164 }));
    expect(codes).toEqual([]);
    expect(result.tensors).toEqual({ tensors: 2, parameters: 96, dtypes: { F32: 1, Q4_0: 1 } });
    expect(result.details?.architecture).toBe('llama');
  });

  test('a tensor count of 2^40 is rejected before anything is read', async () => {
    const { codes, messages } = await check(
      ggufBytes({ tensors, dataBytes: 164, tensorCount: 2n ** 40n }),
    );
    expect(codes).toEqual(['GGUF_MALFORMED']);
    expect(messages).toMatch(/tensor count 1099511627776 cannot fit/);
  });

  test('a metadata count of 2^63', async () => {
    expect((await check(ggufBytes({ tensors, dataBytes: 164, kvCount: 2n ** 63n }))).codes).toEqual(
      ['GGUF_MALFORMED'],
    );
  });

  test('a misaligned tensor offset', async () => {
    const bad = [tensors[0], { ...tensors[1], offset: 130 }];
    expect((await check(ggufBytes({ tensors: bad, dataBytes: 200 }))).codes).toContain(
      'GGUF_MISALIGNED',
    );
  });

  test('a tensor past the end of the file', async () => {
    expect((await check(ggufBytes({ tensors, dataBytes: 150 }))).codes).toEqual([
      'GGUF_OUT_OF_BOUNDS',
    ]);
  });

  test('version 4 is unsupported', async () => {
    expect((await check(ggufBytes({ version: 4, tensors, dataBytes: 164 }))).messages).toMatch(
      /version 4/,
    );
  });

  test('a truncated header', async () => {
    const bytes = ggufBytes({ tensors, dataBytes: 164 }).subarray(0, 60);
    expect((await check(bytes)).codes).toEqual(['GGUF_MALFORMED']);
  });
});
