import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { publishCheckRun, toAnnotations, truncateForGitHub } from "../../src/github/check-run.js";
import { createOctokit, type GitHubClient } from "../../src/github/octokit.js";
import { upsertStickyComment } from "../../src/github/sticky-comment.js";
import { createRunSecrets } from "../../src/actions/run-secrets.js";
import { emitWorkflowAnnotations } from "../../src/github/workflow-annotations.js";
import type { Finding } from "../../src/core/findings.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { startGitHubEmulator, type GitHubEmulator } from "../support/github-emulator.js";

function findings(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    checkId: i % 3 === 0 ? "syntax-error" : "tags-required",
    severity: i % 3 === 0 ? "error" : "warning",
    message: `problem ${i}`,
    file: `dags/f${i}.py`,
    line: i + 1,
    column: 2,
    endColumn: 5,
  }));
}

describe("check runs against the GitHub API emulator", () => {
  let emulator: GitHubEmulator;
  let client: GitHubClient;
  const logger = new RecordingLogger();
  beforeEach(async () => {
    emulator = await startGitHubEmulator();
    client = createOctokit({ token: "ghs_test", baseUrl: emulator.url, logger, retryAfterBaseValue: 1, spaceOutWrites: false });
  });
  afterEach(async () => {
    expect(emulator.validationErrors).toEqual([]);
    expect(emulator.responseErrors).toEqual([]);
    await emulator.close();
  });

  const publish = (n: number, conclusion: "success" | "failure" = "failure") =>
    publishCheckRun(client, { owner: "o", repo: "r", name: "astro-ci / validate-dags", headSha: "a".repeat(40), title: "t", summary: "s", annotations: toAnnotations(findings(n)), conclusion }, logger);

  it.each([
    [0, []],
    [50, [50]],
    [51, [50, 1]],
    [120, [50, 50, 20]],
  ])("sends %i annotations in batches of at most 50 and sets the conclusion last", async (n, batches) => {
    const result = await publish(n);
    expect(result.status).toBe("published");
    const run = [...emulator.state.checkRuns.values()][0];
    expect(run?.annotationBatches).toEqual(batches);
    expect(run?.annotations).toHaveLength(n);
    expect(run).toMatchObject({ status: "completed", conclusion: "failure", head_sha: "a".repeat(40) });
    const calls = emulator.requests.map((r) => r.operationId);
    expect(calls[0]).toBe("checks/create");
    expect((emulator.requests[0]?.body as { status: string }).status).toBe("in_progress");
    const last = emulator.requests[emulator.requests.length - 1]?.body as { conclusion?: string };
    expect(last.conclusion).toBe("failure");
    expect(emulator.requests.slice(0, -1).every((r) => (r.body as { conclusion?: string }).conclusion === undefined)).toBe(true);
  });

  it("puts errors first so the visible annotations are the important ones", () => {
    const levels = toAnnotations(findings(9)).map((a) => a.annotation_level);
    expect(levels.slice(0, 3)).toEqual(["failure", "failure", "failure"]);
  });

  it("reports a token that cannot write checks as forbidden instead of failing", async () => {
    emulator.forbid("checks/");
    const result = await publish(3);
    expect(result).toMatchObject({ status: "forbidden" });
    expect(emulator.state.checkRuns.size).toBe(0);
  });

  it("retries a server error", async () => {
    emulator.failNext("checks/create", 502, "Bad Gateway");
    expect((await publish(1)).status).toBe("published");
    expect(emulator.requests.filter((r) => r.operationId === "checks/create").map((r) => r.status)).toEqual([502, 201]);
  });

  it("truncates an oversized summary so GitHub accepts it", async () => {
    const summary = Array.from({ length: 5000 }, (_, i) => `line ${i} ${"x".repeat(20)}`).join("\n");
    const result = await publishCheckRun(
      client,
      { owner: "o", repo: "r", name: "n", headSha: "b".repeat(40), title: "t", summary: truncateForGitHub(summary, 65535, "\n… see the job summary"), annotations: [], conclusion: "success" },
      logger,
    );
    expect(result.status).toBe("published");
    const run = [...emulator.state.checkRuns.values()][0];
    expect(run?.output.summary?.length).toBeLessThanOrEqual(65535);
    expect(run?.output.summary?.endsWith("… see the job summary")).toBe(true);
  });

  it("the emulator rejects what GitHub rejects (annotation_level 'error')", async () => {
    const bad = await fetch(`${emulator.url}/repos/o/r/check-runs`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "n", head_sha: "c".repeat(40), output: { title: "t", summary: "s", annotations: [{ path: "a", start_line: 1, end_line: 1, annotation_level: "error", message: "m" }] } }),
    });
    expect(bad.status).toBe(422);
    expect(emulator.validationErrors.length).toBe(1);
    emulator.validationErrors.length = 0;
  });
});

