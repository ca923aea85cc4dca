/**
 * The Actions cache service (v2) that @actions/cache talks to inside a job, for tests: the
 * Twirp JSON API `github.actions.results.api.v1.CacheService` (CreateCacheEntry,
 * FinalizeCacheEntryUpload, GetCacheEntryDownloadURL) at ACTIONS_RESULTS_URL, and the blob
 * storage its signed URLs point at (an Azure Blob `Put Blob`, then a plain GET). Every
 * request body is read with the toolkit's own generated message types (unknown fields
 * are errors there), so the double cannot accept what the service would not. Entries are
 * keyed by (key, version), as the service keys them; an entry is only found once finalized,
 * and a key cannot be reserved twice.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

interface Entry {
  key: string;
  version: string;
  blob?: Buffer;
  finalized: boolean;
}

export interface ActionsCacheService {
  /** The variables a job has when the runner offers the cache. */
  env: Record<string, string>;
  /** Requests seen, as `METHOD path` (Twirp method names for the API). */
  log: string[];
  entries: Entry[];
  stop(): Promise<void>;
}

type MessageType = { fromJson(json: unknown): unknown };

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';

export async function startActionsCacheService(): Promise<ActionsCacheService> {
  // The toolkit's generated protobuf types: the contract it speaks.
  const messages = (await import(
    pathToFileURL(resolve('node_modules/@actions/cache/lib/generated/results/api/v1/cache.js')).href
  )) as Record<string, MessageType>;
  const entries: Entry[] = [];
  const log: string[] = [];
  let base = '';
  const read = async (req: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };
  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://cache');
    if (url.pathname.startsWith(SERVICE) && req.method === 'POST') {
      const method = url.pathname.slice(SERVICE.length);
      log.push(`POST ${method}`);
      if (req.headers.authorization !== 'Bearer runtime-token')
        return json(res, 401, { code: 'unauthenticated', msg: 'bad token' });
      let body: { key?: string; version?: string; restore_keys?: string[] };
      try {
        const raw = JSON.parse((await read(req)).toString('utf8'));
        messages[`${method}Request`].fromJson(raw);
        body = raw;
      } catch (error) {
        return json(res, 400, { code: 'malformed', msg: (error as Error).message });
      }
      const { key = '', version = '' } = body;
      if (method === 'CreateCacheEntry') {
        if (entries.some((e) => e.key === key && e.version === version))
          return json(res, 409, { code: 'already_exists', msg: 'cache entry already exists' });
        const id = entries.push({ key, version, finalized: false }) - 1;
        return json(res, 200, {
          ok: true,
          signed_upload_url: `${base}/blobs/account/cache/${id}?sig=upload`,
        });
      }
      if (method === 'FinalizeCacheEntryUpload') {
        const entry = entries.find((e) => e.key === key && e.version === version && e.blob);
        if (!entry) return json(res, 200, { ok: false, message: 'no upload for that key' });
        entry.finalized = true;
        return json(res, 200, { ok: true, entry_id: String(entries.indexOf(entry) + 1) });
      }
      if (method === 'GetCacheEntryDownloadURL') {
        for (const wanted of [key, ...(body.restore_keys ?? [])]) {
          const entry = entries.find(
            (e) => e.finalized && e.version === version && e.key === wanted,
          );
          if (entry)
            return json(res, 200, {
              ok: true,
              signed_download_url: `${base}/blobs/account/cache/${entries.indexOf(entry)}?sig=download`,
              matched_key: entry.key,
            });
        }
        return json(res, 200, { ok: false });
      }
      return json(res, 404, { code: 'bad_route', msg: method });
    }
    const blob = /^\/blobs\/account\/cache\/(\d+)$/.exec(url.pathname);
    const entry = blob ? entries[Number(blob[1])] : undefined;
    log.push(`${req.method} ${url.pathname}`);
    if (entry && req.method === 'PUT' && url.searchParams.get('sig') === 'upload') {
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob') {
        res.writeHead(400);
        return res.end('x-ms-blob-type must be BlockBlob');
      }
      entry.blob = await read(req);
      res.writeHead(201, {
        etag: '"0x1"',
        'last-modified': new Date().toUTCString(),
        'x-ms-request-completed': 'true',
        'x-ms-version': '2025-01-05',
      });
      return res.end();
    }
    if (entry?.blob && req.method === 'GET' && url.searchParams.get('sig') === 'download') {
      res.writeHead(200, { 'content-length': entry.blob.length });
      return res.end(entry.blob);
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    env: {
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: `${base}/`,
      ACTIONS_RUNTIME_TOKEN: 'runtime-token',
    },
    log,
    entries,
    stop: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
