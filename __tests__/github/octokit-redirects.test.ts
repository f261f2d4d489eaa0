import { afterEach, describe, expect, it } from "vitest";
import { createOctokit } from "../../src/github/octokit.js";
import { classifyError } from "../../src/errors.js";
import { startJsonServer, type JsonReply, type JsonRequest } from "../support/openapi.js";
import { RecordingLogger } from "../support/recording-logger.js";

// The GitHub client refuses redirects, as the Astro client does: fetch would follow one and send the request again,
// body included, to the Location's host. Real Octokit, real sockets.

type Server = Awaited<ReturnType<typeof startJsonServer>> & { seen: JsonRequest[] };
const servers: Server[] = [];
async function server(handle: (request: JsonRequest, count: number) => JsonReply): Promise<Server> {
  const seen: JsonRequest[] = [];
  const started = await startJsonServer((request) => {
    seen.push(request);
    return handle(request, seen.length);
  });
  const entry = { ...started, seen };
  servers.push(entry);
  return entry;
}
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function failure(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error("the call did not fail");
}

describe("the GitHub client and redirects", () => {
  for (const status of [301, 302, 303, 307, 308]) {
    it(`a ${status} to another host is refused: nothing reaches that host, nothing is retried, exit 2 naming the fix`, async () => {
      const elsewhere = await server(() => ({ status: 200, body: { number: 1, state: "open" } }));
      const api = await server((request) => ({ status, headers: { location: `${elsewhere.url}/steal${request.path}?token=q` } }));
      const client = createOctokit({ token: "ghs_SECRET", baseUrl: api.url, logger: new RecordingLogger(), retries: 3, spaceOutWrites: false });
      const read = await failure(() => client.rest.pulls.get({ owner: "o", repo: "r", pull_number: 1 }));
      const write = await failure(() => client.rest.git.createRef({ owner: "o", repo: "r", ref: "refs/astro-ci/locks/x", sha: "a".repeat(40) }));
      expect(elsewhere.seen).toEqual([]);
      expect(api.seen.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /repos/o/r/pulls/1", "POST /repos/o/r/git/refs"]);
      for (const error of [read, write]) {
        expect(error).toMatchObject({ name: "HttpError", status });
        expect((error as Error).message).toContain(`a redirect to ${elsewhere.url}/steal/repos/o/r/`);
        expect((error as Error).message).not.toContain("token=q");
        const classified = classifyError(error);
        expect(classified).toMatchObject({ kind: "user", exitCode: 2 });
        expect(classified.describe()).toMatch(new RegExp(`redirect \\(HTTP ${status}\\).*Fix: check GITHUB_API_URL`, "s"));
        expect(classified.describe()).not.toContain("ghs_SECRET");
      }
    });
  }

  it("a redirect within the API host is refused too (no request sent twice)", async () => {
    const api = await server(() => ({ status: 307, headers: { location: "/elsewhere" } }));
    const client = createOctokit({ token: "ghs_x", baseUrl: api.url, logger: new RecordingLogger(), spaceOutWrites: false });
    const error = await failure(() => client.rest.issues.createComment({ owner: "o", repo: "r", issue_number: 1, body: "hello" }));
    expect(error).toMatchObject({ status: 307, message: expect.stringContaining(`a redirect to ${api.url}/elsewhere`) });
    expect(api.seen.map((r) => r.path)).toEqual(["/repos/o/r/issues/1/comments"]);
  });

  it("pagination does not follow a Link header to another host (the token would go with it); a Link under the API URL is followed", async () => {
    const elsewhere = await server(() => ({ status: 200, body: [{ id: 3 }] }));
    const api = await server((request) =>
      request.query.page === "2"
        ? { status: 200, body: [{ id: 2 }], headers: { link: `<${elsewhere.url}/repos/o/r/issues/1/comments?page=3>; rel="next"` } }
        : { status: 200, body: [{ id: 1 }], headers: { link: `<${api.url}/api/v3/repos/o/r/issues/1/comments?page=2>; rel="next"` } },
    );
    const client = createOctokit({ token: "ghs_SECRET", baseUrl: `${api.url}/api/v3`, logger: new RecordingLogger(), retries: 0, spaceOutWrites: false });
    const error = await failure(() => client.paginate(client.rest.issues.listComments, { owner: "o", repo: "r", issue_number: 1, per_page: 1 }));
    expect(elsewhere.seen).toEqual([]);
    expect(api.seen.map((r) => r.query.page)).toEqual([undefined, "2"]);
    const classified = classifyError(error);
    expect(classified).toMatchObject({ kind: "user", exitCode: 2 });
    expect(classified.describe()).toContain(`a link to ${elsewhere.url}/repos/o/r/issues/1/comments, outside GITHUB_API_URL`);
    expect(classified.describe()).not.toContain("ghs_SECRET");
  });

  it("a GitHub Enterprise Server API URL (https://HOST/api/v3) still works, and the retry plugin still sees a 5xx", async () => {
    const api = await server((_request, count) => (count === 1 ? { status: 503, body: { message: "busy" } } : { status: 200, body: { number: 1, state: "open" } }));
    const client = createOctokit({ token: "ghs_x", baseUrl: `${api.url}/api/v3`, logger: new RecordingLogger(), retries: 1, spaceOutWrites: false });
    const { data, status } = await client.rest.pulls.get({ owner: "o", repo: "r", pull_number: 1 });
    expect({ status, data }).toEqual({ status: 200, data: { number: 1, state: "open" } });
    expect(api.seen.map((r) => r.path)).toEqual(["/api/v3/repos/o/r/pulls/1", "/api/v3/repos/o/r/pulls/1"]);
  });

  it("the throttling plugin still sees a rate limit (429) and waits it out", async () => {
    const api = await server((_request, count) => (count === 1 ? { status: 429, headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(Math.floor(Date.now() / 1000)) }, body: { message: "API rate limit exceeded" } } : { status: 200, body: { number: 1, state: "open" } }));
    const logger = new RecordingLogger();
    const client = createOctokit({ token: "ghs_x", baseUrl: api.url, logger, retries: 0 });
    expect((await client.rest.pulls.get({ owner: "o", repo: "r", pull_number: 1 })).status).toBe(200);
    expect(api.seen).toHaveLength(2);
    expect(logger.messages.filter((m) => m.level === "warning").map((m) => m.message)).toEqual([expect.stringMatching(/^GitHub rate limit hit on GET \/repos\/\{owner\}\/\{repo\}\/pulls\/\{pull_number\}/)]);
  });
});
