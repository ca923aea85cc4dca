/**
 * A Kubernetes API server test double for the kubernetes provider: no real one can run
 * on these machines. It implements the semantics a deploy depends on, not a recording
 * of calls:
 * - server-side apply (PATCH `application/apply-patch+yaml` with a fieldManager; 415
 *   for another content type, 400 without a manager): creates missing objects, merges
 *   maps, merges `containers` by name (the strategic merge key), replaces other lists;
 *   `metadata.generation` bumps only when the spec changes; a Deployment whose selector
 *   does not match its template's labels is refused (422), as the API server does;
 * - a Deployment controller ticking every `tickMs`: it observes the new generation, then
 *   replaces old replicas one at a time (surge 1, unavailable 0); pods of an image marked
 *   broken never become available, and once `progressDeadlineMs` passes the Deployment
 *   gets `Progressing=False, reason ProgressDeadlineExceeded`;
 * - GET, DELETE, bearer-token auth (401), and Status objects for errors.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';

// Kubernetes objects are free-form JSON here, as they are on the wire.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

export interface KubeApiServer {
  url: string;
  /** Stored objects by API path. */
  objects: Map<string, Obj>;
  /** Images whose pods never become ready. */
  broken: Set<string>;
  /** Every apply, as `fieldManager path`. */
  applies: string[];
  /** Writes a kubeconfig for this server (token auth) and returns its path. */
  kubeconfig(path: string, namespace?: string): string;
  stop(): Promise<void>;
}

interface Rollout {
  template: string;
  old: number;
  startedAt: number;
}

