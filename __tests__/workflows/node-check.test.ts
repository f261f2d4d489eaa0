import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { tempDirPath } from "../support/temp-dir.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

interface Step {
  id?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
}

/** Every composite action of the repository: the root action.yml and actions/<name>/action.yml. */
const actionFiles = ["action.yml", ...readdirSync(join(repoRoot, "actions")).map((name) => join("actions", name, "action.yml"))];
const steps = (file: string): Step[] => (parse(readFileSync(join(repoRoot, file), "utf8")) as { runs: { steps: Step[] } }).runs.steps;

// Bash as the runner starts a `shell: bash` step (https://docs.github.com/actions/reference/workflow-syntax-for-github-actions#exit-codes-and-error-action-preference).
const bash = ["/bin/bash", "/usr/bin/bash"].find(existsSync);
const work = tempDirPath("astro-ci-node-check-");
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the node-check step's script with only `bin` on PATH (plus the step's own env), like the runner would. */
function runCheck(step: Step, bin: string): { code: number; stdout: string } {
  const script = join(work, `check-${Math.random().toString(36).slice(2)}.sh`);
  writeFileSync(script, step.run!);
  const result = spawnSync(bash!, ["--noprofile", "--norc", "-eo", "pipefail", script], { encoding: "utf8", env: { ...step.env, PATH: bin } });
  return { code: result.status ?? -1, stdout: result.stdout + result.stderr };
}

/** A folder holding a fake `node` whose `--version` prints `output` (and exits `code`). */
function fakeNode(output: string, code = 0): string {
  const bin = mkdtempSync(join(work, "bin-"));
  writeFileSync(join(bin, "node"), `#!/bin/sh\nprintf '%s\\n' '${output}'\nexit ${code}\n`);
  chmodSync(join(bin, "node"), 0o755);
  return bin;
}

describe("composite actions check node before running the bundle", () => {
  it("finds a shell to run the steps with", () => {
    expect(bash).toBeDefined();
  });

  it.each(actionFiles)("%s: the first step is the node check, the same script in every action, with no ${{ }} in it", (file) => {
    const [first, second] = steps(file);
    expect(first?.id).toBe("node-check");
    expect(first?.shell).toBe("bash");
    expect(first?.run).not.toContain("${{");
    expect(first?.run).toBe(steps("actions/validate-dags/action.yml")[0]!.run);
    expect(second?.run).toMatch(/^exec node /);
  });

  it("the minimum it checks is package.json's engines.node", () => {
    const engines = (JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { engines: { node: string } }).engines.node;
    for (const file of actionFiles) expect(`>=${steps(file)[0]!.env?.ASTRO_CI_NODE_MIN}`).toBe(engines);
  });

  const step = steps("actions/validate-dags/action.yml")[0]!;

  it.each(["v18.19.0", "v16.20.2", "v8.0.0", "v19.9.0"])("fails on node %s with one clear error naming the version and the fix", (version) => {
    const result = runCheck(step, fakeNode(version));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error title=astro-ci needs Node\.js 20 or newer::.*is Node\.js 'v[\d.]+'\..*actions\/setup-node/m);
    expect(result.stdout).toContain(version);
    expect(result.stdout.match(/::error/g)).toHaveLength(1);
  });

  it.each(["v20.0.0", "v20.19.5", "v22.11.0", "v24.1.0", "v100.0.0"])("passes on node %s", (version) => {
    expect(runCheck(step, fakeNode(version))).toEqual({ code: 0, stdout: "" });
  });

  it("passes on the node running these tests", () => {
    expect(runCheck(step, dirname(process.execPath)).code).toBe(0);
  });

  it("fails when there is no node on PATH at all", () => {
    const empty = join(work, "empty-bin");
    mkdirSync(empty, { recursive: true });
    const result = runCheck(step, empty);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error title=astro-ci needs Node\.js 20 or newer::node was not found on PATH\..*actions\/setup-node/m);
  });

  it.each([
    ["a node that fails", fakeNode("", 127)],
    ["a node printing garbage", fakeNode("not a version")],
    ["a node printing a workflow command", fakeNode("v1::warning::injected")],
  ])("fails on %s, without echoing anything that could be a workflow command", (_name, bin) => {
    const result = runCheck(step, bin);
    expect(result.code).toBe(1);
    expect(result.stdout.match(/::/g)).toHaveLength(2);
    expect(result.stdout).not.toContain("::warning");
  });
});
