import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileLedger } from '../../src/ledger/file-ledger.js';
import { withFileLock } from '../../src/ledger/file-lock.js';
import {
  findRelease,
  liveRelease,
  newReleaseId,
  previousRelease,
  type ReleaseRecord,
} from '../../src/ledger/ledger.js';
import { useTempDir } from '../support/temp.js';

const dir = useTempDir('modelgate-ledger-');
let n = 0;
const ledgerFile = () => join(dir(), `ledger-${++n}.jsonl`);

const digest = (c: string) => `sha256:${c.repeat(64)}`;
function release(id: string, image: string, extra: Partial<ReleaseRecord> = {}): ReleaseRecord {
  return {
    schema: 'modelgate.release/v1',
    id,
    environment: 'production',
    image: `registry.example/acme/churn@${digest(image)}`,
    gate: { verdict: 'pass' },
    status: 'in_progress',
    rollback_of: null,
    created_at: new Date().toISOString(),
    ...extra,
  };
}

test('appends whole lines, never rewrites what is there, and reads each release in its latest state', async () => {
  const path = ledgerFile();
  const ledger = new FileLedger(path);
  const v1 = await ledger.create(release('v1', 'a'));
  await ledger.update(v1, 'success', { description: 'tag moved' });
  const before = readFileSync(path);
  const v2 = await ledger.create(release('v2', 'b'));
  await ledger.update(v2, 'failure', { description: 'health check failed' });
  const after = readFileSync(path);
  expect(after.subarray(0, before.length).equals(before)).toBe(true);
  expect(after.toString().split('\n').filter(Boolean)).toHaveLength(4);
  const history = await ledger.history('production');
  expect(history.map((r) => [r.id, r.status, r.detail])).toEqual([
    ['v2', 'failure', 'health check failed'],
    ['v1', 'success', 'tag moved'],
  ]);
  expect((await liveRelease(ledger, 'production'))?.id).toBe('v1');
  expect(await ledger.history('staging')).toEqual([]);
});

test('a line that is not a release record is an error naming the file and the line', async () => {
  const path = ledgerFile();
  const ledger = new FileLedger(path);
  await ledger.create(release('v1', 'a'));
  appendFileSync(path, '{"schema":"modelgate.release/v1","id":"v2"\n');
  await expect(ledger.history('production')).rejects.toThrow(`ledger ${path} line 2 is not JSON`);
  writeFileSync(path, `${JSON.stringify(release('v1', 'a'))}\n${JSON.stringify({ id: 'x' })}\n`);
  await expect(ledger.history('production')).rejects.toThrow(
    `ledger ${path} line 2 is not a modelgate.release/v1 record`,
  );
});

test('a torn last line (a crash mid-write) is ignored when read and moved aside before the next append', async () => {
  const path = ledgerFile();
  writeFileSync(path, `${JSON.stringify(release('v1', 'a'))}\n{"schema":"modelg`);
  const reader = new FileLedger(path);
  expect((await reader.history('production')).map((r) => r.id)).toEqual(['v1']);
  expect(reader.warnings).toEqual([expect.stringMatching(/ends in a torn line/)]);
  const writer = new FileLedger(path);
  await writer.create(release('v2', 'b'));
  expect(writer.warnings).toEqual([expect.stringMatching(/moved aside to .*\.torn-/)]);
  const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
  expect(lines.map((l) => JSON.parse(l).id)).toEqual(['v1', 'v2']);
  const side = writer.warnings[0].replace(/^.*moved aside to /, '');
  expect(readFileSync(side, 'utf8')).toBe('{"schema":"modelg');
});

