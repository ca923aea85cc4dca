// `npm run bench -- gate`: evaluate-gate on 1,000,000 paired rows (all binary metrics, and
// 1,000 paired bootstrap resamples of accuracy, f1 and roc_auc) against a vectorised NumPy +
// scikit-learn script doing the same work (bench/gate_reference.py), run side by side.
// MODELGATE_BENCH_RESAMPLES lowers the resample count for a quick look.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROWS = 1_000_000;
const RESAMPLES = Number(process.env.MODELGATE_BENCH_RESAMPLES ?? 1000);
const DATA = resolve('bench/.data/gate');
const PYTHON = process.env.MODELGATE_PYTHON ?? '/usr/bin/python3';

/** xorshift-based reproducible data: labels shared, two models of ~0.90 and ~0.89 accuracy. */
async function writeSide(path, seed, accuracy) {
  if (existsSync(path)) return;
  let data = 12345;
  let model = seed;
  const next = (s) => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return s >>> 0;
  };
  const out = createWriteStream(path);
  out.write('id,label,prediction,score\n');
  let chunk = '';
  for (let i = 0; i < ROWS; i++) {
    data = next(data);
    const label = data / 4294967296 < 0.5 ? 1 : 0;
    model = next(model);
    const right = model / 4294967296 < accuracy;
    const prediction = right ? label : 1 - label;
    model = next(model);
    const confidence = 0.5 + (model / 4294967296) * 0.5;
    chunk += `r${i},${label},${prediction},${(prediction ? confidence : 1 - confidence).toFixed(4)}\n`;
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
  if (run.status !== 0 && !/verdict/.test(run.stderr))
    throw new Error(`${command} failed: ${run.stderr}`);
  const rss = /MODELGATE_MAXRSS_KB=(\d+)/.exec(run.stderr ?? '');
  return { seconds, rssMiB: rss ? Number(rss[1]) / 1024 : undefined, stdout: run.stdout };
}

export async function runGateBench() {
  mkdirSync(DATA, { recursive: true });
  const candidate = join(DATA, 'candidate.csv');
  const baseline = join(DATA, 'baseline.csv');
  await writeSide(candidate, 777, 0.9);
  await writeSide(baseline, 999, 0.89);
  const gates = join(DATA, 'gates.yml');
  writeFileSync(
    gates,
    `bootstrap: ${RESAMPLES}\nseed: 7\ngates:\n` +
      ['accuracy', 'f1', 'roc_auc']
        .map((m) => `  - metric: ${m}\n    max-regression: 0.02\n    significance: true\n`)
        .join(''),
  );
  console.log(
    `gate bench: ${ROWS} paired rows, ${RESAMPLES} bootstrap resamples of accuracy, f1, roc_auc`,
  );
  const ours = timed(process.execPath, [
    '--import',
    resolve('bench/rss-probe.mjs'),
    resolve('dist/cli/index.js'),
    'evaluate-gate',
    '--candidate',
    candidate,
    '--baseline',
    baseline,
    '--gates',
    gates,
    '--report',
    join(DATA, 'report.json'),
  ]);
  const verdict = /verdict=(\w+)/.exec(ours.stdout)?.[1];
  console.log(
    `modelgate: ${ours.seconds.toFixed(2)} s, verdict ${verdict}, peak RSS ${ours.rssMiB?.toFixed(0)} MiB`,
  );
  const reference = timed(PYTHON, [
    resolve('bench/gate_reference.py'),
    candidate,
    baseline,
    String(RESAMPLES),
  ]);
  console.log(reference.stdout.trim());
  console.log(`reference (NumPy + scikit-learn): ${reference.seconds.toFixed(2)} s`);
  const ratio = ours.seconds / reference.seconds;
  console.log(
    `\nratio ${ratio.toFixed(3)}× (target ≤ 0.25×) ${ratio <= 0.25 ? 'MET' : 'NOT MET'}; peak RSS ${ours.rssMiB?.toFixed(0)} MiB (target < 1024) ${ours.rssMiB < 1024 ? 'MET' : 'NOT MET'}`,
  );
}
