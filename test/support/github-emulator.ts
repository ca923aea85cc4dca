/**
 * A GitHub REST API emulator for tests: a local HTTP server that @actions/github's
 * client reaches through GITHUB_API_URL. Every request and every response it handles is
 * validated against GitHub's published OpenAPI description (@octokit/openapi), so it
 * cannot drift into a friendlier fake; a mismatch is recorded in `violations` (tests
 * assert there are none) and an invalid request gets GitHub's 422.
 *
 * It keeps state (issue comments, check runs, deployments and their statuses, pull
 * requests) so tests
 * assert on outcomes. Tokens carry permissions: a write without the permission gets
 * GitHub's 403 "Resource not accessible by integration".
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { repoFixtures, type Json } from './github-objects.js';
import { ROUTES, type Route, type RouteContext } from './github-routes.js';

export type Permission = 'checks' | 'pull_requests' | 'issues' | 'deployments';
export type Access = 'read' | 'write';

export interface EmulatorOptions {
  /** token -> permissions; a token not listed gets 401. */
  tokens: Record<string, Partial<Record<Permission, Access>>>;
}

export interface GitHubEmulator {
  url: string;
  state: EmulatorState;
  /** Requests or responses that broke the OpenAPI contract. */
  violations: string[];
  /** Every request, `METHOD /path` (for diagnostics; assert on `state`). */
  requests: string[];
  /**
   * What GitHub does for a workflow job with `environment: <name>`: it creates its own
   * deployment (no payload, task `deploy`) and, when the job succeeds, a `success`
   * status, whose auto_inactive marks earlier deployments of a non-production
   * environment inactive. Made through the API, so the same rules apply.
   */
  jobDeployment(repository: string, environment: string, token: string): Promise<number>;
  stop(): Promise<void>;
}

export interface EmulatorState {
  nextId: number;
  comments: (Json & { issue: number; repo: string })[];
  checkRuns: (Json & { repo: string })[];
  deployments: (Json & { repo: string })[];
  statuses: (Json & { deployment_id: number })[];
  pulls: (Json & { repo: string })[];
}

const require = createRequire(import.meta.url);
let spec: Json | undefined;
let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

/** The OpenAPI document, parsed once per test file. */
function openapi(): Json {
  spec ??= require('@octokit/openapi/generated/api.github.com.json') as Json;
  return spec;
}

