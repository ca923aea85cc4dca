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

function writeModel(dir, bytes) {
  const file = join(dir, 'weights.bin');
  if (existsSync(file) && statSync(file).size === bytes) return file;
  mkdirSync(dir, { recursive: true });
  const chunk = randomFillSync(Buffer.alloc(64 * MiB));
  const fd = openSync(file, 'w');
  for (let written = 0; written < bytes; written += chunk.length)
    writeSync(fd, chunk, 0, Math.min(chunk.length, bytes - written));
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

const push = (model, image, tag) =>
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
  ]);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The registry keeps its blobs on tmpfs when there is one, so both clients meet the
// same registry CPU rather than disk noise; either way each push gets a fresh registry.
const registryDir = existsSync('/dev/shm') ? '/dev/shm/modelgate-bench-registry' : join(data, 'registry');

export async function runPushBench() {
  const model1 = join(data, 'model-1GiB');
  console.log('generating data (once): a 1 GiB and a 5 GiB model ...');
  writeModel(model1, 1024 * MiB);
  const layout = join(data, 'layout-1GiB');
  rmSync(layout, { recursive: true, force: true });
  push(model1, `oci:${layout}`, 'v1'); // the prepared OCI layout skopeo pushes from: the same layer
  timed('openssl', ['dgst', '-sha256', join(model1, 'weights.bin')]); // warm the page cache

  const rounds = 3;
  const skopeo = [];
  const ours = [];
  for (let i = 0; i < rounds; i++) {
    let registry = await startRegistry(registryDir);
    skopeo.push(
      timed('skopeo', [
        'copy',
        '--quiet',
        '--dest-tls-verify=false',
        `oci:${layout}:v1`,
        `docker://${registry.host}/bench/model:v1`,
      ]).seconds,
    );
    await registry.stop();
    registry = await startRegistry(registryDir);
    ours.push(push(model1, `${registry.host}/bench/model`, 'v1').seconds);
    await registry.stop();
  }

  const registry = await startRegistry(registryDir);
  push(model1, `${registry.host}/bench/model`, 'v1');
  const openssl = [];
  const repush = [];
  let repushBytes;
  for (let i = 0; i < rounds; i++) {
    openssl.push(timed('openssl', ['dgst', '-sha256', join(model1, 'weights.bin')]).seconds);
    const run = push(model1, `${registry.host}/bench/model`, `again-${i}`);
    repush.push(run.seconds);
    repushBytes = run.bytesUploaded;
  }
  await registry.stop();

  const model5 = join(data, 'model-5GiB');
  writeModel(model5, 5 * 1024 * MiB);
  const big = await startRegistry(registryDir);
  const five = push(model5, `${big.host}/bench/big`, 'v1');
  await big.stop();

  const first = median(ours) / median(skopeo);
  const again = median(repush) / median(openssl);
  console.log('\n| case | reference | reference s | modelgate s | ratio | target |');
  console.log('|---|---|---|---|---|---|');
  console.log(
    `| first push, 1 GiB model, fresh registry | skopeo copy from a prepared OCI layout | ${median(skopeo).toFixed(2)} | ${median(ours).toFixed(2)} | ${first.toFixed(2)}× ${first <= 0.8 ? '✅' : '❌'} | ≤ 0.8× |`,
  );
  console.log(
    `| re-push, unchanged 1 GiB model (bytes-uploaded ${repushBytes}) | openssl dgst -sha256 | ${median(openssl).toFixed(2)} | ${median(repush).toFixed(2)} | ${again.toFixed(2)}× ${again <= 1.2 && repushBytes === 0 ? '✅' : '❌'} | ≤ 1.2×, 0 bytes |`,
  );
  console.log(
    `| first push, 5 GiB model: peak RSS | | | ${five.seconds.toFixed(2)} | ${five.rssMiB.toFixed(0)} MiB ${five.rssMiB < 200 ? '✅' : '❌'} | < 200 MiB |`,
  );
}