test('appends from several processes at once all land, one per line', async () => {
  const path = ledgerFile();
  // Each process holds the lock while it reads the file's last byte and appends: without
  // the lock, two writers could both see "ends with newline" and interleave.
  const worker = `
    const { open, rm } = require('node:fs/promises');
    const path = process.argv[1], lock = path + '.lock', who = process.argv[2];
    (async () => {
      for (let i = 0; i < 25; i++) {
        for (;;) { try { const h = await open(lock, 'wx'); await h.writeFile(process.pid + '@' + require('os').hostname()); await h.close(); break; } catch { await new Promise(r => setTimeout(r, 1)); } }
        const h = await open(path, 'a'); await h.appendFile(JSON.stringify({ schema: 'modelgate.release/v1', id: who + '-' + i, environment: 'e', image: 'x', status: 'success', rollback_of: null, created_at: '' }) + '\\n'); await h.sync(); await h.close();
        await rm(lock, { force: true });
      }
    })();`;
  const children = ['p', 'q'].map(
    (who) =>
      new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, ['-e', worker, path, who], { stdio: 'inherit' });
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
      }),
  );
  const ours = new FileLedger(path);
  const mine = (async () => {
    for (let i = 0; i < 25; i++) await ours.create({ ...release(`r-${i}`, 'c'), environment: 'e' });
  })();
  await Promise.all([...children, mine]);
  const ids = (await ours.read()).map((r) => r.id);
  expect(ids).toHaveLength(75);
  expect(new Set(ids).size).toBe(75);
});

test('the lock waits for its holder, and takes over from one that is gone', async () => {
  const path = ledgerFile();
  writeFileSync(`${path}.lock`, `${process.pid}@${execFileSync('hostname').toString().trim()}\n`);
  let ran = false;
  const waiting = withFileLock(path, async () => {
    ran = true;
  });
  await new Promise((r) => setTimeout(r, 100));
  expect(ran).toBe(false);
  execFileSync('rm', [`${path}.lock`]);
  await waiting;
  expect(ran).toBe(true);
  // A lock left by a process that no longer runs is abandoned.
  const gone = spawn(process.execPath, ['-e', '0']);
  await new Promise((r) => gone.on('exit', r));
  writeFileSync(`${path}.lock`, `${gone.pid}@${execFileSync('hostname').toString().trim()}\n`);
  await expect(withFileLock(path, async () => 'taken', { waitMs: 2000 })).resolves.toBe('taken');
  // A live holder that never lets go: a clear error after the wait.
  writeFileSync(`${path}.lock`, `${process.pid}@${execFileSync('hostname').toString().trim()}\n`);
  await expect(withFileLock(path, async () => 'x', { waitMs: 100 })).rejects.toThrow(
    `${path} is locked by another process`,
  );
});

describe('choosing what to roll back to', () => {
  // Newest first, as history() returns it.
  const v0 = release('v0', '0', { status: 'success' });
  const v1 = release('v1', '1', { status: 'success' });
  const v2 = release('v2', '2', { status: 'success' });

  test('previous walks back one release per rollback, never forward again', () => {
    let history = [v2, v1, v0];
    const first = previousRelease(history, v2);
    expect(first?.id).toBe('v1');
    const r1 = release('r1', '1', { status: 'success', rollback_of: 'v2', restores: 'v1' });
    history = [r1, { ...v2, status: 'rolled-back' }, v1, v0];
    const second = previousRelease(history, r1);
    expect(second?.id).toBe('v0');
    const r2 = release('r2', '0', { status: 'success', rollback_of: 'r1', restores: 'v0' });
    history = [r2, { ...r1, status: 'rolled-back' }, { ...v2, status: 'rolled-back' }, v1, v0];
    expect(previousRelease(history, r2)).toBeUndefined();
  });

  test('failed rollouts and rollback releases are passed over; superseded ones count', () => {
    const failed = release('v3', '3', { status: 'failure' });
    const restore = release('r3', '2', { status: 'success', rollback_of: 'v3', restores: 'v2' });
    const v4 = release('v4', '4', { status: 'success' });
    const history = [v4, restore, failed, { ...v2, status: 'inactive' as const }, v1, v0];
    expect(previousRelease(history, v4)?.id).toBe('v2');
  });

  test('by id, by GitHub deployment id, by digest or full image reference', () => {
    const history = [v2, { ...v1, deployment_id: 41 }, v0];
    expect(findRelease(history, 'v0')?.id).toBe('v0');
    expect(findRelease(history, '41')?.id).toBe('v1');
    expect(findRelease(history, digest('2'))?.id).toBe('v2');
    expect(findRelease(history, `registry.example/acme/churn@${digest('0')}`)?.id).toBe('v0');
    expect(findRelease(history, 'nope')).toBeUndefined();
  });

  test('release ids name the environment and sort by time', () => {
    const id = newReleaseId('staging', new Date('2026-11-21T12:00:05.123Z'));
    expect(id).toMatch(/^staging-20261121T120005Z-[0-9a-f]{4}$/);
  });
});
