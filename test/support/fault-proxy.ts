/**
 * A reverse proxy on 127.0.0.1 in front of a real registry that injects faults:
 * error statuses (with Retry-After), connections dropped after part of a request
 * body, and failures that never stop. It forwards the Host header, so the registry's
 * Location URLs point back at the proxy.
 */
import {
  createServer,
  request,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';

export interface Fault {
  /** Which requests it applies to. */
  match: (req: IncomingMessage) => boolean;
  /** How many matching requests it hits (Infinity for always). */
  times: number;
  /** Answer with this status (and Retry-After, seconds)... */
  status?: number;
  retryAfter?: number;
  /** ...or forward, then drop the connection after this many body bytes. */
  dropAfterBytes?: number;
}

export interface FaultProxy {
  host: string;
  /** Requests seen, as `METHOD path`, and which were hit by a fault. */
  log: { request: string; fault?: string }[];
  stop(): Promise<void>;
}

export async function startFaultProxy(upstream: string, faults: Fault[]): Promise<FaultProxy> {
  const [upstreamHost, upstreamPort] = upstream.split(':');
  const log: FaultProxy['log'] = [];
  const remaining = faults.map((f) => f.times);
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const index = faults.findIndex((f, i) => remaining[i] > 0 && f.match(req));
    const fault = index >= 0 ? faults[index] : undefined;
    if (fault) remaining[index] -= 1;
    const entry: FaultProxy['log'][number] = { request: `${req.method} ${req.url}` };
    log.push(entry);
    if (fault?.status) {
      entry.fault = `status ${fault.status}`;
      req.resume();
      res.writeHead(
        fault.status,
        fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {},
      );
      res.end(
        JSON.stringify({
          errors: [{ code: 'INJECTED', message: 'fault injected by the test proxy' }],
        }),
      );
      return;
    }
    const upstreamRequest = request(
      {
        host: upstreamHost,
        port: Number(upstreamPort),
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (upstreamResponse) => {
        res.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers);
        upstreamResponse.pipe(res);
      },
    );
    upstreamRequest.on('error', () => res.destroy());
    if (fault?.dropAfterBytes !== undefined) {
      entry.fault = `drop after ${fault.dropAfterBytes} bytes`;
      let seen = 0;
      req.on('data', (chunk: Buffer) => {
        const keep = Math.max(0, Math.min(chunk.length, fault.dropAfterBytes! - seen));
        if (keep > 0) upstreamRequest.write(chunk.subarray(0, keep));
        seen += chunk.length;
        if (seen >= fault.dropAfterBytes!) {
          upstreamRequest.destroy();
          req.socket.destroy();
        }
      });
      return;
    }
    req.pipe(upstreamRequest);
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
