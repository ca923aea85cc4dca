// `npm run bench -- push`: build-image's oci builder against skopeo and openssl, side by
// side on the same machine, each push into a fresh local docker-registry.
import { spawnSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startRegistry } from './registry.mjs';

const MiB = 2 ** 20;
const CLI = resolve('dist/cli/index.js');
const PROBE = resolve('bench/rss-probe.mjs');
const data = resolve('bench/.data');

/** A safetensors model with `bytes` of tensor data (valid, so validate-model passes it). */
function writeModel(dir, bytes) {
  const file = join(dir, 'model.safetensors');
  const tensors = bytes / (64 * MiB);
  const header = {};
  for (let i = 0; i < tensors; i++) {
    header[`layers.${i}.weight`] = {
      dtype: 'F32',
      shape: [16 * MiB],
      data_offsets: [i * 64 * MiB, (i + 1) * 64 * MiB],
    };
  }
  const json = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(json.length));
  if (existsSync(file) && statSync(file).size === 8 + json.length + bytes) return file;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const chunk = randomFillSync(Buffer.alloc(64 * MiB));
  const fd = openSync(file, 'w');
  writeSync(fd, Buffer.concat([length, json]));
  for (let i = 0; i < tensors; i++) writeSync(fd, chunk);
  closeSync(fd);
  return file;
}

function timed(command, args) {
  const started = process.hrtime.bigint();
  const run = spawnSync(command, args, {
    encoding: 'utf8',
    maxBuffer: 64 * MiB,
    env: { ...process.env, SOURCE_DATE_EPOCH: '0' },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed:\n${run.stderr}\n${run.stdout}`);
  const rss = /MODELGATE_MAXRSS_KB=(\d+)/.exec(run.stderr ?? '');
  const uploaded = /^bytes-uploaded=(\d+)$/m.exec(run.stdout ?? '');
  return {
    seconds,
    rssMiB: rss ? Number(rss[1]) / 1024 : 0,
    bytesUploaded: uploaded ? Number(uploaded[1]) : undefined,
  };
}

const push = (model, image, tag, extra = []) =>
  timed(process.execPath, [
    '--import',
    PROBE,
    CLI,
    'build-image',
    '--model',
    model,
    '--image',
    image,
    '--tags',
    tag,
    '--report',
    join(data, 'push-report.json'),
    ...extra,
  ]);
/** Runs `fn` against a fresh registry and always stops it. */
async function withRegistry(fn) {
  const registry = await startRegistry(registryDir);
  try {
    return await fn(registry);
  } finally {
    await registry.stop();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The registry keeps its blobs on tmpfs when there is one, so both clients meet the
// same registry CPU rather than disk noise; either way each push gets a fresh registry.
const registryDir = existsSync('/dev/shm')
  ? '/dev/shm/modelgate-bench-registry'
  : join(data, 'registry');

export async function runPushBench() {
  const model1 = join(data, 'model-1GiB');
  console.log('generating data (once): a 1 GiB and a 5 GiB model ...');
  const model1File = writeModel(model1, 1024 * MiB);
  const layout = join(data, 'layout-1GiB');
  rmSync(layout, { recursive: true, force: true });
  push(model1, `oci:${layout}`, 'v1'); // the prepared OCI layout skopeo pushes from: the same layer
  timed('openssl', ['dgst', '-sha256', model1File]); // warm the page cache

  // The chain users run: validate-model first, whose report spares build-image a hash.
  const report = join(data, 'validate-1GiB.json');
  timed(process.execPath, [CLI, 'validate-model', '--model', model1, '--report', report]);
  const chained = ['--validate-report', report];

  const rounds = 3;
  const skopeo = [];
  const ours = [];
  const oursChained = [];
  const skopeoPush = (registry) =>
    timed('skopeo', [
      'copy',
      '--quiet',
      '--dest-tls-verify=false',
      `oci:${layout}:v1`,
      `docker://${registry.host}/bench/model:v1`,
    ]);
  for (let i = 0; i < rounds; i++) {
    skopeo.push((await withRegistry(skopeoPush)).seconds);
    ours.push((await withRegistry((r) => push(model1, `${r.host}/bench/model`, 'v1'))).seconds);
    oursChained.push(
      (await withRegistry((r) => push(model1, `${r.host}/bench/model`, 'v1', chained))).seconds,
    );
  }

  const openssl = [];
  const repush = [];
  const repushChained = [];
  let repushBytes = 0;
  await withRegistry(async (registry) => {
    // Both variants once: their configs differ (the report adds annotations), so each
    // re-push below finds everything it names already there.
    push(model1, `${registry.host}/bench/model`, 'v1');
    push(model1, `${registry.host}/bench/model`, 'v1-chained', chained);
    // A re-push takes about a second: more rounds, for a steadier median.
    for (let i = 0; i < 7; i++) {
      openssl.push(timed('openssl', ['dgst', '-sha256', model1File]).seconds);
      const run = push(model1, `${registry.host}/bench/model`, `again-${i}`);
      repush.push(run.seconds);
      const chainedRun = push(model1, `${registry.host}/bench/model`, `chained-${i}`, chained);
      repushChained.push(chainedRun.seconds);
      repushBytes += run.bytesUploaded + chainedRun.bytesUploaded;
    }
  });

  const model5 = join(data, 'model-5GiB');
  writeModel(model5, 5 * 1024 * MiB);
  const five = await withRegistry((r) => push(model5, `${r.host}/bench/big`, 'v1'));

  const row = (name, reference, ref, ours, target, extraOk = true) => {
    const ratio = ours / ref;
    const ok = ratio <= target && extraOk ? '✅' : '❌';
    console.log(
      `| ${name} | ${reference} | ${ref.toFixed(2)} | ${ours.toFixed(2)} | ${ratio.toFixed(2)}× ${ok} | ≤ ${target}× |`,
    );
  };
  console.log('\n| case | reference | reference s | modelgate s | ratio | target |');
  console.log('|---|---|---|---|---|---|');
  const skopeoCopy = 'skopeo copy from a prepared OCI layout';
  row('first push, 1 GiB model, fresh registry', skopeoCopy, median(skopeo), median(ours), 0.8);
  row(
    'first push, after validate-model (--validate-report)',
    skopeoCopy,
    median(skopeo),
    median(oursChained),
    0.8,
  );
  row(
    `re-push, unchanged model (bytes-uploaded ${repushBytes})`,
    'openssl dgst -sha256',
    median(openssl),
    median(repush),
    1.2,
    repushBytes === 0,
  );
  row(
    're-push, after validate-model (--validate-report)',
    'openssl dgst -sha256',
    median(openssl),
    median(repushChained),
    1.2,
    repushBytes === 0,
  );
  console.log(
    `| first push, 5 GiB model: peak RSS | | | ${five.seconds.toFixed(2)} | ${five.rssMiB.toFixed(0)} MiB ${five.rssMiB < 200 ? '✅' : '❌'} | < 200 MiB |`,
  );
}
