/**
 * A GitHub REST API emulator on 127.0.0.1 for end-to-end tests. Every request is validated against GitHub's official
 * OpenAPI description (the subset in fixtures/github/openapi-subset.json, extracted from @octokit/openapi by
 * scripts/extract-github-openapi-subset.mjs); an invalid one gets GitHub's 422 and is recorded. Every response it
 * sends is validated against the same description, so the emulator cannot drift from the real contract.
 */
import { readFileSync } from "node:fs";
import type { Context, Document, OpenAPIBackend } from "openapi-backend";
import { createValidatingBackend, startJsonServer } from "./openapi.js";


export interface RecordedRequest {
  method: string;
  path: string;
  operationId?: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
}

export interface CheckRunState {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  output: { title?: string; summary?: string; text?: string };
  annotations: Record<string, unknown>[];
  /** How many requests carried annotations, and how many in each. */
  annotationBatches: number[];
  details_url?: string;
}

export interface CommentState {
  id: number;
  body: string;
  user: { login: string; id: number; type: string };
  /** Slug of the GitHub App it was written through (`performed_via_github_app`); undefined: none (a PAT). */
  viaApp?: string;
  created_at: string;
  updated_at: string;
}

export interface IssueState {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  labels: string[];
  user: { login: string; id: number; type: string };
  /** Slug of the GitHub App it was opened through (`performed_via_github_app`); undefined: none (a PAT). */
  viaApp?: string;
  updated: number;
}

export interface PullState {
  number: number;
  state: "open" | "closed";
  headSha: string;
  headRef: string;
  /** owner/name of the head repository; differs from the base for forks. */
  headRepo: string;
  updatedAt: string;
}

export interface GitHubEmulator {
  url: string;
  requests: RecordedRequest[];
  validationErrors: string[];
  responseErrors: string[];
  state: {
    checkRuns: Map<number, CheckRunState>;
    comments: Map<number, CommentState[]>;
    statuses: { sha: string; state: string; context: string; description?: string }[];
    deployments: { id: number; ref: string; environment: string; transient: boolean; production: boolean; task?: string; payload?: Record<string, unknown>; statuses: { state: string; environment_url?: string; description?: string }[] }[];
    issues: IssueState[];
    labels: string[];
    pulls: Map<number, PullState>;
    /** login → role_name answered by GET collaborators/{user}/permission (absent: 404 like a non-collaborator). */
    permissions: Map<string, string>;
    /** Full ref name (refs/...) → sha. */
    refs: Map<string, string>;
    reactions: { commentId: number; content: string }[];
  };
  /** Every later call whose operationId starts with the prefix answers 403 like a read-only token. */
  forbid(operationIdPrefix: string): void;
  /** The next call of this operation answers `status` once. */
  failNext(operationId: string, status: number, message?: string): void;
  /** A `[bot]` login is a Bot written through the App of that slug; `viaApp` names the App of a user's comment. */
  seedComment(issueNumber: number, body: string, login: string, options?: { viaApp?: string }): CommentState;
  seedPull(pull: Partial<PullState> & { number: number; headSha: string }): PullState;
  seedIssue(issue: Pick<IssueState, "title" | "body" | "labels"> & { login: string; state?: "open" | "closed"; viaApp?: string }): IssueState;
  close(): Promise<void>;
}

const spec = untypedNullable(JSON.parse(readFileSync(new URL("../fixtures/github/openapi-subset.json", import.meta.url), "utf8"))) as Document;

/**
 * GitHub's description has `nullable: true` on schemas without a `type` (e.g. an issue's `milestone`, an `allOf`);
 * ajv refuses to compile those. Such a schema becomes `anyOf: [<schema>, {type: "null"}]`, which means the same.
 */
function untypedNullable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(untypedNullable);
  if (!value || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) out[key] = untypedNullable(child);
  if (out.nullable === true && out.type === undefined) {
    delete out.nullable;
    return { anyOf: [out, { type: "null" }] };
  }
  return out;
}

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

/** What one emulator instance does with a validated request; the backend is shared, the state is not. */
interface EmulatorDispatch {
  dispatch(operationId: string, c: Context): Reply;
  validationFail(c: Context): Reply;
  notImplemented(c: Context): Reply;
}

