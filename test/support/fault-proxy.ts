/**
 * A reverse proxy on 127.0.0.1 in front of a real registry that injects faults:
 * error statuses (with Retry-After), connections dropped after part of a request
 * body, requests held open (a slow registry), and failures that never stop. It forwards
 * the Host header, so the registry's Location URLs point back at the proxy.
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
  /** ...or forward, then drop the connection after this many body bytes... */
  dropAfterBytes?: number;
  /**
   * ...or hold it this long: `request` holds it before forwarding and, like nginx's default
   * (`proxy_ignore_client_abort off`), never forwards it if the client gives up meanwhile;
   * `response` forwards it at once and holds the registry's answer.
   */
  holdMs?: number;
  hold?: 'request' | 'response';
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
    if (fault?.holdMs !== undefined && fault.hold !== 'response') {
      entry.fault = `held ${fault.holdMs} ms`;
      let gone = false;
      res.on('close', () => (gone = true));
      const body: Buffer[] = [];
      req.on('data', (chunk: Buffer) => body.push(chunk));
      setTimeout(() => {
        if (gone) {
          entry.fault += '; the client left, not forwarded';
          return;
        }
        forward(req, res, entry, Buffer.concat(body));
      }, fault.holdMs).unref();
      return;
    }
    if (fault?.holdMs !== undefined) entry.fault = `answer held ${fault.holdMs} ms`;
    forward(req, res, entry, undefined, fault);
  });
  const forward = (
    req: IncomingMessage,
    res: ServerResponse,
    entry: FaultProxy['log'][number],
    body: Buffer | undefined,
    fault?: Fault,
  ) => {
    const upstreamRequest = request(
      {
        host: upstreamHost,
        port: Number(upstreamPort),
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (upstreamResponse) => {
        const answer = () => {
          res.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers);
          upstreamResponse.pipe(res);
        };
        if (fault?.holdMs !== undefined) setTimeout(answer, fault.holdMs).unref();
        else answer();
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
    if (body) upstreamRequest.end(body);
    else req.pipe(upstreamRequest);
  };
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
