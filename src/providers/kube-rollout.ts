/** Waiting for a Deployment's rollout the way `kubectl rollout status` does. */
import { formatDuration } from '../core/duration.js';
import type { KubeClient } from './kube-client.js';
import { deploymentPath, type Deployment } from './kube-objects.js';
import { pollPause, RolloutError, type RolloutContext } from './provider.js';

/** Waits like `kubectl rollout status`; returns the final line. */
export async function waitForRollout(
  client: KubeClient,
  namespace: string,
  name: string,
  deadline: number,
  context: Pick<RolloutContext, 'timeoutMs' | 'log' | 'signal'>,
): Promise<string> {
  // Quick first looks (most rollouts of a patched image are observed within a tick), then
  // back off to at most a second between reads.
  const most = Math.min(1000, Math.max(25, context.timeoutMs / 40));
  let poll = Math.min(50, most);
  let said = '';
  let lastSaid = 0;
  for (;;) {
    const d = await client.get<Deployment>(deploymentPath(namespace, name));
    const status = d.status ?? {};
    let waiting: string;
    if ((status.observedGeneration ?? 0) < (d.metadata.generation ?? 0)) {
      waiting = `Waiting for deployment "${name}" spec update to be observed...`;
    } else {
      const stuck = status.conditions?.find(
        (c) => c.type === 'Progressing' && c.reason === 'ProgressDeadlineExceeded',
      );
      if (stuck)
        throw new RolloutError(
          `deployment "${name}" exceeded its progress deadline${stuck.message ? `: ${stuck.message}` : ''}`,
        );
      const wanted = d.spec.replicas ?? 1;
      const updated = status.updatedReplicas ?? 0;
      const total = status.replicas ?? 0;
      const available = status.availableReplicas ?? 0;
      if (updated < wanted)
        waiting = `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${wanted} new replicas have been updated...`;
      else if (total > updated)
        waiting = `Waiting for deployment "${name}" rollout to finish: ${total - updated} old replicas are pending termination...`;
      else if (available < updated)
        waiting = `Waiting for deployment "${name}" rollout to finish: ${available} of ${updated} updated replicas are available...`;
      else return `deployment "${name}" successfully rolled out (${updated} replicas)`;
    }
    if (waiting !== said || Date.now() - lastSaid > 5000) {
      context.log.info(waiting);
      said = waiting;
      lastSaid = Date.now();
    }
    if (Date.now() > deadline)
      throw new RolloutError(
        `deployment "${name}" did not finish rolling out within ${formatDuration(context.timeoutMs)}: ${said}`,
      );
    await pollPause(poll, context.signal);
    poll = Math.min(most, poll * 1.5);
  }
}