const OPERATION_IDS = (spec.info as unknown as { "x-astro-ci-operations": string[] })["x-astro-ci-operations"];

// Compiling the validators takes about a second: do it once per test file, not per emulator.
let sharedBackend: Promise<OpenAPIBackend> | undefined;
function backend(): Promise<OpenAPIBackend> {
  sharedBackend ??= (async () => {
    const api = createValidatingBackend(spec);
    for (const operationId of OPERATION_IDS) api.register(operationId, (c: Context, emu: EmulatorDispatch) => emu.dispatch(operationId, c));
    api.register("validationFail", (c: Context, emu: EmulatorDispatch) => emu.validationFail(c));
    api.register("notFound", () => ({ status: 404, body: { message: "Not Found", documentation_url: "https://docs.github.com/rest" } }));
    api.register("notImplemented", (c: Context, emu: EmulatorDispatch) => emu.notImplemented(c));
    await api.init();
    return api;
  })();
  return sharedBackend;
}

/**
 * GitHub's description is OpenAPI 3.0 with `nullable: true` next to `enum` lists that do not contain null (e.g. a
 * check run's `conclusion`); strict validators read that as "null is not allowed". Those errors are the spec's
 * quirk, not a wrong response, so they are dropped.
 */
function isNullableEnumQuirk(error: { keyword: string; instancePath: string }, body: unknown): boolean {
  if (error.keyword !== "enum") return false;
  let value: unknown = body;
  for (const part of error.instancePath.split("/").slice(1)) value = (value as Record<string, unknown> | undefined)?.[part];
  return value === null;
}

/**
 * The token the client holds is, by default, an installation token (GITHUB_TOKEN, or a GitHub App's with `botLogin`
 * `<slug>[bot]`): GET /user answers 403 "Resource not accessible by integration", and the comments and issues it
 * writes are the Bot `botLogin`'s, `performed_via_github_app` the App `<slug>`. With `tokenUser` it is that user's
 * personal access token: GET /user answers the user, who writes as a User with no App.
 */
