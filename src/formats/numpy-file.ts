/** A standalone .npy file. */
import { readChunks } from './file-source.js';
import type { FindingList } from './findings.js';
import type { ParseOptions, ParseResult } from './format.js';
import { checkNpy } from './numpy.js';
import { describeImports } from './pickle-file.js';
import { StreamReader } from './stream-reader.js';

/** Validates a .npy file (header, data length, and the pickle of object arrays). */
export async function checkNpyFile(
  path: string,
  size: number,
  findings: FindingList,
  options: ParseOptions,
): Promise<ParseResult> {
  const reader = new StreamReader(readChunks(path));
  try {
    const npy = await checkNpy(reader, size, findings, options);
    return {
      format: 'numpy',
      details: {
        descr: npy.descr,
        shape: npy.shape,
        globals: npy.pickle ? describeImports(npy.pickle) : undefined,
      },
    };
  } finally {
    await reader.close();
  }
}
