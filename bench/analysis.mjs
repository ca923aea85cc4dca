// `npm run bench -- analysis`: what a live analysis adds to a deploy, per measurement,
// besides the waits it is configured with. Debian's prometheus (scraping itself every
// second) answers two queries; a deploy with the command provider (`true`) runs with and
// without an analysis of one measurement, each a fresh `node dist/cli` process as a
// workflow step is; the difference of the medians is the analysis' cost. Side by side,
// the independent reference: the same two queries sent with curl.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const CLI = resolve('dist/cli/index.js');
const data = resolve('bench/.data/analysis');
const ROUNDS = Number(process.env.MODELGATE_BENCH_ROUNDS ?? 10);
const QUERIES = [
  'sum(rate(prometheus_http_requests_total[10s]))',
  'histogram_quantile(0.99, sum by (le) (rate(prometheus_http_request_duration_seconds_bucket[10s])))',
];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function freePort() {
  const server = createServer();
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  await new Promise((r) => server.close(r));
  return port;
}

function timed(command, args) {
  const started = process.hrtime.bigint();
  const child = spawnSync(command, args, { cwd: data, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0) throw new Error(`${command} failed:\n${child.stdout}\n${child.stderr}`);
  return ms;
}

export async function runAnalysisBench() {
  rmSync(data, { recursive: true, force: true });
  mkdirSync(join(data, 'prometheus'), { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  writeFileSync(
    join(data, 'prometheus.yml'),
    `global: { scrape_interval: 1s }\nscrape_configs:\n  - job_name: self\n    static_configs: [{ targets: ['127.0.0.1:${port}'] }]\n`,
  );
  const prometheus = spawn(
    'prometheus',
    [
      `--config.file=${join(data, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(data, 'prometheus')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: 'ignore' },
  );
  try {
    // Wait for data a rate() can use.
    for (let i = 0; i < 120; i++) {
      const answer = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(QUERIES[0])}`)
        .then((r) => r.json())
        .catch(() => undefined);
      if (answer?.data?.result?.length) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    // One small image in an OCI layout, so deploy resolves it without a registry.
    mkdirSync(join(data, 'model'), { recursive: true });
    writeFileSync(join(data, 'model', 'model.onnx'), 'weights\n');
    timed(process.execPath, [
      CLI,
      'build-image',
      '--model',
      'model',
      '--image',
      'oci:image',
      '--tags',
      'v1',
    ]);
    writeFileSync(
      join(data, 'analysis.yml'),
      `prometheus: ${url}\ninterval: 1s\ncount: 1\nqueries:\n${QUERIES.map(
        (q, i) => `  - name: q${i}\n    query: '${q}'\n    max: 1000000\n`,
      ).join('')}`,
    );
    const deploy = (extra) =>
      timed(process.execPath, [
        CLI,
        'deploy',
        '--image',
        'oci:image:v1',
        '--environment',
        'bench',
        '--provider',
        'command',
        '--run',
        'true',
        '--allow-ungated',
        'true',
        '--ledger',
        `file:${join(data, 'ledger.jsonl')}`,
        ...extra,
      ]);
    const plain = [];
    const analysed = [];
    const curl = [];
    for (let round = 0; round < ROUNDS; round++) {
      plain.push(deploy([]));
      analysed.push(deploy(['--analysis', 'analysis.yml']));
      curl.push(
        QUERIES.reduce(
          (sum, q) =>
            sum +
            timed('curl', [
              '-sf',
              '-o',
              '/dev/null',
              '--get',
              '--data-urlencode',
              `query=${q}`,
              `${url}/api/v1/query`,
            ]),
          0,
        ),
      );
    }
    const overhead = median(analysed) - median(plain);
    console.log(
      `\nanalysis bench: ${ROUNDS} rounds, ${QUERIES.length} queries per measurement, one measurement\n`,
    );
    console.log('| case | median ms | target |');
    console.log('|---|---|---|');
    console.log(`| deploy (command provider), no analysis | ${median(plain).toFixed(0)} | |`);
    console.log(`| deploy with a one-measurement analysis | ${median(analysed).toFixed(0)} | |`);
    console.log(
      `| analysis overhead per measurement (difference) | ${overhead.toFixed(0)} | < 200 ms ${overhead < 200 ? '✅' : '❌'} |`,
    );
    console.log(`| reference: the same queries with curl | ${median(curl).toFixed(0)} | |`);
    console.log(`\nratio overhead / curl: ${(overhead / median(curl)).toFixed(2)}×`);
  } finally {
    prometheus.kill('SIGTERM');
  }
}
