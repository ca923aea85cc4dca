import { createProgress } from '../../src/core/progress.js';

test('progress logs at most once per interval, with bytes, total, percent and rate', () => {
  let now = 0;
  const lines: string[] = [];
  const progress = createProgress({
    label: 'hashed',
    total: 1 << 30,
    log: (l) => lines.push(l),
    intervalMs: 5000,
    now: () => now,
  });
  for (let i = 0; i < 8; i++) {
    now += 1000;
    progress.add(128 << 20);
  }
  progress.done();
  expect(lines).toEqual([
    'hashed: 640 MiB / 1.00 GiB (63%), 134 MB/s',
    'hashed: 1.00 GiB / 1.00 GiB (100%), 134 MB/s',
  ]);
});

test('small work logs nothing', () => {
  const lines: string[] = [];
  const progress = createProgress({ label: 'hashed', total: 300, log: (l) => lines.push(l) });
  progress.add(300);
  progress.done();
  expect(lines).toEqual([]);
});