/** A validator for the schema at `segments` (a JSON pointer, unescaped) in the document. */
function validatorFor(segments: string[]): ValidateFunction {
  const pointer = segments
    .map((s) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1')))
    .join('/');
  let validate = validators.get(pointer);
  if (!validate) {
    if (!ajv) {
      ajv = new Ajv({ strict: false, allErrors: false, logger: false });
      const addFormats =
        (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
        addFormatsModule;
      (addFormats as unknown as (a: Ajv) => void)(ajv);
      ajv.addSchema(openapi() as object, 'gh');
    }
    validate = ajv.compile({ $ref: `gh#/${pointer}` });
    validators.set(pointer, validate);
  }
  return validate;
}

/** Starts the emulator on 127.0.0.1 on a free port. */
export async function startGitHubEmulator(options: EmulatorOptions): Promise<GitHubEmulator> {
  const state: EmulatorState = {
    nextId: 1000,
    comments: [],
    checkRuns: [],
    deployments: [],
    statuses: [],
    pulls: [],
  };
  const violations: string[] = [];
  const requests: string[] = [];
  let base = '';
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      violations.push(`emulator error on ${req.method} ${req.url}: ${String(error)}`);
      send(res, 500, { message: String(error) });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', base);
    const method = (req.method ?? 'GET').toLowerCase();
    requests.push(`${method.toUpperCase()} ${url.pathname}`);
    const match = matchRoute(method, url.pathname);
    if (!match) {
      violations.push(`unimplemented: ${method.toUpperCase()} ${url.pathname}`);
      return send(res, 404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest',
      });
    }
    const { route, params } = match;
    const operation = (openapi().paths as Json)[route.path]?.[method] as Json | undefined;
    if (!operation) throw new Error(`${route.path} ${method} is not in the OpenAPI description`);
    const token = (req.headers.authorization ?? '').replace(/^(token|Bearer)\s+/i, '');
    const permissions = options.tokens[token];
    if (!permissions)
      return send(res, 401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
      });
    const body = await readBody(req);
    const problem = checkRequest(route, operation, params, url.searchParams, body);
    if (problem) {
      violations.push(`request ${method.toUpperCase()} ${url.pathname}: ${problem}`);
      return send(res, 422, {
        message: 'Validation Failed',
        errors: [problem],
        documentation_url: 'https://docs.github.com/rest',
      });
    }
    const needed = route.permission;
    if (needed && !(method === 'get' ? permissions[needed] : permissions[needed] === 'write'))
      return send(res, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
        status: '403',
      });
    const context: RouteContext = {
      state,
      params,
      query: url.searchParams,
      body: body as Json,
      base,
      fixtures: repoFixtures(base, params.owner, params.repo),
    };
    const result = route.handle(context);
    const schemaPointer = [
      'paths',
      route.path,
      method,
      'responses',
      String(result.status),
      'content',
      'application/json',
      'schema',
    ];
    const responses = operation.responses as Json;
    if (!responses[String(result.status)])
      violations.push(`response ${result.status} is not documented for ${route.path} ${method}`);
    else if (result.body !== undefined && responses[String(result.status)].content) {
      const validate = validatorFor(schemaPointer);
      if (!validate(result.body))
        violations.push(
          `response of ${method.toUpperCase()} ${route.path}: ${ajv!.errorsText(validate.errors)}`,
        );
    }
    const headers: Record<string, string> = {};
    if (result.page) {
      const { page, last } = result.page;
      const link = (p: number, rel: string) => {
        const next = new URL(url);
        next.searchParams.set('page', String(p));
        return `<${next}>; rel="${rel}"`;
      };
      const links = [];
      if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
      if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
      if (links.length) headers.link = links.join(', ');
    }
    send(res, result.status, result.body, headers);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const call = async (token: string, path: string, body: Json) => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.status !== 201) throw new Error(`${path}: HTTP ${response.status}`);
    return (await response.json()) as { id: number };
  };
  return {
    url: base,
    state,
    violations,
    requests,
    async jobDeployment(repository, environment, token) {
      const { id } = await call(token, `/repos/${repository}/deployments`, {
        ref: 'main',
        environment,
        task: 'deploy',
        required_contexts: [],
        auto_merge: false,
      });
      await call(token, `/repos/${repository}/deployments/${id}/statuses`, {
        state: 'in_progress',
      });
      await call(token, `/repos/${repository}/deployments/${id}/statuses`, { state: 'success' });
      return id;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function matchRoute(method: string, pathname: string) {
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const names: string[] = [];
    const pattern = new RegExp(
      `^${route.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      })}$`,
    );
    const found = pattern.exec(pathname);
    if (found)
      return {
        route,
        params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(found[i + 1])])),
      };
  }
  return undefined;
}

/** Checks parameters and body against the operation; returns the first problem. */
function checkRequest(
  route: Route,
  operation: Json,
  params: Record<string, string>,
  query: URLSearchParams,
  body: unknown,
): string | undefined {
  const documented = new Set<string>();
  for (const raw of (operation.parameters ?? []) as Json[]) {
    const parameter = raw.$ref ? resolve(raw.$ref as string) : raw;
    documented.add(`${parameter.in}:${parameter.name}`);
    const value = parameter.in === 'path' ? params[parameter.name] : query.get(parameter.name);
    if (value === null || value === undefined) {
      if (parameter.required) return `missing ${parameter.in} parameter ${parameter.name}`;
      continue;
    }
    const schema = parameter.schema as Json;
    if (schema.type === 'integer' && !/^-?\d+$/.test(value))
      return `${parameter.name} must be an integer`;
    if (schema.enum && !(schema.enum as string[]).includes(value))
      return `${parameter.name} must be one of ${schema.enum}`;
  }
  for (const name of query.keys())
    if (!documented.has(`query:${name}`)) return `undocumented query parameter ${name}`;
  const requestBody = operation.requestBody as Json | undefined;
  if (!requestBody) return undefined;
  if (body === undefined) return requestBody.required ? 'missing request body' : undefined;
  const validate = validatorFor([
    'paths',
    route.path,
    route.method,
    'requestBody',
    'content',
    'application/json',
    'schema',
  ]);
  return validate(body) ? undefined : ajv!.errorsText(validate.errors);
}

function resolve(ref: string): Json {
  let node: Json = openapi();
  for (const part of ref.replace(/^#\//, '').split('/'))
    node = node[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return node;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}
