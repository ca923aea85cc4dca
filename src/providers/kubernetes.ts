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
import { readFile } from 'node:fs/promises';
import { parseAllDocuments } from 'yaml';
import { ConfigurationError } from '../core/errors.js';
import { formatDuration } from '../core/duration.js';
import { sleep } from '../oci/retry.js';
import { formatReference, namesRepository, parseImageReference } from '../oci/reference.js';
import { KubeClient, KubeError } from './kube-client.js';
import { kubeconfigPath, loadKubeconfig } from './kube-config.js';
import { RolloutError, type Provider, type RolloutContext } from './provider.js';

export interface KubernetesSettings {
  namespace?: string;
  deployment?: string;
  container?: string;
  manifests: string[];
  kubeconfig?: string;
  context?: string;
  strategy: 'rolling' | 'canary';
  canarySteps: number[];
}

interface Container {
  name: string;
  image?: string;
  [key: string]: unknown;
}

interface Deployment {
  apiVersion?: string;
  kind?: string;
  metadata: {
    name: string;
    namespace?: string;
    generation?: number;
    labels?: Record<string, string>;
  };
  spec: {
    replicas?: number;
    selector?: { matchLabels?: Record<string, string> };
    template: { metadata?: { labels?: Record<string, string> }; spec: { containers: Container[] } };
    [key: string]: unknown;
  };
  status?: {
    observedGeneration?: number;
    replicas?: number;
    updatedReplicas?: number;
    availableReplicas?: number;
    conditions?: { type: string; status: string; reason?: string; message?: string }[];
  };
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
  const deploymentPath = (namespace: string, name: string) =>
    `/apis/apps/v1/namespaces/${encodeURIComponent(namespace)}/deployments/${encodeURIComponent(name)}`;

  const config: Record<string, string> = { strategy: settings.strategy };
  for (const [key, value] of Object.entries({
    namespace: settings.namespace,
    deployment: settings.deployment,
    container: settings.container,
    manifests: settings.manifests.join('\n'),
    kubeconfig: settings.kubeconfig,
    context: settings.context,
    'canary-steps': settings.strategy === 'canary' ? settings.canarySteps.join(',') : '',
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
      throw new RolloutError((error as Error).message, false);
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

  /** Waits like `kubectl rollout status`; returns the final line. */
  async function waitForRollout(
    client: KubeClient,
    namespace: string,
    name: string,
    deadline: number,
    context: RolloutContext,
  ): Promise<string> {
    const poll = Math.min(1000, Math.max(25, context.timeoutMs / 40));
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
      await sleep(poll);
    }
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
          await client.apply(
            deploymentPath(namespace, canary),
            canaryOf(main, canary, container, image, size),
          );
          await waitForRollout(client, namespace, canary, deadline, context);
          context.log.info(
            `canary ${step}%: ${size} of ${replicas + size} replicas run ${image} and are available`,
          );
        }
      } catch (error) {
        await client.delete(deploymentPath(namespace, canary)).catch(() => {});
        if (error instanceof RolloutError)
          throw new RolloutError(`canary: ${error.message}; the canary was removed`, false);
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
    const objects: Deployment[] = [];
    for (const file of settings.manifests) {
      const text = await readFile(file, 'utf8').catch(() => {
        throw new ConfigurationError('manifests', 'cannot be read', file);
      });
      for (const document of parseAllDocuments(text) as ReturnType<typeof parseAllDocuments> &
        unknown[]) {
        if (document.errors.length)
          throw new ConfigurationError(
            'manifests',
            `${file} is not valid YAML: ${document.errors[0].message}`,
            file,
          );
        const object = document.toJS() as Deployment | null;
        if (object) objects.push(object);
      }
    }
    let substituted = 0;
    for (const object of objects)
      for (const container of podContainers(object))
        if (typeof container.image === 'string' && namesRepository(container.image, repository)) {
          container.image = image;
          substituted++;
        }
    if (substituted === 0)
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

/** The canary Deployment: the main one's pod template on the new image, its own selector. */
function canaryOf(
  main: Deployment,
  name: string,
  container: string,
  image: string,
  replicas: number,
): Deployment {
  const labels = {
    ...(main.spec.template.metadata?.labels ?? {}),
    'modelgate.dev/track': 'canary',
  };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name,
      namespace: main.metadata.namespace,
      labels: { 'modelgate.dev/canary-of': main.metadata.name },
    },
    spec: {
      replicas,
      selector: {
        matchLabels: {
          ...(main.spec.selector?.matchLabels ?? {}),
          'modelgate.dev/track': 'canary',
        },
      },
      template: {
        metadata: { labels },
        spec: {
          ...main.spec.template.spec,
          containers: main.spec.template.spec.containers.map((c) =>
            c.name === container ? { ...c, image } : c,
          ),
        },
      },
    },
  };
}

function podContainers(object: Deployment): Container[] {
  const pod = (
    object as unknown as {
      spec?: { template?: { spec?: Record<string, unknown> } } & Record<string, unknown>;
    }
  ).spec;
  const spec = (pod?.template?.spec ?? (object.kind === 'Pod' ? pod : undefined)) as
    { containers?: Container[]; initContainers?: Container[] } | undefined;
  return [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])];
}

const CLUSTER_SCOPED = new Set([
  'Namespace',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'PersistentVolume',
  'StorageClass',
  'PriorityClass',
]);

/** The API path of an object: group/version from apiVersion, the plural of its kind. */
function objectPath(object: Deployment, namespace: string): string {
  const { apiVersion = '', kind = '' } = object;
  if (!apiVersion || !kind || !object.metadata?.name)
    throw new ConfigurationError(
      'manifests',
      'every object needs apiVersion, kind and metadata.name',
      `${kind} ${object.metadata?.name ?? ''}`,
    );
  const lower = kind.toLowerCase();
  const plural = /(s|x|ch|sh)$/.test(lower)
    ? `${lower}es`
    : /[^aeiou]y$/.test(lower)
      ? `${lower.slice(0, -1)}ies`
      : `${lower}s`;
  const base = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
  const scope = CLUSTER_SCOPED.has(kind)
    ? ''
    : `/namespaces/${encodeURIComponent(object.metadata.namespace ?? namespace)}`;
  return `${base}${scope}/${plural}/${encodeURIComponent(object.metadata.name)}`;
}
