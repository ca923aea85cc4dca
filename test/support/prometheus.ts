/**
 * Debian's Prometheus (installed by .ci/run), started by a test on 127.0.0.1 with a 1 s
 * scrape interval over the given targets, in a temporary folder; stopped by the test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LocalPrometheus {
  url: string;
  stop(): Promise<void>;
}

/** A port nothing listens on (for a Prometheus that is down). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startPrometheus(targets: string[]): Promise<LocalPrometheus> {
  const dir = mkdtempSync(join(tmpdir(), 'prometheus-'));
  const port = await freePort();
  writeFileSync(
    join(dir, 'prometheus.yml'),
    [
      'global: { scrape_interval: 1s, evaluation_interval: 1s }',
      'scrape_configs:',
      '  - job_name: model',
      `    static_configs: [{ targets: [${targets.map((t) => `'${t}'`).join(', ')}] }]`,
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(
    'prometheus',
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    const ready = await fetch(`${url}/-/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  // Service discovery starts a few seconds after ready: wait until every target has been
  // scraped twice (what a rate() needs), so tests start with data.
  for (let i = 0; i < 100; i++) {
    const answer = (await fetch(
      `${url}/api/v1/query?query=${encodeURIComponent('count_over_time(up[30s])')}`,
    )
      .then((r) => r.json())
      .catch(() => undefined)) as { data?: { result?: { value: [number, string] }[] } } | undefined;
    const counts = answer?.data?.result ?? [];
    if (counts.length >= targets.length && counts.every((c) => Number(c.value[1]) >= 2)) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) =>
        child.exitCode !== null ? resolve(null) : child.once('exit', resolve),
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
