/**
 * The referrers API of the OCI distribution spec 1.1, in front of a real registry that
 * lacks it (Debian's docker-registry 2.8). Everything is forwarded to that registry;
 * on top, as the spec says:
 * - a manifest PUT whose body has a `subject` is answered with `OCI-Subject: <digest>`
 *   once the registry stored it, and the manifest is indexed as a referrer of it;
 * - `GET /v2/<name>/referrers/<digest>` answers 200 with an image index of the
 *   referrers' descriptors (`artifactType`: the manifest's, else its config's media
 *   type; its annotations), an empty one for a digest with none (never 404), filtered
 *   by `?artifactType=` with `OCI-Filters-Applied: artifactType`.
 */
import { createHash } from 'node:crypto';
import {
  createServer,
  request,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';

interface Referrer {
  mediaType: string;
  digest: string;
  size: number;
  artifactType: string;
  annotations?: Record<string, string>;
}

export interface ReferrersRegistry {
  host: string;
  /** Requests seen, as `METHOD path`. */
  log: string[];
  stop(): Promise<void>;
}

const INDEX = 'application/vnd.oci.image.index.v1+json';

export async function startReferrersRegistry(upstream: string): Promise<ReferrersRegistry> {
  const [upstreamHost, upstreamPort] = upstream.split(':');
  const log: string[] = [];
  const referrers = new Map<string, Referrer[]>();

  const forward = (req: IncomingMessage, res: ServerResponse, body?: Buffer) =>
    new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>(
      (resolve, reject) => {
        const upstreamRequest = request(
          {
            host: upstreamHost,
            port: Number(upstreamPort),
            method: req.method,
            path: req.url,
            headers: req.headers,
          },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () =>
              resolve({
                status: response.statusCode ?? 502,
                headers: response.headers,
                body: Buffer.concat(chunks),
              }),
            );
          },
        );
        upstreamRequest.on('error', reject);
        if (body) upstreamRequest.end(body);
        else req.pipe(upstreamRequest);
        res.on('close', () => upstreamRequest.destroy());
      },
    );

  const server: Server = createServer(async (req, res) => {
    log.push(`${req.method} ${req.url}`);
    const url = new URL(req.url ?? '/', 'http://registry');
    const listing = /^\/v2\/(.+)\/referrers\/(sha256:[a-f0-9]{64})$/.exec(url.pathname);
    if (req.method === 'GET' && listing) {
      const wanted = url.searchParams.get('artifactType');
      const all = referrers.get(`${listing[1]}@${listing[2]}`) ?? [];
      const manifests = wanted ? all.filter((r) => r.artifactType === wanted) : all;
      res.writeHead(200, {
        'content-type': INDEX,
        ...(wanted ? { 'oci-filters-applied': 'artifactType' } : {}),
      });
      res.end(JSON.stringify({ schemaVersion: 2, mediaType: INDEX, manifests }));
      return;
    }
    const put = /^\/v2\/(.+)\/manifests\/[^/]+$/.exec(url.pathname);
    try {
      if (req.method === 'PUT' && put) {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        const body = Buffer.concat(chunks);
        const answer = await forward(req, res, body);
        const extra: Record<string, string> = {};
        const manifest = parse(body);
        if (answer.status === 201 && manifest?.subject?.digest) {
          const key = `${put[1]}@${manifest.subject.digest}`;
          const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
          const list = referrers.get(key) ?? [];
          if (!list.some((r) => r.digest === digest))
            list.push({
              mediaType: manifest.mediaType ?? String(req.headers['content-type']),
              digest,
              size: body.length,
              artifactType: manifest.artifactType ?? manifest.config?.mediaType ?? '',
              ...(manifest.annotations ? { annotations: manifest.annotations } : {}),
            });
          referrers.set(key, list);
          extra['oci-subject'] = manifest.subject.digest;
        }
        res.writeHead(answer.status, { ...answer.headers, ...extra });
        res.end(answer.body);
        return;
      }
      const answer = await forward(req, res);
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body);
    } catch {
      res.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    host: `127.0.0.1:${port}`,
    log,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function parse(body: Buffer):
  | {
      mediaType?: string;
      artifactType?: string;
      config?: { mediaType?: string };
      subject?: { digest?: string };
      annotations?: Record<string, string>;
    }
  | undefined {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}
