import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startGitHubEmulator, type GitHubEmulator } from "../support/github-emulator.js";
import { createTempGitRepo, type TempGitRepo } from "../support/git-repo.js";
import { commentPayload } from "../comment-commands/support.js";
import { tempDirPath } from "../support/temp-dir.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

describe("comment-command action (bundled dist/comment-command.js, GitHub emulator)", () => {
  let github: GitHubEmulator;
  let repo: TempGitRepo;
  beforeEach(async () => {
    github = await startGitHubEmulator();
    repo = createTempGitRepo({ "astro-ci.yaml": "deployments:\n  - branch: develop\n    deployment-name: stg\n    name: staging\n" });
    repo.commit("trusted");
  });
  afterEach(async () => {
    expect(github.validationErrors).toEqual([]);
    expect(github.responseErrors).toEqual([]);
    await github.close();
    repo.cleanup();
  });

  function run(eventName: string, event: unknown): Promise<{ code: number; outputs: string; stdout: string }> {
    const dir = tempDirPath("astro-ci-runner-");
    const files = { output: join(dir, "output"), event: join(dir, "event.json") };
    writeFileSync(files.output, "");
    writeFileSync(files.event, JSON.stringify(event));
    return new Promise((resolve) =>
      execFile(
        process.execPath,
        [join(repoRoot, "dist/comment-command.js")],
        { env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: tmpdir(), RUNNER_TEMP: dir, GITHUB_OUTPUT: files.output, GITHUB_REPOSITORY: "o/r", GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: files.event, GITHUB_WORKSPACE: repo.dir, GITHUB_API_URL: github.url, INPUT_GITHUB_TOKEN: "ghs_test" } },
        (error, stdout) => resolve({ code: error ? Number(error.code ?? 1) : 0, outputs: readFileSync(files.output, "utf8"), stdout }),
      ),
    );
  }

  it("locks a target from a PR comment, refuses another PR naming the holder, and releases on close", async () => {
    const sha = "e".repeat(40);
    github.seedPull({ number: 7, headSha: sha });
    github.seedPull({ number: 9, headSha: "f".repeat(40) });
    github.state.permissions.set("alice", "maintain");
    const first = github.seedComment(7, "/astro lock staging", "alice");
    const locked = await run("issue_comment", commentPayload({ body: "/astro lock staging", commentId: first.id }));
    expect(locked.code).toBe(0);
    expect(locked.outputs).toMatch(/accepted[^\n]*\n?true/);
    expect(github.state.refs.get("refs/astro-ci/locks/staging")).toBe(sha);
    const second = github.seedComment(9, "/astro deploy staging", "alice");
    const refused = await run("issue_comment", commentPayload({ body: "/astro deploy staging", commentId: second.id, pr: 9 }));
    expect(refused.code).toBe(0);
    expect((github.state.comments.get(9) ?? []).some((c) => c.body.includes("locked by #7"))).toBe(true);
    expect(github.state.reactions.filter((r) => r.commentId === second.id).map((r) => r.content)).toEqual(["eyes", "confused"]);
    const closed = await run("pull_request", { action: "closed", number: 7, pull_request: { number: 7, head: { sha, ref: "feature", repo: { full_name: "o/r" } }, base: { sha: "d".repeat(40), ref: "main", repo: { full_name: "o/r" } } } });
    expect(closed.code).toBe(0);
    expect(github.state.refs.size).toBe(0);
  });
});
