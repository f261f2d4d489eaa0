// A check run's title, summary and annotations go to GitHub's API from astro-ci itself, which the runner's masking
// (core.setSecret) never sees: every action scrubs them with its run's secrets first. A finding that quotes a token
// (an import error printing a setting, a failing test's assertion) must not publish it on the pull request.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reportFindingsAsCheckRun } from "../../src/actions/check-run-report.js";
import { createRunSecrets } from "../../src/actions/run-secrets.js";
import type { GitHubContext } from "../../src/github/context.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { startGitHubEmulator, type GitHubEmulator } from "../support/github-emulator.js";

const TOKEN = "ghs_" + "Zq8".repeat(12);

describe("check runs carry no secret of the run", () => {
  let emulator: GitHubEmulator;
  beforeEach(async () => {
    emulator = await startGitHubEmulator();
  });
  afterEach(async () => {
    expect(emulator.validationErrors).toEqual([]);
    await emulator.close();
  });

  const context = (emulator: GitHubEmulator) => ({ owner: "o", repo: "r", headSha: "a".repeat(40), apiUrl: emulator.url }) as GitHubContext;
  const runtime = () => Object.assign(new RecordingLogger(), { notice: () => {}, warning: () => {}, error: () => {} }) as never;

  it("scrubs a long title before cutting it: no part of a secret across the cut is sent", async () => {
    const secrets = createRunSecrets({ setSecret: () => {} });
    secrets.mask(TOKEN);
    const title = `${"x".repeat(190)}${TOKEN}`;
    await reportFindingsAsCheckRun({ name: "astro-ci / deploy", title, summary: "s", findings: [], conclusion: "failure", token: TOKEN, context: context(emulator), summaryUrl: "https://github.com/o/r/actions/runs/1", scrub: secrets.scrub }, runtime());
    const [run] = [...emulator.state.checkRuns.values()];
    expect(run?.output.title).toBe(`${"x".repeat(190)}***`);
    expect(JSON.stringify(emulator.requests.map((r) => r.body))).not.toContain(TOKEN.slice(0, 8));
  });

  it("scrubs the title, summary, annotation messages and fixes before they are sent", async () => {
    const masked: string[] = [];
    const secrets = createRunSecrets({ setSecret: (value) => void masked.push(value) });
    secrets.mask(TOKEN);
    const context = { owner: "o", repo: "r", headSha: "a".repeat(40), apiUrl: emulator.url } as GitHubContext;
    const runtime = Object.assign(new RecordingLogger(), { notice: () => {}, warning: () => {}, error: () => {} });
    const url = await reportFindingsAsCheckRun(
      {
        name: "astro-ci / test",
        title: `1 failed: token ${TOKEN}`,
        summary: `## failed\n\nassert '${TOKEN}' == ''`,
        findings: [{ checkId: "test-failed", severity: "error", message: `AssertionError: ${TOKEN}`, fix: `rotate ${TOKEN}`, file: "tests/test_a.py", line: 3 }],
        conclusion: "failure",
        token: TOKEN,
        context,
        summaryUrl: "https://github.com/o/r/actions/runs/1",
        scrub: secrets.scrub,
      },
      runtime as never,
    );
    expect(url).toBeDefined();
    expect(masked).toEqual([TOKEN]);
    const sent = JSON.stringify(emulator.requests.map((r) => r.body));
    expect(sent).toContain("AssertionError: ***");
    expect(sent).not.toContain(TOKEN);
    const [run] = [...emulator.state.checkRuns.values()];
    expect(run?.output.title).toBe("1 failed: token ***");
    expect(run?.output.summary).toContain("assert '***' == ''");
    expect(run?.annotations[0]?.message).toBe("AssertionError: ***\nFix: rotate ***");
  });
});
