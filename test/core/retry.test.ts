import { RetriesExhausted, retrying, type RetryPolicy } from '../../src/core/retry.js';

const policy: RetryPolicy = { attempts: 4, baseMs: 1, maxMs: 4, deadlineMs: 5_000 };
const transient = { retry: true as const, why: 'flaky' };

test('tries again until a result is final, recovering before each new try', async () => {
  const seen: number[] = [];
  let recovered = 0;
  const value = await retrying(async () => (seen.push(seen.length + 1), seen.length), {
    policy,
    judgeResult: (n) => (n < 3 ? transient : { retry: false }),
    judgeError: () => ({ retry: false }),
    recover: async () => void (recovered += 1),
  });
  expect(value).toBe(3);
  expect(recovered).toBe(2);
});

test('a result still transient at the last attempt is returned for the caller to judge', async () => {
  let calls = 0;
  const discarded: number[] = [];
  const value = await retrying(async () => ++calls, {
    policy,
    judgeResult: () => transient,
    judgeError: () => ({ retry: false }),
    discard: async (n) => void discarded.push(n),
  });
  expect(value).toBe(4);
  expect(discarded).toEqual([1, 2, 3]);
});

test('an error not worth retrying is thrown as it is, at once', async () => {
  let calls = 0;
  const fatal = new Error('404');
  await expect(
    retrying(
      async () => {
        calls += 1;
        throw fatal;
      },
      { policy, judgeError: () => ({ retry: false }) },
    ),
  ).rejects.toBe(fatal);
  expect(calls).toBe(1);
});

test('an error transient to the end is RetriesExhausted, with the attempts and its cause', async () => {
  const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
  const error = await retrying(
    async () => {
      throw reset;
    },
    { policy, judgeError: () => transient },
  ).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RetriesExhausted);
  expect(error).toMatchObject({ attempts: 4, cause: reset });
  expect((error as Error).message).toBe('socket hang up (after 4 attempts)');
});

test('a cancelled signal ends the wait between tries', async () => {
  const controller = new AbortController();
  const started = Date.now();
  const pending = retrying(async () => 1, {
    policy: { attempts: 3, baseMs: 10_000, maxMs: 10_000, deadlineMs: 60_000 },
    judgeResult: () => transient,
    judgeError: () => ({ retry: false }),
    signal: controller.signal,
  });
  setTimeout(() => controller.abort(new Error('cancelled (SIGINT)')), 20);
  await expect(pending).rejects.toThrow('cancelled (SIGINT)');
  expect(Date.now() - started).toBeLessThan(2_000);
});