describe("sticky comment", () => {
  let emulator: GitHubEmulator;
  let client: GitHubClient;
  beforeEach(async () => {
    emulator = await startGitHubEmulator();
    client = createOctokit({ token: "ghs_test", baseUrl: emulator.url, logger: new RecordingLogger(), spaceOutWrites: false });
  });
  afterEach(async () => {
    expect(emulator.validationErrors).toEqual([]);
    await emulator.close();
  });

  it("creates once, then updates the same comment, across pages of other comments", async () => {
    for (let i = 0; i < 130; i++) emulator.seedComment(7, `chatter ${i}`, "someone");
    const first = await upsertStickyComment(client, { owner: "o", repo: "r", issueNumber: 7, marker: "astro-ci:validate-dags", body: "v1" });
    for (let i = 0; i < 5; i++) emulator.seedComment(7, `more ${i}`, "someone");
    const second = await upsertStickyComment(client, { owner: "o", repo: "r", issueNumber: 7, marker: "astro-ci:validate-dags", body: "v2" });
    expect(first.action).toBe("created");
    expect(second).toMatchObject({ action: "updated", id: first.id });
    const ours = emulator.state.comments.get(7)?.filter((c) => c.body.includes("astro-ci:validate-dags"));
    expect(ours?.map((c) => c.body)).toEqual(["<!-- astro-ci:validate-dags -->\nv2"]);
  });

  it("does not take over a comment where a user pasted the marker", async () => {
    const pasted = emulator.seedComment(7, "<!-- astro-ci:validate-dags --> look", "mallory");
    const result = await upsertStickyComment(client, { owner: "o", repo: "r", issueNumber: 7, marker: "astro-ci:validate-dags", body: "real" });
    expect(result.action).toBe("created");
    expect(emulator.state.comments.get(7)?.find((c) => c.id === pasted.id)?.body).toBe("<!-- astro-ci:validate-dags --> look");
  });

  it("masks the run's secrets in the body with the run's mask (tokens, setSecret values), in every encoded form, before posting", async () => {
    const runtimeSecrets: string[] = [];
    const secrets = createRunSecrets({ setSecret: (value) => runtimeSecrets.push(value) });
    for (const value of ["ghs_TOKEN1234", "astro-TOKEN-5678", undefined, ""]) secrets.mask(value);
    expect(runtimeSecrets).toEqual(["ghs_TOKEN1234", "astro-TOKEN-5678"]);
    const body = `echoed: Bearer astro-TOKEN-5678, ${encodeURIComponent("ghs_TOKEN1234")}, ${Buffer.from("x:ghs_TOKEN1234").toString("base64")}`;
    await upsertStickyComment(client, { owner: "o", repo: "r", issueNumber: 9, marker: "m", body, scrub: secrets.scrub });
    const posted = emulator.state.comments.get(9)?.[0]?.body ?? "";
    expect(posted).toContain("echoed: Bearer ***");
    expect(posted).not.toMatch(/TOKEN/);
    expect(posted).not.toContain(Buffer.from("x:ghs_TOKEN1234").toString("base64"));
  });

  it("cuts a body over GitHub's 65536 characters", async () => {
    await upsertStickyComment(client, { owner: "o", repo: "r", issueNumber: 8, marker: "m", body: "row\n".repeat(40_000) });
    expect(emulator.state.comments.get(8)?.[0]?.body.length).toBeLessThanOrEqual(65536);
  });
});

describe("workflow annotations fallback", () => {
  it("emits errors first with file, line and column", () => {
    const calls: [string, string, Record<string, unknown> | undefined][] = [];
    const sink = {
      error: (m: string, p?: Record<string, unknown>) => calls.push(["error", m, p]),
      warning: (m: string, p?: Record<string, unknown>) => calls.push(["warning", m, p]),
      notice: (m: string, p?: Record<string, unknown>) => calls.push(["notice", m, p]),
    };
    const n = emulateList();
    expect(emitWorkflowAnnotations(n, sink)).toBe(3);
    expect(calls.map((c) => c[0])).toEqual(["error", "warning", "notice"]);
    expect(calls[0]?.[2]).toMatchObject({ file: "dags/a.py", startLine: 3, startColumn: 4, title: "syntax-error" });
  });
});

function emulateList(): Finding[] {
  return [
    { checkId: "zip-not-checked", severity: "notice", message: "n", file: "dags/z.zip", line: 1 },
    { checkId: "tags-required", severity: "warning", message: "w", file: "dags/b.py", line: 2 },
    { checkId: "syntax-error", severity: "error", message: "e", file: "dags/a.py", line: 3, column: 4 },
  ];
}
