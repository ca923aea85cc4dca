/**
 * SPEC §9: inside Actions, deploy also saves the evidence in the Actions cache under its
 * digest, so a gate that cannot read the registry (a fork's pull request has no registry
 * credentials) still pairs with the live release's predictions. Through the bundled
 * actions, a registry that requires a login, and a test double of the cache service.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBundledAction } from '../support/action-runner.js';
import {
  startActionsCacheService,
  type ActionsCacheService,
} from '../support/actions-cache-service.js';
import { writeBinaryPredictions } from '../support/predictions.js';
import { startRegistry, type LocalRegistry } from '../support/registry.js';
import { useTempDir } from '../support/temp.js';

const dir = useTempDir('modelgate-evidence-cache-');
const env = { GITHUB_SHA: 'e'.repeat(40), SOURCE_DATE_EPOCH: '1700000000' };
const login = { 'registry-username': 'deployer', 'registry-password': 'hunter2 hunter2' };
let registry: LocalRegistry;
let cache: ActionsCacheService;

beforeAll(async () => {
  registry = await startRegistry({
    username: login['registry-username'],
    password: login['registry-password'],
  });
  cache = await startActionsCacheService();
}, 30_000);
afterAll(async () => {
  await cache.stop();
  await registry.stop();
});

test("a gate without registry credentials reads the live release's predictions from the Actions cache", async () => {
  writeFileSync(join(dir(), 'model.onnx'), 'weights\n');
  const built = await runBundledAction(
    'build-image',
    { model: 'model.onnx', image: `${registry.host}/acme/churn`, tags: 'v1', ...login },
    dir(),
    env,
  );
  expect(built.code).toBe(0);
  writeBinaryPredictions(join(dir(), 'live.csv'), { n: 2000, accuracy: 0.9, seed: 1 });
  writeBinaryPredictions(join(dir(), 'candidate.csv'), { n: 2000, accuracy: 0.9, seed: 1 });
  const gates = 'gates:\n  - metric: accuracy\n    max-regression: 0.02\n    significance: true\n';
  const ledger = 'file:ledger.jsonl';
  const gate = (candidate: string, extra: Record<string, string>) =>
    runBundledAction(
      'evaluate-gate',
      {
        candidate,
        gates,
        ledger,
        baseline: 'environment:production',
        'model-digest': built.outputs['model-digest'],
        'check-name': 'Model gate',
      },
      dir(),
      { ...env, ...extra },
    );
  const first = await gate('live.csv', {});
  expect(first.outputs.verdict).toBe('pass');
  const deployed = await runBundledAction(
    'deploy',
    {
      image: built.outputs.image,
      environment: 'production',
      ledger,
      'gate-report': first.outputs.report,
      ...login,
    },
    dir(),
    { ...env, ...cache.env },
  );
  expect(deployed.code).toBe(0);
  expect(cache.log).toEqual(
    expect.arrayContaining(['POST CreateCacheEntry', 'POST FinalizeCacheEntryUpload']),
  );
  expect(cache.entries.map((e) => [e.key, e.finalized])).toEqual([
    [expect.stringMatching(/^modelgate-evidence-sha256:[0-9a-f]{64}$/), true],
  ]);

  // The fork's gate: no registry login, the cache service of the base repository's run.
  const fork = await gate('candidate.csv', cache.env);
  expect(fork.code).toBe(0);
  expect(fork.stdout).toContain("the registry could not be read; using the Actions cache's copy");
  expect(fork.summary).toMatch(
    /\| ✅ pass \| accuracy vs baseline \| all \| [0-9.]+ \| [0-9.]+ \| 0 \| ≥ −0\.00\d+ \(95%\) \| ≤ 0\.02 worse \(significance\) \|/,
  );
  expect(fork.summary).toContain(': its predictions (evidence sha256:');

  // Without the cache the gate refuses rather than compare with anything else.
  const closed = await gate('candidate.csv', {});
  expect(closed.code).toBe(1);
  expect(closed.stdout).toMatch(
    /::error::evaluate-gate: input 'baseline': cannot read the evidence sha256:[0-9a-f]{64} of the live release .*authentication required/,
  );
  expect(closed.outputs.verdict).toBe('');
});