export async function startKubeApiServer(
  options: { token?: string; tickMs?: number; progressDeadlineMs?: number } = {},
): Promise<KubeApiServer> {
  const token = options.token ?? 'kube-token';
  const tickMs = options.tickMs ?? 20;
  const deadlineMs = options.progressDeadlineMs ?? 600;
  const objects = new Map<string, Obj>();
  const rollouts = new Map<string, Rollout>();
  const broken = new Set<string>();
  const applies: string[] = [];
  let version = 1;

  const status = (res: ServerResponse, code: number, reason: string, message: string) => {
    res.writeHead(code, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        kind: 'Status',
        apiVersion: 'v1',
        status: 'Failure',
        message,
        reason,
        code,
      }),
    );
  };
  const send = (res: ServerResponse, code: number, body: Obj) => {
    res.writeHead(code, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (req.headers.authorization !== `Bearer ${token}`)
      return status(res, 401, 'Unauthorized', 'Unauthorized');
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    const match =
      /^\/(?:api\/v1|apis\/[^/]+\/[^/]+)(?:\/namespaces\/[^/]+)?\/([^/]+)\/([^/]+)$/.exec(path);
    if (!match)
      return status(
        res,
        404,
        'NotFound',
        `the server could not find the requested resource (${path})`,
      );
    const [, plural, name] = match;
    const what = `${plural}${path.startsWith('/apis/apps/') ? '.apps' : ''} "${decodeURIComponent(name)}"`;
    if (req.method === 'GET') {
      const object = objects.get(path);
      return object ? send(res, 200, object) : status(res, 404, 'NotFound', `${what} not found`);
    }
    if (req.method === 'DELETE') {
      if (!objects.delete(path)) return status(res, 404, 'NotFound', `${what} not found`);
      rollouts.delete(path);
      return send(res, 200, { kind: 'Status', status: 'Success' });
    }
    if (req.method !== 'PATCH')
      return status(res, 405, 'MethodNotAllowed', `${req.method} is not supported`);
    if (req.headers['content-type'] !== 'application/apply-patch+yaml')
      return status(
        res,
        415,
        'UnsupportedMediaType',
        `the body of the request was in an unknown format - accepted media types include: application/apply-patch+yaml`,
      );
    const manager = url.searchParams.get('fieldManager');
    if (!manager)
      return status(
        res,
        400,
        'BadRequest',
        'PATCH requests with apply content type must specify fieldManager',
      );
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let patch: Obj;
    try {
      patch = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return status(res, 400, 'BadRequest', 'the request body is not valid YAML');
    }
    if (patch.metadata?.name !== decodeURIComponent(name))
      return status(
        res,
        400,
        'BadRequest',
        'the name of the object does not match the name on the URL',
      );
    if (!patch.apiVersion || !patch.kind)
      return status(res, 400, 'BadRequest', 'apiVersion and kind are required');
    applies.push(`${manager} ${path}`);
    const existing = objects.get(path);
    const merged = existing ? merge(existing, patch) : { ...patch, status: {} };
    merged.metadata = { ...merged.metadata, resourceVersion: String(version++) };
    if (merged.kind === 'Deployment') {
      const problem = checkDeployment(merged);
      if (problem)
        return status(
          res,
          422,
          'Invalid',
          `Deployment.apps "${merged.metadata.name}" is invalid: ${problem}`,
        );
      const specChanged =
        !existing || JSON.stringify(existing.spec) !== JSON.stringify(merged.spec);
      merged.metadata.generation = (existing?.metadata.generation ?? 0) + (specChanged ? 1 : 0);
      merged.spec.replicas ??= 1;
      const template = JSON.stringify(merged.spec.template);
      const current = rollouts.get(path);
      if (!current || current.template !== template)
        rollouts.set(path, {
          template,
          old: existing ? (existing.status?.replicas ?? 0) : 0,
          startedAt: Date.now(),
        });
    }
    objects.set(path, merged);
    send(res, existing ? 200 : 201, merged);
  }

  /** One controller pass over every Deployment. */
  function tick() {
    for (const [path, d] of objects) {
      if (d.kind !== 'Deployment') continue;
      const rollout = rollouts.get(path)!;
      const s = (d.status ??= {});
      if ((s.observedGeneration ?? 0) < d.metadata.generation) {
        s.observedGeneration = d.metadata.generation;
        s.updatedReplicas = 0;
        s.replicas = rollout.old;
        s.availableReplicas = rollout.old;
        s.conditions = [{ type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated' }];
        continue;
      }
      const images: string[] = d.spec.template.spec.containers.map((c: Obj) => c.image);
      const healthy = !images.some((image) => broken.has(image));
      const wanted = d.spec.replicas;
      if (s.conditions?.[0]?.reason === 'ProgressDeadlineExceeded') continue;
      if (!healthy) {
        // The surge pod is created but never ready; old pods stay.
        s.updatedReplicas = Math.min(wanted, 1);
        s.replicas = rollout.old + s.updatedReplicas;
        s.availableReplicas = rollout.old;
        if (Date.now() - rollout.startedAt > deadlineMs)
          s.conditions = [
            {
              type: 'Progressing',
              status: 'False',
              reason: 'ProgressDeadlineExceeded',
              message: `ReplicaSet "${d.metadata.name}-${rollout.template.length}" has timed out progressing.`,
            },
          ];
        continue;
      }
      if (s.updatedReplicas < wanted) s.updatedReplicas++;
      rollout.old = Math.max(0, Math.min(rollout.old, wanted - s.updatedReplicas));
      s.replicas = s.updatedReplicas + rollout.old;
      s.availableReplicas = s.replicas;
      if (s.updatedReplicas === wanted && rollout.old === 0)
        s.conditions = [{ type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable' }];
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => status(res, 500, 'InternalError', String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const timer = setInterval(tick, tickMs);
  return {
    url,
    objects,
    broken,
    applies,
    kubeconfig(path, namespace) {
      writeFileSync(
        path,
        [
          'apiVersion: v1',
          'kind: Config',
          'current-context: test',
          'clusters:',
          '  - name: test',
          '    cluster:',
          `      server: ${url}`,
          'contexts:',
          '  - name: test',
          '    context:',
          '      cluster: test',
          '      user: deployer',
          ...(namespace ? [`      namespace: ${namespace}`] : []),
          'users:',
          '  - name: deployer',
          '    user:',
          `      token: ${token}`,
          '',
        ].join('\n'),
      );
      return path;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        clearInterval(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Server-side apply's merge: maps merge, `containers` merge by name, other lists are replaced. */
function merge(base: Obj, patch: Obj): Obj {
  const out: Obj = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (
      (key === 'containers' || key === 'initContainers') &&
      Array.isArray(value) &&
      Array.isArray(base[key])
    ) {
      const byName = new Map<string, Obj>(base[key].map((c: Obj) => [c.name, c]));
      for (const c of value as Obj[])
        byName.set(c.name, byName.has(c.name) ? merge(byName.get(c.name)!, c) : c);
      out[key] = [...byName.values()];
    } else if (
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      base[key] &&
      typeof base[key] === 'object'
    )
      out[key] = merge(base[key], value as Obj);
    else out[key] = value;
  }
  return out;
}

function checkDeployment(d: Obj): string | undefined {
  const selector: Obj = d.spec?.selector?.matchLabels ?? {};
  const labels: Obj = d.spec?.template?.metadata?.labels ?? {};
  if (Object.keys(selector).length === 0) return 'spec.selector: Required value';
  if (Object.entries(selector).some(([k, v]) => labels[k] !== v))
    return 'spec.template.metadata.labels: Invalid value: `selector` does not match template `labels`';
  const containers: Obj[] = d.spec?.template?.spec?.containers ?? [];
  if (containers.length === 0) return 'spec.template.spec.containers: Required value';
  const nameless = containers.find((c) => !c.name || !c.image);
  if (nameless) return 'spec.template.spec.containers: name and image are required';
  return undefined;
}
