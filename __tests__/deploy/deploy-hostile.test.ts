/**
 * A hostile world against the Astro client and the deploy, branch-deploy and teardown paths: redirects to other hosts,
 * pages that never end, ids that are path segments, answers that quote the token back, rate limits on creates, answers
 * too long to hold, fork pull requests without secrets. Each case failed before its fix (see the commit messages).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAstroClient } from "../../src/astro/client.js";
import { AstroApiAnswerError, createAstroHttp, MAX_PAGES, readAllPages, realHttpDeps } from "../../src/astro/http.js";
import { runTeardownAction } from "../../src/actions/teardown/run.js";
import { runDeploy } from "../../src/commands/deploy.js";
import { parseDeploymentTargets } from "../../src/deploy/targets.js";
import { readDeclaredObjects } from "../../src/connections/declared.js";
import { createAirflowApiClient } from "../../src/airflow-api/client.js";
import { readPreviewSettings } from "../../src/previews/settings.js";
import { parseYamlText } from "../../src/util/yaml-file.js";
import { classifyError, ConfigurationError } from "../../src/errors.js";
import { createGit } from "../../src/util/git.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { startAstroEmulator, type AstroEmulator } from "../support/astro-emulator.js";
import { createTempGitRepo } from "../support/git-repo.js";
import { makeTempTree } from "../support/temp-dir.js";

const TOKEN = "test-token";

/** A plain HTTP server on 127.0.0.1 that records what reaches it. */
async function startServer(handle: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<{ url: string; seen: { url?: string; authorization?: string; body: string }[]; server: Server }> {
  const seen: { url?: string; authorization?: string; body: string }[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      seen.push({ url: req.url, authorization: req.headers.authorization, body });
      handle(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, seen, server };
}

const servers: Server[] = [];
let emulator: AstroEmulator | undefined;
beforeEach(() => {
  emulator = undefined;
});
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
  if (emulator) {
    expect(emulator.validationErrors).toEqual([]);
    await emulator.close();
  }
});

const clientFor = (baseUrl: string, organizationId = "clorg0000000000000000000") => createAstroClient({ token: TOKEN, baseUrl, organizationId, logger: new RecordingLogger(), deps: { sleep: async () => undefined, random: () => 0.5 } });

