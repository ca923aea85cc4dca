// `npm run bench -- gate`: evaluate-gate on 1,000,000 paired rows against a vectorised NumPy,
// SciPy and pandas script making the same decisions (bench/gate_reference.py), side by side:
// (a) accuracy, f1 and roc_auc with significance, (b) accuracy alone, (c) balanced accuracy.
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

/** One case: the same gates run by modelgate and by the reference, side by side. */
function runCase(name, gatesYaml, mode, candidate, baseline) {
  const gates = join(DATA, `gates-${mode}.yml`);
  writeFileSync(gates, gatesYaml);
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
    join(DATA, `report-${mode}.json`),
  ]);
  const verdict = /verdict=(\w+)/.exec(ours.stdout)?.[1];
  const reference = timed(PYTHON, [
    resolve('bench/gate_reference.py'),
    candidate,
    baseline,
    String(RESAMPLES),
    mode,
  ]);
  return { name, ours, verdict, reference };
}

const significance = (metrics) =>
  `bootstrap: ${RESAMPLES}\nseed: 7\ngates:\n` +
  metrics
    .map((m) => `  - metric: ${m}\n    max-regression: 0.02\n    significance: true\n`)
    .join('');

export async function runGateBench() {
  mkdirSync(DATA, { recursive: true });
  const candidate = join(DATA, 'candidate.csv');
  const baseline = join(DATA, 'baseline.csv');
  await writeSide(candidate, 777, 0.9);
  await writeSide(baseline, 999, 0.89);
  console.log(
    `gate bench: ${ROWS} paired rows, ${RESAMPLES} bootstrap resamples where a bootstrap runs`,
  );
  const cases = [
    runCase(
      '(a) accuracy, f1, roc_auc (Tango, bootstrap, DeLong)',
      significance(['accuracy', 'f1', 'roc_auc']),
      'a',
      candidate,
      baseline,
    ),
    runCase(
      '(b) accuracy alone (reference: the row bootstrap gates used before)',
      significance(['accuracy']),
      'b',
      candidate,
      baseline,
    ),
    runCase(
      '(c) balanced_accuracy (both a paired bootstrap: joint table vs rows)',
      significance(['balanced_accuracy']),
      'c',
      candidate,
      baseline,
    ),
  ];
  console.log('\n| case | modelgate s | reference s | ratio | target | peak RSS MiB | verdict |');
  console.log('|---|---|---|---|---|---|---|');
  for (const c of cases) {
    const ratio = c.ours.seconds / c.reference.seconds;
    const target = c.name.startsWith('(c)') ? '' : `≤ 0.25× ${ratio <= 0.25 ? '✅' : '❌'}`;
    console.log(
      `| ${c.name} | ${c.ours.seconds.toFixed(2)} | ${c.reference.seconds.toFixed(2)} | ${ratio.toFixed(3)}× | ${target} | ${c.ours.rssMiB?.toFixed(0)} ${c.ours.rssMiB < 1024 ? '✅' : '❌'} | ${c.verdict} |`,
    );
  }
  for (const c of cases) console.log(c.reference.stdout.trim());
}
