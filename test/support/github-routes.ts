/**
 * The endpoints the GitHub emulator implements, each keyed by its OpenAPI path, with the
 * permission a write needs. Handlers work on the emulator's state and return full
 * objects; the emulator validates them against the OpenAPI description.
 */
import { now, pullRequestObject, type Json, type repoFixtures } from './github-objects.js';
import type { EmulatorState, Permission } from './github-emulator.js';

export interface RouteContext {
  state: EmulatorState;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Json;
  base: string;
  fixtures: ReturnType<typeof repoFixtures>;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  page?: { page: number; last: number };
}

export interface Route {
  method: string;
  path: string;
  permission?: Permission;
  handle(context: RouteContext): RouteResult;
}

const repoKey = (params: Record<string, string>) => `${params.owner}/${params.repo}`;
const strip = <T extends Json>({
  repo: _repo,
  issue: _issue,
  deployment_id: _d,
  request: _request,
  ...rest
}: T) => rest;
const notFound = {
  status: 404,
  body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
};

/** One page of `items` as GitHub pages lists (per_page default 30, max 100). */
function paginate(items: unknown[], query: URLSearchParams): RouteResult {
  const perPage = Math.min(Number(query.get('per_page') ?? 30), 100);
  const page = Number(query.get('page') ?? 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  return {
    status: 200,
    body: items.slice((page - 1) * perPage, page * perPage),
    page: { page, last },
  };
}

function comment({ state, params, body, fixtures }: RouteContext, issue: number): Json {
  const id = state.nextId++;
  return {
    repo: repoKey(params),
    issue,
    id,
    node_id: `IC_${id}`,
    url: `${fixtures.api}/issues/comments/${id}`,
    html_url: `${fixtures.html}/pull/${issue}#issuecomment-${id}`,
    issue_url: `${fixtures.api}/issues/${issue}`,
    body: body.body,
    user: fixtures.user,
    created_at: now(),
    updated_at: now(),
    author_association: 'NONE',
  };
}

function checkRunOutput(fixtures: RouteContext['fixtures'], id: number, output?: Json): Json {
  return {
    title: output?.title ?? null,
    summary: output?.summary ?? null,
    text: output?.text ?? null,
    annotations_count: 0,
    annotations_url: `${fixtures.api}/check-runs/${id}/annotations`,
  };
}

export const ROUTES: Route[] = [
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    permission: 'pull_requests',
    handle: ({ state, params, query }) =>
      paginate(
        state.comments
          .filter((c) => c.repo === repoKey(params) && c.issue === Number(params.issue_number))
          .map(strip),
        query,
      ),
  },
  {
    method: 'post',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    permission: 'pull_requests',
    handle(context) {
      const created = comment(context, Number(context.params.issue_number));
      context.state.comments.push(created as EmulatorState['comments'][number]);
      return { status: 201, body: strip(created) };
    },
  },
  {
    method: 'patch',
    path: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    permission: 'pull_requests',
    handle({ state, params, body }) {
      const found = state.comments.find(
        (c) => c.repo === repoKey(params) && c.id === Number(params.comment_id),
      );
      if (!found) return notFound;
      Object.assign(found, { body: body.body, updated_at: now() });
      return { status: 200, body: strip(found) };
    },
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/commits/{ref}/check-runs',
    permission: 'checks',
    handle({ state, params, query }) {
      let runs = state.checkRuns.filter(
        (r) => r.repo === repoKey(params) && r.head_sha === params.ref,
      );
      const name = query.get('check_name');
      if (name) runs = runs.filter((r) => r.name === name);
      if (query.get('filter') !== 'all')
        runs = runs.filter((r) => runs.filter((o) => o.name === r.name).at(-1) === r);
      return { status: 200, body: { total_count: runs.length, check_runs: runs.map(strip) } };
    },
  },
  {
    method: 'post',
    path: '/repos/{owner}/{repo}/check-runs',
    permission: 'checks',
    handle({ state, params, body, fixtures }) {
      const id = state.nextId++;
      const run = {
        repo: repoKey(params),
        id,
        node_id: `CR_${id}`,
        head_sha: body.head_sha,
        name: body.name,
        external_id: body.external_id ?? '',
        url: `${fixtures.api}/check-runs/${id}`,
        html_url: `${fixtures.html}/runs/${id}`,
        details_url: body.details_url ?? null,
        status: body.conclusion ? 'completed' : (body.status ?? 'queued'),
        conclusion: body.conclusion ?? null,
        started_at: body.started_at ?? now(),
        completed_at: body.conclusion ? (body.completed_at ?? now()) : null,
        output: checkRunOutput(fixtures, id, body.output),
        check_suite: { id: 1 },
        app: fixtures.app,
        pull_requests: [],
      };
      state.checkRuns.push(run);
      return { status: 201, body: strip(run) };
    },
  },
  {
    method: 'patch',
    path: '/repos/{owner}/{repo}/check-runs/{check_run_id}',
    permission: 'checks',
    handle({ state, params, body, fixtures }) {
      const run = state.checkRuns.find(
        (r) => r.repo === repoKey(params) && r.id === Number(params.check_run_id),
      );
      if (!run) return notFound;
      const { output, ...fields } = body;
      Object.assign(run, fields);
      if (output) run.output = checkRunOutput(fixtures, run.id, output);
      if (body.conclusion) run.status = 'completed';
      return { status: 200, body: strip(run) };
    },
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/deployments',
    permission: 'deployments',
    handle({ state, params, query }) {
      const environment = query.get('environment');
      const list = state.deployments
        .filter(
          (d) => d.repo === repoKey(params) && (!environment || d.environment === environment),
        )
        .reverse();
      return paginate(list.map(strip), query);
    },
  },
  {
    method: 'post',
    path: '/repos/{owner}/{repo}/deployments',
    permission: 'deployments',
    handle({ state, params, body, fixtures }) {
      const id = state.nextId++;
      const environment = body.environment ?? 'production';
      const deployment = {
        repo: repoKey(params),
        url: `${fixtures.api}/deployments/${id}`,
        id,
        node_id: `DE_${id}`,
        sha: /^[0-9a-f]{40}$/.test(body.ref) ? body.ref : 'a'.repeat(40),
        ref: body.ref,
        task: body.task ?? 'deploy',
        payload: body.payload ?? {},
        original_environment: environment,
        environment,
        description: body.description ?? null,
        creator: fixtures.user,
        created_at: now(),
        updated_at: now(),
        statuses_url: `${fixtures.api}/deployments/${id}/statuses`,
        repository_url: fixtures.api,
        transient_environment: body.transient_environment ?? false,
        production_environment: body.production_environment ?? environment === 'production',
        // What the client asked for (auto_merge, required_contexts…), for tests to assert on.
        request: body,
      };
      state.deployments.push(deployment);
      return { status: 201, body: strip(deployment) };
    },
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    permission: 'deployments',
    handle({ state, params, query }) {
      const list = state.statuses.filter((s) => s.deployment_id === Number(params.deployment_id));
      return paginate([...list].reverse().map(strip), query);
    },
  },
  {
    method: 'post',
    path: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    permission: 'deployments',
    handle({ state, params, body, fixtures }) {
      const deployment = state.deployments.find(
        (d) => d.repo === repoKey(params) && d.id === Number(params.deployment_id),
      );
      if (!deployment) return notFound;
      const id = state.nextId++;
      const status = {
        deployment_id: deployment.id,
        url: `${deployment.url}/statuses/${id}`,
        id,
        node_id: `DES_${id}`,
        state: body.state,
        creator: fixtures.user,
        description: body.description ?? '',
        environment: body.environment ?? deployment.environment,
        // The OpenAPI description types target_url as a URI, so an unset one is the deployment's.
        target_url: body.target_url ?? body.log_url ?? deployment.url,
        ...(body.log_url ? { log_url: body.log_url } : {}),
        ...(body.environment_url ? { environment_url: body.environment_url } : {}),
        created_at: now(),
        updated_at: now(),
        deployment_url: deployment.url,
        repository_url: fixtures.api,
      };
      state.statuses.push(status);
      // On success GitHub marks earlier non-transient, non-production deployments of the
      // environment inactive (auto_inactive, default true).
      if (body.state === 'success' && body.auto_inactive !== false)
        for (const other of state.deployments)
          if (
            other !== deployment &&
            other.repo === deployment.repo &&
            other.environment === deployment.environment &&
            !other.transient_environment &&
            !other.production_environment
          ) {
            const latest = state.statuses.filter((s) => s.deployment_id === other.id).at(-1);
            if (latest?.state === 'success')
              state.statuses.push({
                ...latest,
                id: state.nextId++,
                state: 'inactive',
                updated_at: now(),
              });
          }
      return { status: 201, body: strip(status) };
    },
  },
  {
    method: 'post',
    path: '/repos/{owner}/{repo}/pulls',
    permission: 'pull_requests',
    handle({ state, params, body, fixtures }) {
      const repo = repoKey(params);
      const number = state.pulls.filter((p) => p.repo === repo).length + 1;
      const pull = {
        ...pullRequestObject(fixtures, {
          id: state.nextId++,
          number,
          title: body.title ?? '',
          body: body.body ?? null,
          head: body.head,
          base: body.base,
          headSha: 'f'.repeat(40),
        }),
        repo,
      };
      state.pulls.push(pull);
      return { status: 201, body: strip(pull) };
    },
  },
  {
    method: 'get',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}',
    permission: 'pull_requests',
    handle({ state, params }) {
      const pull = state.pulls.find(
        (p) => p.repo === repoKey(params) && p.number === Number(params.pull_number),
      );
      return pull ? { status: 200, body: strip(pull) } : notFound;
    },
  },
  {
    method: 'patch',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}',
    permission: 'pull_requests',
    handle({ state, params, body }) {
      const pull = state.pulls.find(
        (p) => p.repo === repoKey(params) && p.number === Number(params.pull_number),
      );
      if (!pull) return notFound;
      if (typeof body.title === 'string') pull.title = body.title;
      if (typeof body.body === 'string') pull.body = body.body;
      // A merged pull request stays merged: GitHub answers 422 to reopening it.
      if (body.state === 'open' && pull.merged)
        return {
          status: 422,
          body: { message: 'Validation Failed', documentation_url: 'https://docs.github.com/rest' },
        };
      if (body.state === 'closed' && pull.state === 'open')
        Object.assign(pull, { state: 'closed', closed_at: now(), updated_at: now() });
      if (body.state === 'open' && pull.state === 'closed')
        Object.assign(pull, { state: 'open', closed_at: null, updated_at: now() });
      return { status: 200, body: strip(pull) };
    },
  },
];
