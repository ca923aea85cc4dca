/**
 * The `kubernetes` provider: patch a Deployment's container image by server-side apply
 * (or apply `manifests` with the image substituted), then wait for the rollout the way
 * `kubectl rollout status` does: the spec update observed (observedGeneration), every
 * replica updated, old ones gone, the updated ones available; a `ProgressDeadlineExceeded`
 * condition or the timeout fails it. `strategy: canary` first runs the new image in a
 * `<deployment>-canary` Deployment sized to each step's share of the replicas (its pods
 * carry the same labels, so Services send them their share), then rolls the main one
 * and removes the canary; a failed step removes the canary and leaves the main untouched.
 */
import { parseDuration } from '../core/duration.js';
import { ConfigurationError } from '../core/errors.js';
import { formatReference, parseImageReference } from '../oci/reference.js';
import { KubeClient, KubeError } from './kube-client.js';
import { kubeconfigPath, loadKubeconfig } from './kube-config.js';
import {
  canaryOf,
  deploymentPath,
  objectPath,
  readManifests,
  substituteImage,
  type Deployment,
} from './kube-objects.js';
import { waitForRollout } from './kube-rollout.js';
import {
  CancelledError,
  pollPause,
  RolloutError,
  type Provider,
  type RolloutContext,
} from './provider.js';

export interface KubernetesSettings {
  namespace?: string;
  deployment?: string;
  container?: string;
  manifests: string[];
  kubeconfig?: string;
  context?: string;
  strategy: 'rolling' | 'canary';
  canarySteps: number[];
  /** How long each canary step runs before it is judged (and the next one starts). */
  canaryStepMs: number;
}

/** Parses `canary-step-duration` (`2m`): how long each step runs; 0 when unset. */
export function parseStepDuration(text: string | undefined): number {
  if (!text) return 0;
  const ms = parseDuration(text);
  if (ms === undefined || ms > 24 * 3_600_000)
    throw new ConfigurationError(
      'canary-step-duration',
      'must be a duration such as 30s or 5m, at most 24h',
      text,
    );
  return ms;
}

/** Parses `canary-steps` (`10,50,100`): increasing percentages, ending at 100. */
export function parseCanarySteps(text: string | undefined): number[] {
  if (!text) return [10, 50, 100];
  const steps = text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number);
  if (
    steps.some((s, i) => !Number.isInteger(s) || s < 1 || s > 100 || (i > 0 && s <= steps[i - 1]))
  )
    throw new ConfigurationError(
      'canary-steps',
      'must be increasing whole percentages from 1 to 100, e.g. 10,50,100',
      text,
    );
  return steps.at(-1) === 100 ? steps : [...steps, 100];
}

