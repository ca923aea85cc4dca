/**
 * The `command` provider: the user's own shell command does the rollout. It runs in
 * bash (`-eo pipefail`, as a workflow's `run:` step does) with MODELGATE_IMAGE,
 * MODELGATE_ENVIRONMENT, MODELGATE_PREVIOUS_IMAGE and MODELGATE_RELEASE_ID set; exit 0
 * means healthy. It is killed (with everything it started) when `timeout` runs out.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { formatDuration } from '../core/duration.js';
import { CancelledError, RolloutError, type Provider, type RolloutContext } from './provider.js';

export function commandProvider(run: string, env: Record<string, string | undefined>): Provider {
  return {
    name: 'command',
    config: { run },
    current: async () => undefined,
    plan: (image) => `run \`${run}\` with MODELGATE_IMAGE=${image}`,
    async rollout(image, context) {
      const code = await runCommand(run, image, context, env);
      if (code === 'cancelled') throw new CancelledError();
      if (code === 'timeout')
        throw new RolloutError(
          `the command did not finish within ${formatDuration(context.timeoutMs)}`,
        );
      if (code !== 0) throw new RolloutError(`the command exited with ${code}`);
      return { detail: 'the command exited with 0' };
    },
  };
}

function runCommand(
  run: string,
  image: string,
  context: RolloutContext,
  env: Record<string, string | undefined>,
): Promise<number | 'timeout' | 'cancelled'> {
  // The step's environment reaches the script (so `env:` in the workflow does), but not
  // the action's own inputs: INPUT_REGISTRY-PASSWORD and INPUT_GITHUB-TOKEN are secrets.
  const inherited = Object.fromEntries(
    Object.entries(env).filter(([name]) => !name.toUpperCase().startsWith('INPUT_')),
  );
  const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', run], {
    env: {
      ...inherited,
      MODELGATE_IMAGE: image,
      MODELGATE_ENVIRONMENT: context.environment,
      MODELGATE_PREVIOUS_IMAGE: context.previousImage ?? '',
      MODELGATE_RELEASE_ID: context.releaseId,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  for (const stream of [child.stdout, child.stderr])
    createInterface({ input: stream }).on('line', (line) => context.log.info(`  ${line}`));
  // The script and everything it started form one process group: killed together, so
  // nothing outlives the deploy and moves the runtime after it gave up.
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      child.kill(signal);
    }
  };
  return new Promise((resolve, reject) => {
    let ended: 'timeout' | 'cancelled' | undefined;
    const timer = setTimeout(() => {
      ended = 'timeout';
      killGroup('SIGKILL');
    }, context.timeoutMs);
    let grace: NodeJS.Timeout | undefined;
    const cancel = () => {
      ended ??= 'cancelled';
      killGroup('SIGTERM');
      grace = setTimeout(() => killGroup('SIGKILL'), 2000);
    };
    if (context.signal?.aborted) cancel();
    context.signal?.addEventListener('abort', cancel, { once: true });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new RolloutError(`the command could not start: ${error.message}`, false));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (grace) clearTimeout(grace);
      context.signal?.removeEventListener('abort', cancel);
      resolve(ended ?? code ?? (signal ? 128 : 1));
    });
  });
}
