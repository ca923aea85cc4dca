/**
 * Issue 13's corpora through the bundled validate-model action:
 * - hostile (test/corpus/hostile.py, one file per bypass class, each citing its source):
 *   every file is first shown hostile by loading it with its real loader (pickle, joblib,
 *   NumPy, zipfile) in a sandbox (a fresh directory, `unshare` without network), where it
 *   creates PWNED or reads a secret; then validate-model must refuse it with an error.
 * - benign (test/corpus/benign.py, real files of scikit-learn, pandas, NumPy, joblib and
 *   XGBoost, time zones and FunctionTransformer(np.log1p) included): zero findings.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runBundledAction } from '../support/action-runner.js';
import { PYTHON } from '../support/python.js';
import { useTempDir } from '../support/temp.js';

interface HostileEntry {
  file: string;
  loader: string;
  class: string;
  source: string;
  proof: 'marker' | 'secret';
}
interface Report {
  valid: boolean;
  findings: { severity: string; code: string; message: string; location: { path: string } }[];
}

const dir = useTempDir('modelgate-corpus-');
const hostile = () => join(dir(), 'hostile');
const benign = () => join(dir(), 'benign');
let manifest: HostileEntry[] = [];
const sandboxed = spawnSync('unshare', ['-rn', 'true']).status === 0;

beforeAll(() => {
  execFileSync(PYTHON, [resolve('test/corpus/hostile.py'), hostile()], { stdio: 'ignore' });
  execFileSync(PYTHON, [resolve('test/corpus/benign.py'), benign()], { stdio: 'ignore' });
  manifest = JSON.parse(readFileSync(join(hostile(), 'manifest.json'), 'utf8')) as HostileEntry[];
}, 120_000);

/** Loads one file with its real loader in a fresh directory, without network. */
function prove(entry: HostileEntry): { pwned: boolean; secretRead: boolean; output: string } {
  const cwd = mkdtempSync(join(dir(), 'sandbox-'));
  cpSync(join(hostile(), entry.file), join(cwd, entry.file), {
    recursive: true,
    verbatimSymlinks: true,
  });
  const secret = `secret-${Math.random().toString(36).slice(2)}`;
  writeFileSync(join(cwd, 'SECRET'), secret);
  const command = [PYTHON, resolve('test/corpus/prove.py'), entry.file, entry.loader];
  const run = spawnSync(
    sandboxed ? 'unshare' : command[0],
    sandboxed ? ['-rn', ...command] : command.slice(1),
    {
      cwd,
      encoding: 'utf8',
      timeout: 60_000,
      env: { PATH: '/usr/bin:/bin', HOME: cwd },
    },
  );
  const output = `${run.stdout}${run.stderr}`;
  return { pwned: existsSync(join(cwd, 'PWNED')), secretRead: output.includes(secret), output };
}

test('every hostile file runs code (or reads a secret) when its real loader loads it', () => {
  expect(manifest.length).toBeGreaterThanOrEqual(14);
  const unproven = manifest
    .map((entry) => ({ entry, result: prove(entry) }))
    .filter(({ entry, result }) => (entry.proof === 'marker' ? !result.pwned : !result.secretRead))
    .map(({ entry, result }) => `${entry.file} (${entry.source}): ${result.output}`);
  expect(unproven).toEqual([]);
}, 120_000);

test('validate-model refuses every hostile file, each with an error naming it', async () => {
  const run = await runBundledAction(
    'validate-model',
    { model: hostile(), report: join(dir(), 'hostile.json'), 'fail-on': 'error' },
    dir(),
  );
  expect(run.code).toBe(1);
  expect(run.outputs.valid).toBe('false');
  const report = JSON.parse(readFileSync(join(dir(), 'hostile.json'), 'utf8')) as Report;
  const missed = manifest
    .filter(
      (entry) =>
        !report.findings.some(
          (f) =>
            f.severity === 'error' &&
            (f.location.path === entry.file || f.location.path.startsWith(`${entry.file}/`)),
        ),
    )
    .map((entry) => `${entry.file} (${entry.class}: ${entry.source})`);
  expect(missed).toEqual([]);
}, 60_000);

test('the benign corpus passes with zero findings', async () => {
  const run = await runBundledAction(
    'validate-model',
    { model: benign(), report: join(dir(), 'benign.json') },
    dir(),
  );
  const report = JSON.parse(readFileSync(join(dir(), 'benign.json'), 'utf8')) as Report;
  expect(report.findings).toEqual([]);
  expect(run.outputs).toMatchObject({ valid: 'true', findings: '0' });
  expect(run.code).toBe(0);
}, 60_000);
