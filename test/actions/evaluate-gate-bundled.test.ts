/**
 * evaluate-gate through the bundled action, as the runner runs it (INPUT_*, GITHUB_OUTPUT,
 * the event file): the pull-request capability end to end. Its behaviour is tested from the
 * sources in evaluate-gate.test.ts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBundledAction } from '../support/action-runner.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github-emulator.js';
import { writeBinaryPredictions } from '../support/predictions.js';
import { useTempDir } from '../support/temp.js';
import { pullRequestEvent } from '../support/webhook-events.js';

const temp = useTempDir();
let github: GitHubEmulator;
const TOKEN = 'ghs_gate_writer';
const repo = 'Codertocat/Hello-World';

beforeAll(async () => {
  github = await startGitHubEmulator({
    tokens: { [TOKEN]: { checks: 'write', pull_requests: 'write' } },
  });
});
afterAll(() => github.stop());
afterEach(() => expect(github.violations).toEqual([]));

const file = (name: string, text: string) => {
  writeFileSync(join(temp(), name), text);
  return join(temp(), name);
};
const gate = (inputs: Record<string, string>, event: Record<string, string>) =>
  runBundledAction('evaluate-gate', inputs, temp(), { GITHUB_API_URL: github.url, ...event });

test('one check run on the head commit and one sticky comment, updated on every push', async () => {
  const [head1, head2] = ['1'.repeat(40), '2'.repeat(40)];
  const candidate = join(temp(), 'pr-a.csv');
  const baseline = join(temp(), 'pr-b.csv');
  writeBinaryPredictions(candidate, { n: 2000, accuracy: 0.91, seed: 21 });
  writeBinaryPredictions(baseline, { n: 2000, accuracy: 0.9, seed: 22 });
  const inputs = {
    candidate,
    baseline,
    gates: file('pr.yml', 'seed: 7\ngates:\n  - metric: accuracy\n    max-regression: 0.02\n'),
    'github-token': TOKEN,
  };
  const first = await gate(inputs, pullRequestEvent(temp(), { headSha: head1 }));
  expect(first.code).toBe(0);
  const rerun = await gate(inputs, pullRequestEvent(temp(), { headSha: head1 }));
  expect(rerun.code).toBe(0);
  const failing = await gate(
    { ...inputs, gates: file('pr-fail.yml', 'gates:\n  - metric: accuracy\n    min: 0.99\n') },
    pullRequestEvent(temp(), { headSha: head2, action: 'synchronize' }),
  );
  expect(failing.code).toBe(1);
  expect(failing.outputs.verdict).toBe('fail');

  const runs = github.state.checkRuns.filter((r) => r.repo === repo && r.name === 'Model gate');
  expect(runs.map((r) => [r.head_sha, r.conclusion])).toEqual([
    [head1, 'success'],
    [head2, 'failure'],
  ]);
  expect(runs.some((r) => r.head_sha === 'f'.repeat(40))).toBe(false);
  expect(runs[1].output.summary).toMatch(/^## ❌ Model gate: fail/);
  expect(runs[0].details_url).toBe(`https://github.com/${repo}/actions/runs/4242`);

  const comments = github.state.comments.filter(
    (c) => c.repo === repo && c.body.includes('<!-- modelgate:evaluate-gate:Model gate -->'),
  );
  expect(comments).toHaveLength(1);
  expect(comments[0].issue).toBe(2);
  // The result first (a comment is narrow), and which commit and run it is about.
  expect(comments[0].body).toMatch(/\| ❌ fail \| accuracy \| all \| 0\.9\d+ \|/);
  expect(comments[0].body).toContain(
    `## ❌ Model gate: fail — 1 fail\n\n_Commit \`2222222\` · [workflow run](https://github.com/${repo}/actions/runs/4242)_\n`,
  );
  expect(runs[1].output.summary).toContain('_Commit `2222222` · [workflow run]');
});
