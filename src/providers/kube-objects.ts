/**
 * The Kubernetes objects deploy handles: Deployments (their API paths, the canary copy),
 * and manifests read from files with the model image substituted into their pod specs.
 */
import { readFile } from 'node:fs/promises';
import { parseAllDocuments } from 'yaml';
import { ConfigurationError } from '../core/errors.js';
import { namesRepository } from '../oci/reference.js';

export interface Container {
  name: string;
  image?: string;
  [key: string]: unknown;
}

export interface Deployment {
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

/** The API path of a Deployment. */
export const deploymentPath = (namespace: string, name: string) =>
  `/apis/apps/v1/namespaces/${encodeURIComponent(namespace)}/deployments/${encodeURIComponent(name)}`;

export /** The canary Deployment: the main one's pod template on the new image, its own selector. */
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

/** Every object of the manifest files, in order. */
export async function readManifests(files: string[]): Promise<Deployment[]> {
  const objects: Deployment[] = [];
  for (const file of files) {
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
  return objects;
}

/** Points every container that runs `repository` at `image`; returns how many. */
export function substituteImage(objects: Deployment[], image: string, repository: string): number {
  let substituted = 0;
  for (const object of objects)
    for (const container of podContainers(object))
      if (typeof container.image === 'string' && namesRepository(container.image, repository)) {
        container.image = image;
        substituted++;
      }
  return substituted;
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
export function objectPath(object: Deployment, namespace: string): string {
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