export async function startGitHubEmulator(options: { botLogin?: string; tokenUser?: string; owner?: string; repo?: string } = {}): Promise<GitHubEmulator> {
  const botLogin = options.botLogin ?? "github-actions[bot]";
  const author = (): { login: string; id: number; type: string; viaApp?: string } =>
    options.tokenUser !== undefined ? { login: options.tokenUser, id: options.tokenUser.length, type: "User" } : { login: botLogin, id: 41898282, type: "Bot", viaApp: botLogin.replace(/\[bot\]$/, "") };
  const requests: RecordedRequest[] = [];
  const validationErrors: string[] = [];
  const responseErrors: string[] = [];
  const state: GitHubEmulator["state"] = { checkRuns: new Map(), comments: new Map(), statuses: [], deployments: [], issues: [], labels: [], pulls: new Map(), permissions: new Map(), refs: new Map(), reactions: [] };
  const forbidden: string[] = [];
  const failures = new Map<string, { status: number; message: string }>();
  let nextId = 1000;
  let baseUrl = "";

  const api = await backend();
  const checkRunView = (run: CheckRunState) => ({
    id: run.id,
    head_sha: run.head_sha,
    node_id: `CR_${run.id}`,
    external_id: null,
    url: `${baseUrl}/repos/o/r/check-runs/${run.id}`,
    html_url: `https://github.com/o/r/runs/${run.id}`,
    details_url: run.details_url ?? null,
    status: run.status,
    conclusion: run.conclusion,
    started_at: new Date(0).toISOString(),
    completed_at: run.status === "completed" ? new Date(0).toISOString() : null,
    output: { title: run.output.title ?? null, summary: run.output.summary ?? null, text: run.output.text ?? null, annotations_count: run.annotations.length, annotations_url: `${baseUrl}/repos/o/r/check-runs/${run.id}/annotations` },
    name: run.name,
    check_suite: { id: 1 },
    app: null,
    pull_requests: [],
  });
  const commentView = (c: CommentState, issue: number) => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${baseUrl}/repos/o/r/issues/comments/${c.id}`,
    html_url: `https://github.com/o/r/pull/${issue}#issuecomment-${c.id}`,
    body: c.body,
    user: userView(c.user.login, c.user.id, c.user.type),
    created_at: c.created_at,
    updated_at: c.updated_at,
    issue_url: `${baseUrl}/repos/o/r/issues/${issue}`,
    author_association: c.user.type === "Bot" ? "NONE" : "MEMBER",
    performed_via_github_app: c.viaApp === undefined ? null : appView(c.viaApp),
  });
  const applyOutput = (run: CheckRunState, output: Record<string, unknown> | undefined) => {
    if (!output) return;
    for (const key of ["title", "summary", "text"] as const) if (typeof output[key] === "string") run.output[key] = output[key] as string;
    const annotations = output.annotations as Record<string, unknown>[] | undefined;
    if (annotations?.length) {
      run.annotations.push(...annotations);
      run.annotationBatches.push(annotations.length);
    }
  };

  const labelView = (name: string) => ({ id: name.length, node_id: `LA_${name}`, url: `${baseUrl}/repos/o/r/labels/${encodeURIComponent(name)}`, name, description: null, color: "d93f0b", default: false });
  const issueView = (i: IssueState) => ({
    id: i.number * 10,
    node_id: `I_${i.number}`,
    url: `${baseUrl}/repos/o/r/issues/${i.number}`,
    repository_url: `${baseUrl}/repos/o/r`,
    labels_url: `${baseUrl}/repos/o/r/issues/${i.number}/labels{/name}`,
    comments_url: `${baseUrl}/repos/o/r/issues/${i.number}/comments`,
    events_url: `${baseUrl}/repos/o/r/issues/${i.number}/events`,
    html_url: `https://github.com/o/r/issues/${i.number}`,
    number: i.number,
    state: i.state,
    title: i.title,
    body: i.body,
    user: userView(i.user.login, i.user.id, i.user.type),
    labels: i.labels.map(labelView),
    assignee: null,
    milestone: null,
    locked: false,
    comments: (state.comments.get(i.number) ?? []).length,
    closed_at: i.state === "closed" ? new Date(0).toISOString() : null,
    created_at: new Date(0).toISOString(),
    updated_at: new Date(i.updated).toISOString(),
    author_association: i.user.type === "Bot" ? "NONE" : "MEMBER",
    performed_via_github_app: i.viaApp === undefined ? null : appView(i.viaApp),
  });
  const deploymentView = (deployment: GitHubEmulator["state"]["deployments"][number], description?: string) => ({
    url: `${baseUrl}/repos/o/r/deployments/${deployment.id}`,
    id: deployment.id,
    node_id: `D_${deployment.id}`,
    sha: deployment.ref,
    ref: deployment.ref,
    task: deployment.task ?? "deploy",
    payload: deployment.payload ?? {},
    original_environment: deployment.environment,
    environment: deployment.environment,
    description: description ?? null,
    creator: null,
    created_at: new Date(0).toISOString(),
    updated_at: new Date(0).toISOString(),
    statuses_url: `${baseUrl}/repos/o/r/deployments/${deployment.id}/statuses`,
    repository_url: `${baseUrl}/repos/o/r`,
    transient_environment: deployment.transient,
    production_environment: deployment.production,
  });
  // A sample of the operation's response schema (required fields filled), computed once; views override its values.
  const mocks = new Map<string, Record<string, unknown>>();
  const mockOf = (operationId: string): Record<string, unknown> => {
    if (!mocks.has(operationId)) mocks.set(operationId, (api.mockResponseForOperation(operationId).mock ?? {}) as Record<string, unknown>);
    return structuredClone(mocks.get(operationId) as Record<string, unknown>);
  };
  const repoView = (fullName: string, id: number) => {
    const base = mockOf("repos/get");
    const [owner, name] = fullName.split("/") as [string, string];
    return { ...base, id, node_id: `R_${id}`, name, full_name: fullName, owner: userView(owner, owner.length, "User"), private: false, fork: fullName !== "o/r", html_url: `https://github.com/${fullName}`, url: `${baseUrl}/repos/${fullName}` };
  };
  const pullView = (p: PullState) => {
    const base = mockOf("pulls/get");
    const side = (sha: string, ref: string, fullName: string) => ({ label: `${fullName.split("/")[0]}:${ref}`, ref, sha, user: userView(fullName.split("/")[0] as string, 1, "User"), repo: repoView(fullName, fullName === "o/r" ? 1 : 2) });
    return {
      ...base,
      url: `${baseUrl}/repos/o/r/pulls/${p.number}`,
      id: p.number * 100,
      number: p.number,
      state: p.state,
      locked: false,
      title: `PR ${p.number}`,
      user: userView("octocat", 583231, "User"),
      body: null,
      html_url: `https://github.com/o/r/pull/${p.number}`,
      created_at: new Date(0).toISOString(),
      updated_at: p.updatedAt,
      closed_at: p.state === "closed" ? p.updatedAt : null,
      merged_at: null,
      merge_commit_sha: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      labels: [],
      milestone: null,
      draft: false,
      head: side(p.headSha, p.headRef, p.headRepo),
      base: side("0".repeat(40), "main", "o/r"),
      author_association: "MEMBER",
      auto_merge: null,
      active_lock_reason: null,
      merged: false,
      mergeable: null,
      merged_by: null,
    };
  };
  const refView = (ref: string, sha: string) => ({ ref, node_id: `REF_${ref}`, url: `${baseUrl}/repos/o/r/git/${ref}`, object: { type: "commit", sha, url: `${baseUrl}/repos/o/r/git/commits/${sha}` } });
  const notFound: Reply = { status: 404, body: { message: "Not Found", documentation_url: "https://docs.github.com/rest" } };
  // GitHub lets an App (installation token) edit the body of, or delete, only what it wrote itself; a person's token
  // with write access may edit anyone's. https://docs.github.com/rest/issues/comments#update-an-issue-comment
  const notTheAppsOwn = (user: { login: string }): Reply | undefined =>
    options.tokenUser === undefined && user.login !== botLogin ? { status: 403, body: { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest/issues/comments#update-an-issue-comment", status: "403" } } : undefined;
  let issueClock = 1;
  const handlers: Record<string, (c: Context) => Reply> = {
    "issues/list-for-repo": (c) => {
      const q = c.request.query as Record<string, string>;
      const wanted = (q.labels ?? "").split(",").filter(Boolean);
      const stateFilter = q.state ?? "open";
      const all = state.issues
        .filter((i) => stateFilter === "all" || i.state === stateFilter)
        .filter((i) => wanted.every((l) => i.labels.includes(l)))
        .sort((a, b) => b.updated - a.updated);
      const perPage = Number(q.per_page ?? 30);
      const page = Number(q.page ?? 1);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) headers.link = `<${baseUrl}/repos/o/r/issues?labels=${encodeURIComponent(q.labels ?? "")}&state=${stateFilter}&per_page=${perPage}&page=${page + 1}>; rel="next"`;
      return { status: 200, body: all.slice((page - 1) * perPage, page * perPage).map(issueView), headers };
    },
    "issues/create": (c) => {
      const body = c.request.requestBody as { title: string; body?: string; labels?: string[] };
      for (const l of body.labels ?? []) if (!state.labels.includes(l)) state.labels.push(l);
      const { viaApp, ...user } = author();
      const issue: IssueState = { number: state.issues.length + 1, title: body.title, body: body.body ?? "", state: "open", labels: body.labels ?? [], user, viaApp, updated: issueClock++ };
      state.issues.push(issue);
      return { status: 201, body: issueView(issue) };
    },
    "issues/get": (c) => {
      const issue = state.issues.find((i) => i.number === Number(c.request.params.issue_number));
      return issue ? { status: 200, body: issueView(issue) } : notFound;
    },
    "issues/update": (c) => {
      const issue = state.issues.find((i) => i.number === Number(c.request.params.issue_number));
      if (!issue) return notFound;
      const body = c.request.requestBody as { title?: string; body?: string; state?: "open" | "closed" };
      const refused = body.title !== undefined || body.body !== undefined ? notTheAppsOwn(issue.user) : undefined;
      if (refused) return refused;
      if (body.title !== undefined) issue.title = body.title;
      if (body.body !== undefined) issue.body = body.body;
      if (body.state !== undefined) issue.state = body.state;
      issue.updated = issueClock++;
      return { status: 200, body: issueView(issue) };
    },
    "issues/get-label": (c) => (state.labels.includes(String(c.request.params.name)) ? { status: 200, body: labelView(String(c.request.params.name)) } : notFound),
    "issues/create-label": (c) => {
      const body = c.request.requestBody as { name: string };
      if (state.labels.includes(body.name)) return { status: 422, body: { message: "Validation Failed", errors: [{ resource: "Label", code: "already_exists", field: "name" }], documentation_url: "https://docs.github.com/rest" } };
      state.labels.push(body.name);
      return { status: 201, body: labelView(body.name) };
    },
    "repos/get-collaborator-permission-level": (c) => {
      const login = String(c.request.params.username);
      const role = state.permissions.get(login);
      if (role === undefined) return { status: 404, body: { message: `${login} is not a user`, documentation_url: "https://docs.github.com/rest" } };
      // The legacy `permission` folds maintain into write and triage into read.
      const permission = role === "maintain" ? "write" : role === "triage" ? "read" : role;
      return { status: 200, body: { permission, role_name: role, user: { ...userView(login, login.length, "User"), role_name: role } } };
    },
    "pulls/get": (c) => {
      const pull = state.pulls.get(Number(c.request.params.pull_number));
      return pull ? { status: 200, body: pullView(pull) } : notFound;
    },
    "pulls/list": (c) => {
      const q = c.request.query as Record<string, string>;
      const all = [...state.pulls.values()].filter((p) => (q.state ?? "open") === "all" || p.state === (q.state ?? "open"));
      const perPage = Number(q.per_page ?? 30);
      const page = Number(q.page ?? 1);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) headers.link = `<${baseUrl}/repos/o/r/pulls?state=${q.state ?? "open"}&per_page=${perPage}&page=${page + 1}>; rel="next"`;
      const simple = (p: PullState) => {
        const { mergeable: _m, merged: _d, merged_by: _b, ...rest } = pullView(p) as Record<string, unknown>;
        return rest;
      };
      return { status: 200, body: all.slice((page - 1) * perPage, page * perPage).map(simple), headers };
    },
    "reactions/create-for-issue-comment": (c) => {
      const id = Number(c.request.params.comment_id);
      if (![...state.comments.values()].some((list) => list.some((cm) => cm.id === id))) return notFound;
      const content = (c.request.requestBody as { content: string }).content;
      state.reactions.push({ commentId: id, content });
      return { status: 201, body: { id: nextId++, node_id: "RE", user: userView(botLogin, 41898282, "Bot"), content, created_at: new Date().toISOString() } };
    },
    "git/create-ref": (c) => {
      const body = c.request.requestBody as { ref: string; sha: string };
      if (!/^refs\/.+\/.+/.test(body.ref) || !/^[0-9a-f]{40}$/.test(body.sha)) return { status: 422, body: { message: "Reference update failed", documentation_url: "https://docs.github.com/rest" } };
      const conflicts = [...state.refs.keys()].some((r) => r === body.ref || r.startsWith(`${body.ref}/`) || body.ref.startsWith(`${r}/`));
      if (conflicts) return { status: 422, body: { message: "Reference already exists", documentation_url: "https://docs.github.com/rest" } };
      state.refs.set(body.ref, body.sha);
      return { status: 201, body: refView(body.ref, body.sha) };
    },
    "git/get-ref": (c) => {
      const ref = `refs/${decodeURIComponent(String(c.request.params.ref))}`;
      const sha = state.refs.get(ref);
      return sha ? { status: 200, body: refView(ref, sha) } : notFound;
    },
    "git/list-matching-refs": (c) => {
      // Every ref whose full name starts with refs/<ref>, a plain string prefix (heads/feature also lists
      // heads/featureA), in refname order. GitHub answers them all at once: the operation takes no per_page or page
      // (github/docs#3863, google/go-github#1567), so no Link header either.
      // https://docs.github.com/rest/git/refs#list-matching-references
      const prefix = `refs/${decodeURIComponent(String(c.request.params.ref))}`;
      const matching = [...state.refs.keys()].filter((r) => r.startsWith(prefix)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return { status: 200, body: matching.map((r) => refView(r, state.refs.get(r) as string)) };
    },
    "git/delete-ref": (c) => {
      const ref = `refs/${decodeURIComponent(String(c.request.params.ref))}`;
      if (!state.refs.delete(ref)) return { status: 422, body: { message: "Reference does not exist", documentation_url: "https://docs.github.com/rest" } };
      return { status: 204 };
    },
    "checks/create": (c) => {
      const body = c.request.requestBody as Record<string, unknown>;
      const run: CheckRunState = {
        id: nextId++,
        name: body.name as string,
        head_sha: body.head_sha as string,
        status: (body.conclusion ? "completed" : (body.status as string)) ?? "queued",
        conclusion: (body.conclusion as string) ?? null,
        output: {},
        annotations: [],
        annotationBatches: [],
        details_url: body.details_url as string | undefined,
      };
      applyOutput(run, body.output as Record<string, unknown>);
      state.checkRuns.set(run.id, run);
      return { status: 201, body: checkRunView(run) };
    },
    "checks/update": (c) => {
      const run = state.checkRuns.get(Number(c.request.params.check_run_id));
      if (!run) return { status: 404, body: { message: "Not Found", documentation_url: "https://docs.github.com/rest" } };
      const body = c.request.requestBody as Record<string, unknown>;
      if (body.status) run.status = body.status as string;
      if (body.conclusion) {
        run.conclusion = body.conclusion as string;
        run.status = "completed";
      }
      applyOutput(run, body.output as Record<string, unknown>);
      return { status: 200, body: checkRunView(run) };
    },
    "checks/list-for-ref": (c) => {
      const ref = String(c.request.params.ref);
      const name = (c.request.query as Record<string, string>).check_name;
      const runs = [...state.checkRuns.values()].filter((r) => r.head_sha === ref && (!name || r.name === name)).reverse();
      return { status: 200, body: { total_count: runs.length, check_runs: runs.map(checkRunView) } };
    },
    "checks/get": (c) => {
      const run = state.checkRuns.get(Number(c.request.params.check_run_id));
      return run ? { status: 200, body: checkRunView(run) } : { status: 404, body: { message: "Not Found", documentation_url: "https://docs.github.com/rest" } };
    },
    "issues/list-comments": (c) => {
      const issue = Number(c.request.params.issue_number);
      const all = state.comments.get(issue) ?? [];
      const perPage = Number(c.request.query.per_page ?? 30);
      const page = Number(c.request.query.page ?? 1);
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) headers.link = `<${baseUrl}/repos/o/r/issues/${issue}/comments?per_page=${perPage}&page=${page + 1}>; rel="next"`;
      return { status: 200, body: slice.map((cm) => commentView(cm, issue)), headers };
    },
    "issues/create-comment": (c) => {
      const issue = Number(c.request.params.issue_number);
      const { login, type, viaApp } = author();
      const comment = addComment(issue, (c.request.requestBody as { body: string }).body, login, type, viaApp);
      return { status: 201, body: commentView(comment, issue) };
    },
    "issues/update-comment": (c) => {
      const id = Number(c.request.params.comment_id);
      for (const [issue, list] of state.comments) {
        const found = list.find((cm) => cm.id === id);
        if (found) {
          const refused = notTheAppsOwn(found.user);
          if (refused) return refused;
          found.body = (c.request.requestBody as { body: string }).body;
          found.updated_at = new Date().toISOString();
          return { status: 200, body: commentView(found, issue) };
        }
      }
      return { status: 404, body: { message: "Not Found", documentation_url: "https://docs.github.com/rest" } };
    },
    "issues/delete-comment": (c) => {
      const id = Number(c.request.params.comment_id);
      for (const list of state.comments.values()) {
        const index = list.findIndex((cm) => cm.id === id);
        const refused = index >= 0 ? notTheAppsOwn((list[index] as CommentState).user) : undefined;
        if (refused) return refused;
        if (index >= 0) list.splice(index, 1);
      }
      return { status: 204 };
    },
    "users/get-authenticated": () => {
      if (options.tokenUser === undefined) return { status: 403, body: { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest/users/users#get-the-authenticated-user", status: "403" } };
      const login = options.tokenUser;
      const created = new Date(0).toISOString();
      const profile = { name: null, company: null, blog: "", location: null, email: null, hireable: null, bio: null, public_repos: 0, public_gists: 0, followers: 0, following: 0, created_at: created, updated_at: created };
      const privateCounts = { private_gists: 0, total_private_repos: 0, owned_private_repos: 0, disk_usage: 0, collaborators: 0, two_factor_authentication: true };
      return { status: 200, body: { ...userView(login, login.length, "User"), ...profile, ...privateCounts } };
    },
    "repos/create-deployment": (c) => {
      const body = c.request.requestBody as { ref: string; environment?: string; auto_merge?: boolean; required_contexts?: string[]; transient_environment?: boolean; production_environment?: boolean; description?: string; task?: string; payload?: Record<string, unknown> | string };
      // GitHub's defaults: auto_merge true and every status context required; both bite CI-created deployments.
      if (body.auto_merge !== false) return { status: 202, body: { message: "Auto-merged main into topic branch on deployment." } };
      if (body.required_contexts === undefined || body.required_contexts.length > 0) {
        return { status: 409, body: { message: "Conflict: Commit status checks failed for topic-branch.", documentation_url: "https://docs.github.com/rest" } };
      }
      const deployment = { id: nextId++, ref: body.ref, environment: body.environment ?? "production", transient: Boolean(body.transient_environment), production: Boolean(body.production_environment), task: body.task ?? "deploy", payload: typeof body.payload === "string" ? (JSON.parse(body.payload || "{}") as Record<string, unknown>) : (body.payload ?? {}), statuses: [] };
      state.deployments.push(deployment);
      return { status: 201, body: deploymentView(deployment, body.description) };
    },
    "repos/list-deployments": (c) => {
      const q = c.request.query as Record<string, string>;
      const all = state.deployments.filter((d) => (!q.task || d.task === q.task) && (!q.environment || d.environment === q.environment) && (!q.ref || d.ref === q.ref)).reverse();
      const perPage = Number(q.per_page ?? 30);
      const page = Number(q.page ?? 1);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) headers.link = `<${baseUrl}/repos/o/r/deployments?per_page=${perPage}&page=${page + 1}${q.task ? `&task=${encodeURIComponent(q.task)}` : ""}>; rel="next"`;
      return { status: 200, body: all.slice((page - 1) * perPage, page * perPage).map((d) => deploymentView(d)), headers };
    },
    "repos/create-deployment-status": (c) => {
      const deployment = state.deployments.find((d) => d.id === Number(c.request.params.deployment_id));
      if (!deployment) return { status: 404, body: { message: "Not Found", documentation_url: "https://docs.github.com/rest" } };
      const body = c.request.requestBody as { state: string; environment_url?: string; description?: string; log_url?: string };
      deployment.statuses.push({ state: body.state, environment_url: body.environment_url, description: body.description });
      return {
        status: 201,
        body: {
          url: `${baseUrl}/repos/o/r/deployments/${deployment.id}/statuses/${nextId}`,
          id: nextId++,
          node_id: "DS",
          state: body.state,
          creator: null,
          description: body.description ?? "",
          environment: deployment.environment,
          target_url: body.log_url ?? "https://github.com/o/r/deployments",
          ...(body.log_url ? { log_url: body.log_url } : {}),
          ...(body.environment_url ? { environment_url: body.environment_url } : {}),
          created_at: new Date(0).toISOString(),
          updated_at: new Date(0).toISOString(),
          deployment_url: `${baseUrl}/repos/o/r/deployments/${deployment.id}`,
          repository_url: `${baseUrl}/repos/o/r`,
        },
      };
    },
    "repos/create-commit-status": (c) => {
      const body = c.request.requestBody as { state: string; context?: string; description?: string };
      state.statuses.push({ sha: String(c.request.params.sha), state: body.state, context: body.context ?? "default", description: body.description });
      return {
        status: 201,
        body: {
          url: `${baseUrl}/repos/o/r/statuses/${c.request.params.sha}`,
          avatar_url: null,
          id: nextId++,
          node_id: "S",
          state: body.state,
          description: body.description ?? null,
          target_url: null,
          context: body.context ?? "default",
          created_at: new Date(0).toISOString(),
          updated_at: new Date(0).toISOString(),
          creator: null,
        },
      };
    },
  };

  function addComment(issue: number, body: string, login: string, type: string, viaApp?: string): CommentState {
    const comment: CommentState = { id: nextId++, body, user: { login, id: login.length, type }, viaApp, created_at: new Date(0).toISOString(), updated_at: new Date(0).toISOString() };
    state.comments.set(issue, [...(state.comments.get(issue) ?? []), comment]);
    return comment;
  }

  const dispatch: EmulatorDispatch = {
    dispatch(operationId, c) {
      const override = failures.get(operationId);
      if (override) {
        failures.delete(operationId);
        return { status: override.status, body: { message: override.message, documentation_url: "https://docs.github.com/rest" } };
      }
      if (forbidden.some((prefix) => operationId.startsWith(prefix))) {
        return { status: 403, body: { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest", status: "403" } };
      }
      const handler = handlers[operationId];
      if (!handler) return dispatch.notImplemented(c);
      const reply = handler(c);
      if (reply.status < 300 && reply.body !== undefined) {
        const check = api.validateResponse(reply.body, c.operation, reply.status);
        const errors = (check.errors ?? []).filter((e) => !isNullableEnumQuirk(e, reply.body));
        if (errors.length) responseErrors.push(`${operationId} ${reply.status}: ${JSON.stringify(errors.slice(0, 3))}`);
      }
      return reply;
    },
    validationFail(c) {
      validationErrors.push(`${c.operation?.operationId ?? "?"}: ${JSON.stringify(c.validation.errors?.slice(0, 5))}`);
      return {
        status: 422,
        body: { message: "Validation Failed", errors: c.validation.errors?.map((e) => ({ message: `${e.instancePath} ${e.message}` })), documentation_url: "https://docs.github.com/rest" },
      };
    },
    notImplemented(c) {
      validationErrors.push(`no emulator handler for ${c.operation?.operationId}`);
      return { status: 501, body: { message: `emulator: ${c.operation?.operationId} not implemented` } };
    },
  };

  const server = await startJsonServer(
    async (req) => {
      const reply = (await api.handleRequest({ method: req.method, path: req.path, query: req.query, body: req.body, headers: req.headers }, dispatch)) as Reply;
      const operationId = api.matchOperation({ method: req.method, path: req.path, headers: {} })?.operationId;
      requests.push({ method: req.method, path: req.path, operationId, query: req.query, body: req.body, status: reply.status });
      return reply;
    },
    { contentType: "application/json; charset=utf-8" },
  );
  baseUrl = server.url;

  return {
    url: baseUrl,
    requests,
    validationErrors,
    responseErrors,
    state,
    forbid: (prefix) => forbidden.push(prefix),
    failNext: (operationId, status, message = "Server Error") => failures.set(operationId, { status, message }),
    seedComment: (issue, body, login, seed = {}) => (login.endsWith("[bot]") ? addComment(issue, body, login, "Bot", seed.viaApp ?? login.slice(0, -"[bot]".length)) : addComment(issue, body, login, "User", seed.viaApp)),
    seedPull: (seed) => {
      const pull: PullState = { state: "open", headRef: `feature-${seed.number}`, headRepo: "o/r", updatedAt: new Date(0).toISOString(), ...seed };
      state.pulls.set(pull.number, pull);
      return pull;
    },
    seedIssue: (seed) => {
      const bot = seed.login.endsWith("[bot]");
      const issue: IssueState = { number: state.issues.length + 1, title: seed.title, body: seed.body, labels: seed.labels, state: seed.state ?? "open", user: { login: seed.login, id: seed.login.length, type: bot ? "Bot" : "User" }, viaApp: seed.viaApp ?? (bot ? seed.login.slice(0, -"[bot]".length) : undefined), updated: issueClock++ };
      state.issues.push(issue);
      return issue;
    },
    close: server.close,
  };
}

/** A GitHub App as `performed_via_github_app` shows it (the `integration` schema's required fields). */
function appView(slug: string) {
  return {
    id: slug.length + 15000,
    slug,
    node_id: `A_${slug}`,
    owner: userView("github", 9919, "Organization"),
    name: slug,
    description: null,
    external_url: `https://github.com/apps/${encodeURIComponent(slug)}`,
    html_url: `https://github.com/apps/${encodeURIComponent(slug)}`,
    created_at: new Date(0).toISOString(),
    updated_at: new Date(0).toISOString(),
    permissions: { issues: "write", pull_requests: "write", metadata: "read" },
    events: [],
  };
}

function userView(login: string, id: number, type: string) {
  const api = `https://api.github.com/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: `U_${id}`,
    avatar_url: "https://avatars.githubusercontent.com/u/1",
    gravatar_id: "",
    url: api,
    html_url: `https://github.com/apps/${encodeURIComponent(login.replace(/\[bot\]$/, ""))}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type,
    site_admin: false,
  };
}