export function kubernetesProvider(
  settings: KubernetesSettings,
  env: Record<string, string | undefined>,
): Provider {
  if (!settings.deployment && settings.manifests.length === 0)
    throw new ConfigurationError(
      'deployment',
      'is required by the kubernetes provider (or give manifests)',
    );
  let opened: Promise<{ client: KubeClient; namespace: string }> | undefined;
  const connect = () =>
    (opened ??= (async () => {
      const target = await loadKubeconfig(
        kubeconfigPath(settings.kubeconfig, env),
        settings.context,
      );
      return {
        client: new KubeClient(target),
        namespace: settings.namespace || target.namespace || 'default',
      };
    })());

  const config: Record<string, string> = { strategy: settings.strategy };
  for (const [key, value] of Object.entries({
    namespace: settings.namespace,
    deployment: settings.deployment,
    container: settings.container,
    manifests: settings.manifests.join('\n'),
    kubeconfig: settings.kubeconfig,
    context: settings.context,
    'canary-steps': settings.strategy === 'canary' ? settings.canarySteps.join(',') : '',
    'canary-step-duration':
      settings.strategy === 'canary' && settings.canaryStepMs > 0
        ? `${settings.canaryStepMs / 1000}s`
        : '',
  }))
    if (value) config[key] = value;

  async function readDeployment(
    client: KubeClient,
    namespace: string,
    name: string,
  ): Promise<Deployment> {
    try {
      return await client.get<Deployment>(deploymentPath(namespace, name));
    } catch (error) {
      if (error instanceof KubeError && error.status === 404)
        throw new RolloutError(
          `deployment "${name}" does not exist in namespace ${namespace}`,
          false,
        );
      throw new RolloutError((error as Error).message, false, error);
    }
  }

  function containerOf(deployment: Deployment): string {
    const names = deployment.spec.template.spec.containers.map((c) => c.name);
    if (settings.container) {
      if (!names.includes(settings.container))
        throw new RolloutError(
          `deployment "${deployment.metadata.name}" has no container "${settings.container}" (it has ${names.join(', ')})`,
          false,
        );
      return settings.container;
    }
    if (names.length !== 1)
      throw new RolloutError(
        `deployment "${deployment.metadata.name}" has ${names.length} containers (${names.join(', ')}); set container`,
        false,
      );
    return names[0];
  }

  async function setImage(
    client: KubeClient,
    namespace: string,
    name: string,
    container: string,
    image: string,
  ) {
    await client.apply(deploymentPath(namespace, name), {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, namespace },
      spec: { template: { spec: { containers: [{ name: container, image }] } } },
    });
  }

  async function rolloutDeployment(
    image: string,
    context: RolloutContext,
    deadline: number,
  ): Promise<string> {
    const { client, namespace } = await connect();
    const name = settings.deployment!;
    const main = await readDeployment(client, namespace, name);
    const container = containerOf(main);
    if (settings.strategy === 'canary') {
      const canary = `${name}-canary`;
      const replicas = main.spec.replicas ?? 1;
      try {
        for (const step of settings.canarySteps.filter((s) => s < 100)) {
          const size = Math.max(1, Math.ceil((replicas * step) / 100));
          const stepStarted = new Date();
          await client.apply(
            deploymentPath(namespace, canary),
            canaryOf(main, canary, container, image, size),
          );
          await waitForRollout(client, namespace, canary, deadline, context);
          context.log.info(
            `canary ${step}%: ${size} of ${replicas + size} replicas run ${image} and are available`,
          );
          // The step runs its time (traffic reaches it) before it is judged.
          if (settings.canaryStepMs > 0) await pollPause(settings.canaryStepMs, context.signal);
          if (context.analyseCanary) {
            const analysis = await context.analyseCanary(context.signal, stepStarted);
            if (context.signal?.aborted) throw new CancelledError(false);
            if (analysis.verdict !== 'pass')
              throw new RolloutError(
                `analysis ${analysis.verdict} at ${step}%: ${analysis.reason}`,
              );
            context.log.info(`canary ${step}%: analysis pass (${analysis.reason})`);
          }
        }
      } catch (error) {
        await client.delete(deploymentPath(namespace, canary)).catch(() => {});
        if (error instanceof CancelledError) throw new CancelledError(false);
        if (error instanceof RolloutError)
          throw new RolloutError(`canary: ${error.message}; the canary was removed`, false, error);
        throw error;
      }
      await setImage(client, namespace, name, container, image);
      const done = await waitForRollout(client, namespace, name, deadline, context);
      await client.delete(deploymentPath(namespace, canary));
      return `canary ${settings.canarySteps.join('% → ')}%: ${done}`;
    }
    await setImage(client, namespace, name, container, image);
    return waitForRollout(client, namespace, name, deadline, context);
  }

  async function rolloutManifests(
    image: string,
    context: RolloutContext,
    deadline: number,
  ): Promise<string> {
    const { client, namespace } = await connect();
    const reference = parseImageReference(image, 'image');
    const repository = formatReference(reference);
    const objects = await readManifests(settings.manifests);
    if (substituteImage(objects, image, repository) === 0)
      throw new RolloutError(
        `no container in ${settings.manifests.join(', ')} runs ${repository}`,
        false,
      );
    for (const object of objects)
      await client.apply(objectPath(object, namespace), {
        ...object,
        metadata: { ...object.metadata, namespace: object.metadata.namespace ?? namespace },
      });
    const lines: string[] = [];
    for (const object of objects.filter((o) => o.kind === 'Deployment'))
      lines.push(
        await waitForRollout(
          client,
          object.metadata.namespace ?? namespace,
          object.metadata.name,
          deadline,
          context,
        ),
      );
    return `applied ${objects.length} object(s) server-side; ${lines.join('; ') || 'no Deployment to wait for'}`;
  }

  return {
    name: 'kubernetes',
    config,
    async current() {
      if (!settings.deployment) return undefined;
      try {
        const { client, namespace } = await connect();
        const d = await client.get<Deployment>(deploymentPath(namespace, settings.deployment));
        const containers = d.spec.template.spec.containers;
        return (
          settings.container ? containers.find((c) => c.name === settings.container) : containers[0]
        )?.image;
      } catch {
        return undefined;
      }
    },
    plan: (image) =>
      settings.manifests.length > 0
        ? `apply ${settings.manifests.join(', ')} server-side with ${image}`
        : `set deployment/${settings.deployment}${settings.container ? ` container ${settings.container}` : ''} to ${image}${settings.strategy === 'canary' ? ` (canary ${settings.canarySteps.join('% → ')}%)` : ''}`,
    async rollout(image, context) {
      const deadline = Date.now() + context.timeoutMs;
      const detail =
        settings.manifests.length > 0
          ? await rolloutManifests(image, context, deadline)
          : await rolloutDeployment(image, context, deadline);
      return { detail };
    },
  };
}
