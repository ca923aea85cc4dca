// `npm run bench -- validate`: validate-model's speed and memory as ratios against openssl
// run side by side on the same files (page cache warm for both). Not part of npm test.
import { spawnSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const GiB = 2 ** 30;
const MiB = 2 ** 20;
const CLI = resolve('dist/cli/index.js');
const ACTION = resolve('dist/validate-model/index.js');
const PROBE = resolve('bench/rss-probe.mjs');

/** A safetensors file of `tensors` float32 tensors of `tensorBytes` each, written in one pass. */
function writeSafetensors(path, tensors, tensorBytes) {
  if (existsSync(path) && statSync(path).size > tensors * tensorBytes) return;
  const header = {};
  for (let i = 0; i < tensors; i++) {
    header[`layers.${i}.weight`] = {
      dtype: 'F32',
      shape: [tensorBytes / 4 / 1024, 1024],
      data_offsets: [i * tensorBytes, (i + 1) * tensorBytes],
    };
  }
  const json = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(json.length));
  const chunk = randomFillSync(Buffer.alloc(tensorBytes));
  const fd = openSync(path, 'w');
  writeSync(fd, Buffer.concat([length, json]));
  for (let i = 0; i < tensors; i++) writeSync(fd, chunk);
  closeSync(fd);
}

function timed(command, args, env) {
  const started = process.hrtime.bigint();
  const run = spawnSync(command, args, {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * MiB,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr}`);
  const rss = /MODELGATE_MAXRSS_KB=(\d+)/.exec(run.stderr ?? '');
  return { seconds, rssMiB: rss ? Number(rss[1]) / 1024 : undefined, stdout: run.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Alternates reference and candidate `rounds` times; returns medians. */
function compare(reference, candidate, rounds = 3) {
  reference(); // warm the page cache for both
  const refs = [];
  const ours = [];
  let rss = 0;
  for (let i = 0; i < rounds; i++) {
    refs.push(reference());
    const run = candidate();
    ours.push(run.seconds);
    rss = Math.max(rss, run.rssMiB ?? 0);
  }
  return { reference: median(refs), ours: median(ours), rss };
}

const validate = (model) =>
  timed(process.execPath, [
    '--import',
    PROBE,
    CLI,
    'validate-model',
    '--model',
    model,
    '--report',
    join(tmpdir(), 'bench-validate.json'),
  ]);

export function runValidateBench() {
  const dataDir = resolve('bench/.data');
  mkdirSync(dataDir, { recursive: true });
  const single = join(dataDir, 'model-2GiB.safetensors');
  const shardDir = join(dataDir, 'shards-4x512MiB');
  mkdirSync(shardDir, { recursive: true });
  console.log('generating data (once): a 2 GiB safetensors file and 4 × 512 MiB shards ...');
  writeSafetensors(single, 64, 32 * MiB);
  const shards = [1, 2, 3, 4].map((i) => join(shardDir, `model-0000${i}-of-00004.safetensors`));
  for (const shard of shards) writeSafetensors(shard, 16, 32 * MiB);

  const rows = [];
  const one = compare(
    () => timed('openssl', ['dgst', '-sha256', single]).seconds,
    () => {
      const run = validate(single);
      if (!/^valid=true$/m.test(run.stdout)) throw new Error('2 GiB model did not validate');
      return run;
    },
  );
  rows.push([
    '2 GiB safetensors',
    'openssl dgst -sha256',
    one.reference,
    one.ours,
    one.ours / one.reference,
    1.1,
    one.rss,
  ]);
  const dir = compare(
    () => shards.reduce((t, s) => t + timed('openssl', ['dgst', '-sha256', s]).seconds, 0),
    () => validate(shardDir),
  );
  rows.push([
    '4 × 512 MiB shards (dir)',
    'openssl dgst, one after another',
    dir.reference,
    dir.ours,
    dir.ours / dir.reference,
    0.65,
    dir.rss,
  ]);

  // The bundled action as the runner starts it, on the tiny example model.
  const runner = mkdtempSync(join(tmpdir(), 'bench-runner-'));
  const env = {
    GITHUB_OUTPUT: join(runner, 'out'),
    GITHUB_STEP_SUMMARY: join(runner, 'summary'),
    RUNNER_TEMP: runner,
    INPUT_MODEL: resolve('examples/iris/model.onnx'),
  };
  const tiny = compare(
    () => {
      writeFileSync(env.GITHUB_OUTPUT, '');
      writeFileSync(env.GITHUB_STEP_SUMMARY, '');
      return timed(process.execPath, ['-e', '0']).seconds;
    },
    () => {
      writeFileSync(env.GITHUB_OUTPUT, '');
      writeFileSync(env.GITHUB_STEP_SUMMARY, '');
      return timed(process.execPath, ['--import', PROBE, ACTION], env);
    },
    7,
  );

  console.log('\n| case | reference | reference s | modelgate s | ratio | target | peak RSS MiB |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [name, ref, r, o, ratio, target, rss] of rows) {
    console.log(
      `| ${name} | ${ref} | ${r.toFixed(2)} | ${o.toFixed(2)} | ${ratio.toFixed(2)}× ${ratio <= target ? '✅' : '❌'} | ≤ ${target}× | ${rss.toFixed(0)} ${rss < 200 ? '✅' : '❌'} |`,
    );
  }
  console.log(
    `| tiny model, bundled action start to finish | node -e 0 | ${tiny.reference.toFixed(3)} | ${tiny.ours.toFixed(3)} | ${(tiny.ours / tiny.reference).toFixed(1)}× | < 0.5 s ${tiny.ours < 0.5 ? '✅' : '❌'} | ${tiny.rss.toFixed(0)} |`,
  );
  console.log(
    `\nsizes: ${(statSync(single).size / GiB).toFixed(2)} GiB single file; shards ${shards.map((s) => (statSync(s).size / MiB).toFixed(0)).join(' + ')} MiB`,
  );
}