describe("redirects are never followed", () => {
  it.each([301, 302, 303, 307, 308])("a %s to another host: nothing (no token, no body) reaches it, and the error names the redirect (exit 2)", async (status) => {
    const elsewhere = await startServer((_req, res) => {
      res.writeHead(201, { "content-type": "application/json" });
      res.end(JSON.stringify({ id: "clstolen0000000000000000" }));
    });
    const api = await startServer((req, res) => {
      res.writeHead(status, { location: `${elsewhere.url}/collect${req.url}?sig=abc` });
      res.end();
    });
    servers.push(elsewhere.server, api.server);
    const client = clientFor(`${api.url}/v1`);
    // A connection with its password: a 307/308 would make fetch send this body to the other host.
    const error = (await client.createEnvironmentObject({ objectKey: "warehouse", objectType: "CONNECTION", scope: "DEPLOYMENT", scopeEntityId: "cldeployment0000000000000", connection: { type: "postgres", password: "conn-password-value" } }).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(AstroApiAnswerError);
    expect(error.message).toContain(`HTTP ${status} and a redirect to ${elsewhere.url}/collect/v1/organizations/`);
    expect(error.message).not.toContain("sig=abc");
    expect(classifyError(error).exitCode).toBe(2);
    expect(elsewhere.seen).toEqual([]);
    expect(api.seen).toHaveLength(1);
    // Reads are not retried into the redirect either: one request, one clear error.
    await expect(client.listDeployments({})).rejects.toThrow(/redirect to .*which astro-ci does not follow/);
    expect(elsewhere.seen).toEqual([]);
  });
});

describe("pagination that never ends", () => {
  it("an API that answers the same page at every offset (with a huge totalCount) is an error after two requests, not an endless loop", async () => {
    emulator = await startAstroEmulator();
    emulator.addDeployment({ name: "a" });
    let first: unknown;
    emulator.inject("ListDeployments", {
      times: 1e9,
      transform: (body) => {
        first ??= (body as { deployments: unknown }).deployments;
        return { ...(body as object), deployments: first, totalCount: 1_000_000_000 };
      },
    });
    const error = (await clientFor(emulator.url, emulator.organizationId).listDeployments({}).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(AstroApiAnswerError);
    expect(error.message).toMatch(/offset=1 with HTTP 200 and a page of 1 items all already read at a lower offset: the pages do not advance/);
    expect(emulator.requests.filter((r) => r.operationId === "ListDeployments")).toHaveLength(2);
  });

  it("a list that always has one more new page stops at MAX_PAGES with an error", async () => {
    let calls = 0;
    const endless = (offset: number) => Promise.resolve({ items: [{ id: `item-${offset}` }], totalCount: Number.MAX_SAFE_INTEGER, calls: ++calls });
    await expect(readAllPages("/organizations/x/deployments", endless, (i) => i.id)).rejects.toThrow(new RegExp(`more than ${MAX_PAGES} pages`));
    expect(calls).toBe(MAX_PAGES);
  });

  it("items seen twice (the list shifted between two reads) are kept once, and the list still ends", async () => {
    const pages: Record<number, { id: string }[]> = { 0: [{ id: "a" }, { id: "b" }], 2: [{ id: "b" }, { id: "c" }], 4: [] };
    expect(await readAllPages("/x", async (offset) => ({ items: pages[offset] ?? [], totalCount: 5 }), (i) => i.id, 2)).toEqual([{ id: "a" }, { id: "b" }, { id: "c" }]);
  });
});

describe("ids that would become path segments", () => {
  it.each(["..", ".", "../../other", "x/../y", "a b", "$(touch x)", "id\n"])("Deployment id %j: a configuration error before any request", async (id) => {
    emulator = await startAstroEmulator();
    const client = clientFor(emulator.url, emulator.organizationId);
    for (const call of [() => client.getDeployment(id), () => client.deleteDeployment(id), () => client.listDeploys(id), () => client.createDeploy(id, { type: "DAG_ONLY" })]) {
      const error = (await call().catch((e: unknown) => e)) as Error;
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.message).toMatch(/the Deployment ID is not an Astro ID/);
    }
    expect(emulator.requests).toEqual([]);
  });

  it.each([
    ["deployments:\n  - branch: main\n    deployment-id: \"..\"\n", (y: ReturnType<typeof parseYamlText>) => parseDeploymentTargets(y), /^astro-ci\.yaml:3: deployment-id "\.\." is not an Astro ID Fix: write the ID as Astro shows it/],
    ["deployments:\n  - branch: main\n    deployment-name: prod\n    workspace-id: ws/../x\n", (y: ReturnType<typeof parseYamlText>) => parseDeploymentTargets(y), /^astro-ci\.yaml:4: workspace-id "ws\/\.\.\/x" is not an Astro ID/],
    ["previews:\n  template-deployment-id: \".\"\n", (y: ReturnType<typeof parseYamlText>) => readPreviewSettings(y, ""), /^astro-ci\.yaml:2: previews\.template-deployment-id "\." is not an Astro ID/],
  ])("in astro-ci.yaml (%j): the file, the key's line and the fix", (text, read, expected) => {
    const error = (() => {
      try {
        read(parseYamlText(text, "astro-ci.yaml"));
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).describe()).toMatch(expected);
  });

  it.each(["..", "."])("a pool named %j in an airflow_settings file: the file and line, before any request; the Airflow API client refuses it too", async (name) => {
    const tree = makeTempTree({ "airflow_settings.yaml": `airflow:\n  pools:\n    - pool_name: "${name}"\n      pool_slot: 3\n` });
    try {
      const error = (await readDeclaredObjects(join(tree.dir, "airflow_settings.yaml"), "airflow_settings.yaml", tree.dir, {}, () => undefined, () => undefined).catch((e: unknown) => e)) as ConfigurationError;
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.describe()).toMatch(new RegExp(`^airflow_settings\\.yaml:3: the pool_name '${name.replace(/\./g, "\\.")}' cannot be addressed through Airflow's REST API`));
      const seen: string[] = [];
      const airflow = createAirflowApiClient({ deployment: { name: "d", webServerAirflowApiUrl: "127.0.0.1:9/api/v1" }, token: TOKEN, logger: new RecordingLogger(), deps: { fetch: async (i) => (seen.push(String(i)), new Response("{}")) } });
      await expect(airflow.deletePool(name)).rejects.toThrow(ConfigurationError);
      await expect(airflow.updatePool({ name, slots: 1, description: null })).rejects.toThrow(ConfigurationError);
      expect(seen).toEqual([]);
    } finally {
      tree.cleanup();
    }
  });

  it("an organization id '..' from ASTRO_ORGANIZATION_ID is refused when the client is made", () => {
    expect(() => clientFor("http://127.0.0.1:9/v1", "..")).toThrow(/the organization ID \(ASTRO_ORGANIZATION_ID.*\) is not an Astro ID: "\.\."/);
  });

  it("astro-ci deploy --deployment-id .. : exit 2 naming the value, and the organization endpoint is never asked", async () => {
    emulator = await startAstroEmulator();
    const repo = createTempGitRepo({ "astro/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "astro/dags/a.py": "from airflow import DAG\n" });
    repo.commit("initial");
    try {
      const error = await runDeploy({
        repoRoot: repo.dir,
        projectRoot: join(repo.dir, "astro"),
        deploymentId: "..",
        deployType: "dags-only",
        wait: false,
        waitTimeoutMs: 1000,
        force: false,
        env: { ASTRO_API_TOKEN: TOKEN, ASTRO_API_URL: emulator.url, ASTRO_ORGANIZATION_ID: emulator.organizationId },
        git: createGit(repo.dir),
        docker: { run: async () => ({ exitCode: 0, stdout: "", stderr: "" }) },
        logger: new RecordingLogger(),
      }).catch((e: unknown) => e);
      expect(classifyError(error).exitCode).toBe(2);
      expect(classifyError(error).describe()).toMatch(/the Deployment ID is not an Astro ID: "\.\.".*Fix: .*deployment-id/);
      expect(emulator.requests).toEqual([]);
    } finally {
      repo.cleanup();
    }
  });
});

describe("answers about another object than the one asked for (tester 2, stop 30)", () => {
  const deployment = (over: Record<string, unknown> = {}) => ({
    id: "cldepl0000000000000000001",
    name: "production",
    workspaceId: "clwork0000000000000000001",
    status: "HEALTHY",
    astroRuntimeVersion: "12.7.1",
    imageRepository: "images.astronomer.cloud/x/y",
    isDagDeployEnabled: true,
    webServerUrl: "x.astronomer.run/d",
    ...over,
  });

  it("GetDeployment naming another id, a list outside the workspace or ids asked for: an answer error, never acted on", async () => {
    const { url, server } = await startServer((req, res) => {
      res.setHeader("content-type", "application/json");
      if (req.url?.includes("/deployments/cldepl")) return res.end(JSON.stringify(deployment({ id: "cldepl0000000000000000002" })));
      return res.end(JSON.stringify({ deployments: [deployment({ workspaceId: "clworkOTHER00000000000000" })], totalCount: 1 }));
    });
    try {
      const client = clientFor(url);
      const byId = (await client.getDeployment("cldepl0000000000000000001").catch((e: unknown) => e)) as ConfigurationError;
      expect(byId).toBeInstanceOf(AstroApiAnswerError);
      expect(byId.message).toMatch(/answered GET \/organizations\/clorg0000000000000000000\/deployments\/cldepl0000000000000000001 with HTTP 200 and the Deployment cldepl0000000000000000002, not cldepl0000000000000000001 asked for/);
      const byName = (await client.findDeploymentByName("production", "clwork0000000000000000001").catch((e: unknown) => e)) as ConfigurationError;
      expect(byName).toBeInstanceOf(AstroApiAnswerError);
      expect(byName.message).toMatch(/the Deployment cldepl0000000000000000001 of workspace clworkOTHER00000000000000, outside the workspace asked for \(clwork0000000000000000001\)/);
      const byIds = (await client.listDeployments({ deploymentIds: ["cldepl0000000000000000009"] }).catch((e: unknown) => e)) as ConfigurationError;
      expect(byIds.message).toMatch(/not one of those asked for \(cldepl0000000000000000009\)/);
    } finally {
      server.close();
    }
  });

  it.each([
    ["environmentVariables", "x"],
    ["environmentVariables", [null]],
    ["workerQueues", "x"],
    ["workerQueues", 7],
    ["contactEmails", [1]],
  ])("a Deployment whose %s is %j: an answer error (exit 2), not a crash further on", async (field, value) => {
    const { url, server } = await startServer((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(deployment({ [field]: value })));
    });
    try {
      const error = (await clientFor(url).getDeployment("cldepl0000000000000000001").catch((e: unknown) => e)) as ConfigurationError;
      expect(error).toBeInstanceOf(AstroApiAnswerError);
      expect(error.message).toContain(field);
    } finally {
      server.close();
    }
  });
});

describe("the token never appears in an error message", () => {
  it.each([
    ["a JSON error that quotes the header", { status: 400, body: { message: `bad header: Bearer ${TOKEN}`, requestId: "r1", statusCode: 400 } }],
    ["a proxy's HTML page that echoes the request", { status: 200, raw: `<html><pre>Authorization: Bearer ${TOKEN}</pre></html>` }],
    ["an error page that echoes it", { status: 502, raw: `<html>upstream refused Bearer ${TOKEN}</html>`, times: 9 }],
  ])("%s", async (_what, fault) => {
    emulator = await startAstroEmulator();
    const deployment = emulator.addDeployment({ name: "a" });
    emulator.inject("GetDeployment", fault);
    const error = (await clientFor(emulator.url, emulator.organizationId).getDeployment(deployment.id).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(Error);
    expect(error.message).not.toContain(TOKEN);
    expect(error.message).toContain("Bearer ***");
    expect(classifyError(error).describe()).not.toContain(TOKEN);
  });

  it("ASTRO_API_URL over plain http is refused unless it is this machine (the token would cross the network unencrypted)", () => {
    const refused = (url: string): Error | undefined => {
      try {
        clientFor(url);
      } catch (e) {
        return e as Error;
      }
      return undefined;
    };
    const error = refused("http://astro-proxy.example.com/v1");
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error?.message).toMatch(/ASTRO_API_URL is plain http to astro-proxy\.example\.com/);
    expect(refused("http://127.0.0.1:8080/v1")).toBeUndefined();
    expect(refused("http://localhost:8080/v1")).toBeUndefined();
    expect(refused("https://api.astronomer.io/v1")).toBeUndefined();
  });

  it("ASTRO_API_URL with a user and password is refused, and the password is in no message", async () => {
    const error = (() => {
      try {
        clientFor("https://ci:url-password@api.astronomer.io/v1");
      } catch (e) {
        return e as Error;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error?.message).toMatch(/ASTRO_API_URL holds a user name or password \("https:\/\/api\.astronomer\.io\/v1" without them\)/);
    expect(classifyError(error).describe()).not.toContain("url-password");
  });
});

describe("429 and answers too long to hold", () => {
  it("a create answered 429 (with or without Retry-After) is sent again: the API did not carry it out; one deploy is made", async () => {
    emulator = await startAstroEmulator();
    const deployment = emulator.addDeployment({ name: "a" });
    emulator.inject("CreateDeploy", { status: 429, retryAfter: 2 });
    emulator.inject("CreateDeploy", { status: 429 });
    const sleeps: number[] = [];
    const client = createAstroClient({ token: TOKEN, baseUrl: emulator.url, organizationId: emulator.organizationId, logger: new RecordingLogger(), deps: { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 } });
    const deploy = await client.createDeploy(deployment.id, { type: "DAG_ONLY" });
    expect(emulator.deploys.map((d) => d.id)).toEqual([deploy.id]);
    expect(emulator.requests.filter((r) => r.operationId === "CreateDeploy").map((r) => r.status)).toEqual([429, 429, 200]);
    expect(sleeps[0]).toBe(2000);
  });

  it("a Retry-After longer than astro-ci waits ends the request at once, saying so (it waited 120 s five times in silence); shorter waits are said", async () => {
    emulator = await startAstroEmulator();
    const deployment = emulator.addDeployment({ name: "a" });
    emulator.inject("CreateDeploy", { status: 429, retryAfter: 9 });
    emulator.inject("CreateDeploy", { status: 429, retryAfter: 100000 });
    const sleeps: number[] = [];
    const logger = new RecordingLogger();
    const client = createAstroClient({ token: TOKEN, baseUrl: emulator.url, organizationId: emulator.organizationId, logger, deps: { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 } });
    const error = (await client.createDeploy(deployment.id, { type: "DAG_ONLY" }).catch((e: unknown) => e)) as Error;
    expect(classifyError(error).describe()).toMatch(/→ 429: the Astro API asks to retry after 100000 s \(Retry-After\), longer than astro-ci waits \(120 s\) Fix: run again later/);
    expect(sleeps).toEqual([9000]);
    expect(logger.messages.filter((m) => m.level === "info").map((m) => m.message).join("\n")).toMatch(/HTTP 429; retry 1 of 4 in 9 s \(the API's Retry-After\)/);
    expect(emulator.deploys).toHaveLength(0);
  });

  it("a create answered 500 is still not sent again (it may have been carried out)", async () => {
    emulator = await startAstroEmulator();
    const deployment = emulator.addDeployment({ name: "a" });
    emulator.inject("CreateDeploy", { status: 500 });
    await expect(clientFor(emulator.url, emulator.organizationId).createDeploy(deployment.id, { type: "DAG_ONLY" })).rejects.toThrow(/→ 500/);
    expect(emulator.requests.filter((r) => r.operationId === "CreateDeploy")).toHaveLength(1);
  });

  it.each([
    ["with a Content-Length", true],
    ["streamed without one", false],
  ])("an answer longer than the limit (%s) is an AstroApiAnswerError naming the limit, read no further", async (_what, withLength) => {
    const huge = `{"organizations": [${'{"id": "clorg0000000000000000000", "name": "x"},'.repeat(4000)}{"id": "a", "name": "b"}]}`;
    const api = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", ...(withLength ? { "content-length": String(Buffer.byteLength(huge)) } : {}) });
      for (let i = 0; i < huge.length; i += 16_384) res.write(huge.slice(i, i + 16_384));
      res.end();
    });
    servers.push(api.server);
    const http = createAstroHttp({ baseUrl: `${api.url}/v1`, token: TOKEN, timeoutMs: 10_000, retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 }, deps: realHttpDeps, logger: new RecordingLogger(), maxBodyBytes: 64 * 1024 });
    const error = (await http.request({ method: "GET", path: "/organizations", idempotent: true, shape: "organizations" }).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(AstroApiAnswerError);
    expect(error.message).toMatch(/more than an Astro API answer can be \(65536 bytes at most\); the answer begins "\{\\"organizations\\": \[\{\\"id\\"/);
    // The same answer within the limit is read as before.
    const roomy = createAstroHttp({ baseUrl: `${api.url}/v1`, token: TOKEN, timeoutMs: 10_000, retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 }, deps: realHttpDeps, logger: new RecordingLogger() });
    expect((await roomy.request<{ organizations: unknown[] }>({ method: "GET", path: "/organizations", idempotent: true, shape: "organizations" })).organizations).toHaveLength(4001);
  });
});

describe("fork pull requests and teardown", () => {
  it("a fork's pull request closing (no secrets on its run) is a notice and exit 0, not a failed teardown", async () => {
    const tree = makeTempTree({ "repo/astro-ci.yaml": "previews:\n  template-deployment-name: staging\n", "repo/dags/a.py": "from airflow import DAG\n" });
    const event = join(tree.dir, "event.json");
    writeFileSync(event, JSON.stringify({ action: "closed", number: 5, pull_request: { number: 5, state: "closed", head: { sha: "a".repeat(40), ref: "patch-1", repo: { full_name: "mallory/r" } }, base: { sha: "b".repeat(40), repo: { full_name: "o/r" } } }, repository: { full_name: "o/r" } }));
    const notices: string[] = [];
    const outputs: Record<string, string> = {};
    const runtime = Object.assign(new RecordingLogger(), { notice: (m: string) => void notices.push(m), setOutput: (k: string, v: string) => void (outputs[k] = v), setSecret: () => undefined, appendSummary: async () => undefined });
    try {
      const result = await runTeardownAction({ GITHUB_WORKSPACE: join(tree.dir, "repo"), GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: "o/r" }, runtime as never);
      expect(result).toEqual({ entries: [] });
      expect(notices.join("\n")).toMatch(/#5 comes from a fork.*no ASTRO_API_TOKEN.*scheduled sweep/);
      expect(outputs.removed).toBe("0");
      // The same repository's own pull request without the token is still a configuration error.
      writeFileSync(event, JSON.stringify({ action: "closed", number: 6, pull_request: { number: 6, state: "closed", head: { sha: "a".repeat(40), ref: "x", repo: { full_name: "o/r" } }, base: { sha: "b".repeat(40), repo: { full_name: "o/r" } } }, repository: { full_name: "o/r" } }));
      await expect(runTeardownAction({ GITHUB_WORKSPACE: join(tree.dir, "repo"), GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: "o/r" }, runtime as never)).rejects.toThrow(/ASTRO_API_TOKEN is not set/);
    } finally {
      tree.cleanup();
    }
  });
});

describe("half-done work says what it left and what to do", () => {
  const DAG = "from airflow import DAG\n";
  async function setup(files: Record<string, string>) {
    emulator = await startAstroEmulator();
    const production = emulator.addDeployment({ name: "production" });
    const repo = createTempGitRepo({ "astro/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.1.0\n", ...files });
    repo.commit("initial");
    const emu = emulator;
    const deploy = (overrides: Partial<Parameters<typeof runDeploy>[0]> = {}) =>
      runDeploy({
        repoRoot: repo.dir,
        projectRoot: join(repo.dir, "astro"),
        deploymentName: "production",
        deployType: "dags-only",
        wait: true,
        waitTimeoutMs: 600_000,
        force: false,
        env: { ASTRO_API_TOKEN: TOKEN, ASTRO_API_URL: emu.url, ASTRO_ORGANIZATION_ID: emu.organizationId },
        git: createGit(repo.dir),
        docker: { run: async () => ({ exitCode: 0, stdout: "27.0", stderr: "" }) },
        http: { fetch: (i, init) => fetch(i, init), sleep: async (ms) => emu.clock.advance(ms) },
        now: () => emu.clock.now,
        logger: new RecordingLogger(),
        ...overrides,
      });
    return { production, repo, deploy };
  }

  it("an upload refused after its first block: the deploy is left unfinalized, the message says so and to run again (not 'check ASTRO_API_TOKEN'); the re-run deploys", async () => {
    let noise = "";
    for (let i = 0; noise.length < 2.5 * 1024 * 1024; i++) noise += `# ${i} ${Math.sin(i).toString(36)}${Math.cos(i * 7).toString(36)}\n`;
    const { production, repo, deploy } = await setup({ "astro/dags/big.py": `${DAG}${noise}` });
    try {
      emulator?.inject("PUT blob", { status: 403, nthCall: 2, body: { message: "AuthenticationFailed: signature expired" } });
      const error = await deploy().catch((e: unknown) => e);
      const deployId = emulator?.deploys[0]?.id as string;
      const classified = classifyError(error);
      expect(classified.exitCode).toBe(2);
      expect(classified.describe()).toMatch(new RegExp(`answered 403: .*AuthenticationFailed.*; deploy ${deployId} was created but not finalized, so production still runs what it ran before`));
      expect(classified.describe()).toMatch(/Fix: run the deploy again: it asks Astro for a new upload URL/);
      expect(classified.describe()).not.toMatch(/check ASTRO_API_TOKEN/);
      expect(emulator?.deploys.map((d) => d.status)).toEqual(["INITIALIZED"]);
      expect(production.dagTarballVersion).toBeUndefined();
      const again = await deploy();
      expect(again.result.status).toBe("deployed");
      expect(emulator?.deploys.map((d) => d.status)).toEqual(["INITIALIZED", "DEPLOYED"]);
    } finally {
      repo.cleanup();
    }
  });

  it("reads that keep failing while waiting for a finalized deploy say it was finalized, not that the deploy failed", async () => {
    const { repo, deploy } = await setup({ "astro/dags/a.py": DAG });
    try {
      // The Deployment is found by name (ListDeployments); every GET is the wait's, and fails through every retry.
      emulator?.inject("GetDeployment", { status: 503, times: 99 });
      const error = await deploy().catch((e: unknown) => e);
      const text = classifyError(error).describe();
      const deployId = emulator?.deploys[0]?.id as string;
      expect(emulator?.deploys.map((d) => d.status)).toEqual(["DEPLOYED"]);
      expect(text).toMatch(new RegExp(`→ 503: .*; deploy ${deployId} was finalized before this, so production takes it whether or not this run could watch it Fix: check production in the Astro UI`));
    } finally {
      repo.cleanup();
    }
  });

  it("a docker push that fails after the deploy was created keeps docker's fix and says the deploy is unfinalized", async () => {
    const { repo, deploy } = await setup({ "astro/dags/a.py": DAG });
    try {
      const docker = { run: async (_c: string, args: string[]) => (args[0] === "push" ? { exitCode: 1, stdout: "", stderr: "denied: requested access to the resource is denied" } : { exitCode: 0, stdout: "27.0", stderr: "" }) };
      const error = await deploy({ deployType: "image-and-dags", docker }).catch((e: unknown) => e);
      const text = classifyError(error).describe();
      expect(text).toMatch(/docker push failed: denied.*; deploy \w+ was created but not finalized, so production still runs what it ran before/);
      expect(text).toMatch(/Fix: check that the token may push to images\.astronomer\.cloud.*, then run the deploy again/);
      expect(emulator?.uploads).toEqual([]);
    } finally {
      repo.cleanup();
    }
  });
});

describe("the Astro token does not outlive the deploy", () => {
  it("docker login and push use a config folder of their own, removed after the push: ~/.docker/config.json never holds the token; the build keeps the user's config", async () => {
    emulator = await startAstroEmulator();
    emulator.addDeployment({ name: "production" });
    const repo = createTempGitRepo({ "astro/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "astro/dags/a.py": "from airflow import DAG\n" });
    repo.commit("initial");
    const calls: { step: string; dockerConfig?: string; stored?: boolean }[] = [];
    const docker = {
      async run(_command: string, args: string[], options?: { env?: NodeJS.ProcessEnv; input?: string }) {
        const dockerConfig = options?.env?.DOCKER_CONFIG;
        // As docker does: login writes the credential into $DOCKER_CONFIG/config.json (else ~/.docker/config.json).
        if (args[0] === "login" && dockerConfig) {
          mkdirSync(dockerConfig, { recursive: true });
          writeFileSync(join(dockerConfig, "config.json"), JSON.stringify({ auths: { [args.at(-1) as string]: { auth: Buffer.from(`cli:${options?.input ?? ""}`).toString("base64") } } }));
        }
        calls.push({ step: args[0] as string, dockerConfig, stored: dockerConfig ? existsSync(join(dockerConfig, "config.json")) : undefined });
        return { exitCode: 0, stdout: "27.0", stderr: "" };
      },
    };
    const emu = emulator;
    try {
      const { result } = await runDeploy({
        repoRoot: repo.dir,
        projectRoot: join(repo.dir, "astro"),
        deploymentName: "production",
        deployType: "image-and-dags",
        wait: false,
        waitTimeoutMs: 1000,
        force: false,
        env: { ASTRO_API_TOKEN: TOKEN, ASTRO_API_URL: emu.url, ASTRO_ORGANIZATION_ID: emu.organizationId },
        git: createGit(repo.dir),
        docker,
        http: { fetch: (i, init) => fetch(i, init), sleep: async (ms) => emu.clock.advance(ms) },
        now: () => emu.clock.now,
        logger: new RecordingLogger(),
      });
      expect(result.status).toBe("deployed");
      const login = calls.find((c) => c.step === "login");
      const push = calls.find((c) => c.step === "push");
      expect(login?.dockerConfig).toBeTruthy();
      expect(login?.dockerConfig).not.toBe(join(homedir(), ".docker"));
      expect(push).toMatchObject({ dockerConfig: login?.dockerConfig, stored: true });
      expect(calls.find((c) => c.step === "build")?.dockerConfig).toBeUndefined();
      expect(existsSync(login?.dockerConfig as string), "the login's config folder is removed after the push").toBe(false);
    } finally {
      repo.cleanup();
    }
  });
});

describe("the reads before the first tarball byte run together", () => {
  async function timedDeploy(deployment: { byId: boolean }, dirty = false) {
    emulator = await startAstroEmulator();
    const production = emulator.addDeployment({ name: "production" });
    // Each read takes a while, so that reads made one after the other cannot overlap.
    emulator.inject("GetDeployment", { delayMs: 150, times: 99 });
    emulator.inject("ListDeployments", { delayMs: 150, times: 99 });
    emulator.inject("ListDeploys", { delayMs: 150, times: 99 });
    const repo = createTempGitRepo({ "astro/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "astro/dags/a.py": "from airflow import DAG\n" });
    repo.commit("initial");
    if (dirty) repo.write({ "astro/dags/b.py": "x = 1\n" });
    const spans: { what: string; start: number; end?: number }[] = [];
    const timed = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
      const span: { what: string; start: number; end?: number } = { what, start: performance.now() };
      spans.push(span);
      try {
        return await run();
      } finally {
        span.end = performance.now();
      }
    };
    const git = createGit(repo.dir);
    const emu = emulator;
    const outcome = await runDeploy({
      repoRoot: repo.dir,
      projectRoot: join(repo.dir, "astro"),
      ...(deployment.byId ? { deploymentId: production.id } : { deploymentName: "production" }),
      deployType: "dags-only",
      wait: false,
      waitTimeoutMs: 1000,
      force: false,
      env: { ASTRO_API_TOKEN: TOKEN, ASTRO_API_URL: emu.url, ASTRO_ORGANIZATION_ID: emu.organizationId },
      git: { ...git, uncommittedChanges: (path: string) => timed("git status", () => git.uncommittedChanges(path)) },
      docker: { run: async () => ({ exitCode: 0, stdout: "", stderr: "" }) },
      http: { fetch: (i, init) => timed(`${init?.method ?? "GET"} ${new URL(String(i)).pathname.replace(/^.*\/organizations\/[^/]+/, "")}`, () => fetch(i, init)), sleep: async (ms) => emu.clock.advance(ms) },
      logger: new RecordingLogger(),
    }).catch((e: unknown) => e);
    repo.cleanup();
    return { outcome, spans, production };
  }
  const overlap = (a?: { start: number; end?: number }, b?: { start: number; end?: number }) => Boolean(a && b && a.start < (b.end ?? Infinity) && b.start < (a.end ?? Infinity));

  it("by id: the Deployment, its deploys and git status are read at the same time; the deploy is the same", async () => {
    const { outcome, spans, production } = await timedDeploy({ byId: true });
    expect((outcome as { result: { status: string } }).result.status).toBe("deployed");
    const get = spans.find((s) => s.what === `GET /deployments/${production.id}`);
    const deploys = spans.find((s) => s.what === `GET /deployments/${production.id}/deploys`);
    const status = spans.find((s) => s.what === "git status");
    expect(overlap(get, deploys), JSON.stringify(spans)).toBe(true);
    expect(overlap(get, status), JSON.stringify(spans)).toBe(true);
    // Nothing is uploaded before both reads are done.
    const firstPut = spans.find((s) => s.what.startsWith("PUT "));
    expect(firstPut?.start).toBeGreaterThan(Math.max(get?.end ?? Infinity, deploys?.end ?? Infinity));
  });

  it("by name: the lookup runs while git status does, the deploys after it", async () => {
    const { spans, production } = await timedDeploy({ byId: false });
    const lookup = spans.find((s) => s.what === "GET /deployments");
    const deploys = spans.find((s) => s.what === `GET /deployments/${production.id}/deploys`);
    expect(overlap(lookup, spans.find((s) => s.what === "git status")), JSON.stringify(spans)).toBe(true);
    expect(deploys?.start).toBeGreaterThanOrEqual(lookup?.end ?? Infinity);
  });

  it("a refused work tree still stops the deploy, and no read is left running", async () => {
    const { outcome, spans } = await timedDeploy({ byId: true }, true);
    expect(classifyError(outcome).describe()).toMatch(/the work tree differs from commit \w+ in the project \(astro\/dags\/b\.py\)/);
    expect(spans.filter((s) => s.what !== "git status").every((s) => s.end !== undefined)).toBe(true);
    expect(emulator?.deploys).toEqual([]);
  });
});
