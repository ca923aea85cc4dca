import { mkdir, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** `$RUNNER_TEMP/modelgate/<action>.json`, or the system temp dir outside Actions. */
export function defaultReportPath(action: string, env: Record<string, string | undefined>): string {
  return join(env.RUNNER_TEMP || tmpdir(), 'modelgate', `${action}.json`);
}

/** Writes a JSON report atomically (a reader never sees half a file). */
export async function writeReport(path: string, report: unknown): Promise<string> {
  const target = resolve(path);
  await mkdir(dirname(target), { recursive: true });
  const partial = `${target}.${process.pid}.partial`;
  await writeFile(partial, JSON.stringify(report, null, 2) + '\n');
  await rename(partial, target);
  return target;
}
