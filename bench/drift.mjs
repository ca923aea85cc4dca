// `npm run bench -- drift`: the drift gates on 1,000,000 rows × 50 numeric and 10
// categorical features (reference and current, 5 numeric and 2 categorical features
// shifted), modelgate's evaluate-gate against a vectorised pandas/NumPy/SciPy script doing
// the same tests (bench/drift_reference.py), side by side, with modelgate's peak RSS.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROWS = Number(process.env.MODELGATE_BENCH_ROWS ?? 1_000_000);
const NUMERIC = 50;
const CATEGORICAL = 10;
const DATA = resolve('bench/.data/drift');
const PYTHON = process.env.MODELGATE_PYTHON ?? '/usr/bin/python3';
const CATEGORIES = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

async function writeData(path, seed, shifted) {
  if (existsSync(path)) return;
  let s = seed >>> 0 || 1;
  const u = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return ((s >>> 0) + 0.5) / 4294967296;
  };
  const out = createWriteStream(path);
  const header = ['id'];
  for (let f = 0; f < NUMERIC; f++) header.push(`x${f}`);
  for (let f = 0; f < CATEGORICAL; f++) header.push(`c${f}`);
  out.write(header.join(',') + '\n');
  let chunk = '';
  for (let i = 0; i < ROWS; i++) {
    let line = String(i);
    for (let f = 0; f < NUMERIC; f++) {
      // A sum of uniforms: near normal, mean 0, spread 1; the first five shifted.
      const z = (u() + u() + u() - 1.5) * 2;
      line += ',' + (shifted && f < 5 ? z + 0.8 : z).toFixed(4);
    }
    for (let f = 0; f < CATEGORICAL; f++) {
      const skew = shifted && f < 2 ? 0.35 : 0.5;
      let k = 0;
      while (k < CATEGORIES.length - 1 && u() > skew) k++;
      line += ',' + CATEGORIES[k];
    }
    chunk += line + '\n';
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
      chunk = '';
    }
  }
  out.end(chunk);
  await new Promise((r) => out.once('finish', r));
}

function timed(command, args) {
  const started = process.hrtime.bigint();
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0 && !/verdict/.test(run.stdout + run.stderr))
    throw new Error(`${command} failed: ${run.stderr}`);
  const rss = /MODELGATE_MAXRSS_KB=(\d+)/.exec(run.stderr ?? '');
  return { seconds, rssMiB: rss ? Number(rss[1]) / 1024 : undefined, stdout: run.stdout };
}

export async function runDriftBench() {
  mkdirSync(DATA, { recursive: true });
  const reference = join(DATA, `reference-${ROWS}.csv`);
  const current = join(DATA, `current-${ROWS}.csv`);
  await writeData(reference, 12345, false);
  await writeData(current, 67890, true);
  writeFileSync(join(DATA, 'metrics.json'), '{"accuracy": 0.9}\n');
  writeFileSync(join(DATA, 'gates.yml'), 'drift:\n  max-psi: 0.2\n');
  console.log(
    `drift bench: ${ROWS} rows × ${NUMERIC} numeric + ${CATEGORICAL} categorical features, reference and current`,
  );
  const ours = timed(process.execPath, [
    '--import',
    resolve('bench/rss-probe.mjs'),
    resolve('dist/cli/index.js'),
    'evaluate-gate',
    '--candidate',
    join(DATA, 'metrics.json'),
    '--gates',
    join(DATA, 'gates.yml'),
    '--reference',
    reference,
    '--current',
    current,
    '--report',
    join(DATA, 'report.json'),
  ]);
  const theirs = timed(PYTHON, [resolve('bench/drift_reference.py'), reference, current]);
  const ratio = ours.seconds / theirs.seconds;
  console.log('\n| run | seconds | peak RSS MiB |');
  console.log('|---|---|---|');
  console.log(
    `| modelgate evaluate-gate | ${ours.seconds.toFixed(2)} | ${ours.rssMiB?.toFixed(0)} ${ours.rssMiB < 1024 ? '✅' : '❌ (target < 1024)'} |`,
  );
  console.log(`| pandas + NumPy + SciPy reference | ${theirs.seconds.toFixed(2)} | |`);
  console.log(
    `\nratio modelgate / reference: ${ratio.toFixed(2)}× (target ≤ 0.5×) ${ratio <= 0.5 ? '✅' : '❌'}`,
  );
  const drifted = /Data drift: (.*)/.exec(ours.stdout)?.[1];
  console.log(`modelgate: ${drifted ?? ours.stdout.split('\n').slice(-5).join(' ')}`);
  console.log(theirs.stdout.trim());
}
