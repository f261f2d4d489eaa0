import { describe, expect, it } from "vitest";
import { createServer } from "node:net";
import { createOctokit } from "../../src/github/octokit.js";
import { classifyError } from "../../src/errors.js";
import { AstroApiError } from "../../src/astro/http.js";
import { startJsonServer, type JsonReply } from "../support/openapi.js";

const silent = { debug: () => {}, info: () => {}, warning: () => {}, error: () => {} };

/** A loopback port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function failure(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error("the call did not fail");
}

describe("the classifier and GitHub API failures (real Octokit, real sockets)", () => {
  it("a GitHub API that does not answer (connection refused) is the environment's fault: exit 2 naming the call and the fix, never 'internal error'", async () => {
    const port = await closedPort();
    const octokit = createOctokit({ token: "ghs_x", baseUrl: `http://127.0.0.1:${port}`, logger: silent, retries: 0, spaceOutWrites: false });
    const error = await failure(() => octokit.rest.checks.create({ owner: "o", repo: "r", name: "astro-ci / validate-dags", head_sha: "a".repeat(40) }));
    const classified = classifyError(error);
    expect(classified).toMatchObject({ kind: "user", exitCode: 2 });
    expect(classified.describe()).toContain(`POST http://127.0.0.1:${port}/repos/o/r/check-runs`);
    expect(classified.describe()).toMatch(/did not answer.*ECONNREFUSED.*Fix: check GITHUB_API_URL/);
    expect(classified.describe()).not.toContain("ghs_x");
  });

  for (const [status, expected] of [
    [401, /refused .* \(HTTP 401\).*Fix: check the github-token input/],
    [403, /refused .* \(HTTP 403\)/],
    [404, /does not show .* \(HTTP 404\)/],
    [503, /failed .* \(HTTP 503\).*githubstatus/],
  ] as const) {
    it(`an HTTP ${status} from the GitHub API is exit 2 with the fix`, async () => {
      const server = await startJsonServer((): JsonReply => ({ status, body: { message: `status ${status}` } }));
      try {
        const octokit = createOctokit({ token: "ghs_x", baseUrl: server.url, logger: silent, retries: 0, spaceOutWrites: false });
        const classified = classifyError(await failure(() => octokit.rest.pulls.get({ owner: "o", repo: "r", pull_number: 1 })));
        expect(classified).toMatchObject({ kind: "user", exitCode: 2 });
        expect(classified.describe()).toMatch(expected);
      } finally {
        await server.close();
      }
    });
  }

  it("a 422 (a request astro-ci built wrongly) stays a bug", async () => {
    const server = await startJsonServer((): JsonReply => ({ status: 422, body: { message: "Validation Failed" } }));
    try {
      const octokit = createOctokit({ token: "ghs_x", baseUrl: server.url, logger: silent, retries: 0, spaceOutWrites: false });
      expect(classifyError(await failure(() => octokit.rest.pulls.get({ owner: "o", repo: "r", pull_number: 1 })))).toMatchObject({ kind: "bug", exitCode: 3 });
    } finally {
      await server.close();
    }
  });

  it("a plain fetch that gets no answer (fetch failed, ECONNREFUSED) is exit 2, not a bug", async () => {
    const port = await closedPort();
    const classified = classifyError(await failure(() => fetch(`http://127.0.0.1:${port}/x`)));
    expect(classified).toMatchObject({ kind: "user", exitCode: 2 });
    expect(classified.describe()).toMatch(/no answer.*ECONNREFUSED.*Fix: check the network/);
  });
});

describe("the classifier and Astro API refusals", () => {
  it("a 404 (an unknown deployment-id) names the ID to check, not the network", () => {
    const notFound = classifyError(new AstroApiError(404, "GET /organizations/o/deployments/x → 404: deployment not found", "GET", "/organizations/o/deployments/x"));
    expect(notFound).toMatchObject({ kind: "user", exitCode: 2 });
    expect(notFound.describe()).toMatch(/Fix: check the ID or name \(deployment-id/);
    expect(classifyError(new AstroApiError(0, "GET /x failed: connect ECONNREFUSED", "GET", "/x")).describe()).toMatch(/Fix: check ASTRO_API_URL/);
  });

  it("a 400 or 422 (values the API refuses, e.g. a worker queue beyond the cluster's limits) points at the values, not the network", () => {
    for (const status of [400, 422]) {
      const refused = classifyError(new AstroApiError(status, `POST /organizations/o/deployments → ${status}: workerQueues[0].maxWorkerCount must be at most 10`, "POST", "/organizations/o/deployments"));
      expect(refused).toMatchObject({ kind: "user", exitCode: 2 });
      expect(refused.describe()).toMatch(/Fix: the API refused the values sent: correct the setting the message names/);
      expect(refused.describe()).not.toMatch(/ASTRO_API_URL|the network/);
    }
  });
});
