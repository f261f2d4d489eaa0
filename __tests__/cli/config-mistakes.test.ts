/**
 * astro-ci.yaml as a newcomer writes it wrong: each mistake is exit 2 with the file, the line and what was meant,
 * never a silently ignored setting, a misleading message or "internal error".
 */
import { afterEach, describe, expect, it } from "vitest";
import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../../src/cli/main.js";
import { makeTempTree } from "../support/temp-dir.js";

const DAG = `from datetime import datetime
from airflow import DAG
with DAG("ok", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["t"], default_args={"owner": "o", "retries": 2}):
    pass
`;

const trees: { cleanup(): void }[] = [];
afterEach(() => trees.splice(0).forEach((t) => t.cleanup()));

async function validate(config: string | Uint8Array): Promise<{ code: number; stdout: string; stderr: string }> {
  const t = makeTempTree({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.7.1\n", "dags/ok.py": DAG, "astro-ci.yaml": config });
  trees.push(t);
  let stdout = "";
  let stderr = "";
  const code = await runCli(["validate-dags", ".", "--no-cache", "--dynamic", "off"], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: t.dir, isTty: false, env: {} });
  return { code, stdout, stderr };
}

describe("a misspelt setting names the one meant", () => {
  it.each([
    ["validat:\n  fail-on: error\n", "astro-ci.yaml:1: unknown setting `validat`: did you mean `validate`?"],
    ["validate:\n  fail_on: warning\n", "astro-ci.yaml:2: unknown setting `validate.fail_on`: did you mean `fail-on`?"],
    ["validate:\n  Fail-On: warning\n", "astro-ci.yaml:2: unknown setting `validate.Fail-On`: did you mean `fail-on`?"],
    ["deployments:\n  - branch: main\n    deployment-name: prod\n    deploytype: dags-only\n", "astro-ci.yaml:4: unknown setting `deployments[0].deploytype`: did you mean `deploy-type`?"],
    ["validate:\n  checks:\n    tag-required: warning\n", "astro-ci.yaml:3: unknown check 'tag-required' in validate.checks: did you mean 'tags-required'?"],
  ])("%j", async (config, expected) => {
    const run = await validate(config);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(expected);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it("a name far from every setting gets no guess, only the list", async () => {
    const run = await validate("zzz: 1\n");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("astro-ci.yaml:1: unknown setting `zzz` (allowed here: version, projects");
    expect(run.stderr).not.toContain("did you mean");
  });
});

describe("every mistake at once, each in its own words (a tester's config)", () => {
  it("lists every unknown check id, not only the first", async () => {
    const run = await validate("validate:\n  checks:\n    tags-requird: { level: warning }\n    owner-requird: off\n");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("astro-ci.yaml: 2 problems:");
    expect(run.stderr).toContain("line 3: unknown check 'tags-requird' in validate.checks: did you mean 'tags-required'?");
    expect(run.stderr).toContain("line 4: unknown check 'owner-requird' in validate.checks: did you mean 'owner-required'?");
  });

  it("a check's mapping with a wrong option names that option only, not the string shorthand's levels", async () => {
    const run = await validate("validate:\n  checks:\n    min-retries: { level: error, min: three }\n");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("`validate.checks.min-retries.min` must be a whole number");
    expect(run.stderr).not.toContain("`validate.checks.min-retries` must be one of");
  });

  it("a misspelt level in the string shorthand still lists the levels", async () => {
    const run = await validate("validate:\n  checks:\n    min-retries: warnign\n");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("`validate.checks.min-retries` must be one of: error, warning, notice, off");
  });
});

describe("bytes and documents", () => {
  it("a file saved as Latin-1 is named as not UTF-8 on its line (it said `validate.fail-on` must be one of...)", async () => {
    const run = await validate(Buffer.from("validate:\n  fail-on: error\n  exclude: ['caf\xe9/*']\n", "latin1"));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("astro-ci: astro-ci.yaml:3: not UTF-8 text: this line holds a byte that is not valid UTF-8 Fix: save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8), or remove the character\n");
  });

  it("a byte order mark and UTF-8 text are read as they are", async () => {
    const run = await validate(Buffer.from("\ufeffvalidate:\n  exclude: ['café/*']\n  fail-on: never\n", "utf8"));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("a second YAML document is named as such, not in the YAML library's API words", async () => {
    const run = await validate("validate:\n  fail-on: error\n---\nvalidate:\n  fail-on: never\n");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("astro-ci.yaml:3: invalid YAML: a second YAML document starts here");
    expect(run.stderr).not.toContain("parseAllDocuments");
  });
});

describe("numbers and YAML's own constructs, in the file's words (file, line, what was written, the fix)", () => {
  it.each([
    ["previews:\n  template-deployment-name: staging\n  max: 2.5\n", "astro-ci.yaml:3: `previews.max` must be a whole number, not 2.5 Fix: correct these settings"],
    ["previews:\n  template-deployment-name: staging\n  max: 0\n", "astro-ci.yaml:3: `previews.max` must be at least 1, not 0 Fix:"],
    ["previews:\n  template-deployment-name: staging\n  worker-queues: [{ name: default, max-workers: 1.5 }]\n", "astro-ci.yaml:3: `previews.worker-queues[0].max-workers` must be a whole number, not 1.5"],
    ["validate:\n  max-file-size: 2.5\n", "astro-ci.yaml:2: `validate.max-file-size` must be a whole number or a string, not 2.5"],
    ["base: &base\n  fail-on: error\nvalidate: *nope\n", "astro-ci.yaml:3: *nope refers to no anchor: no value before it is marked &nope Fix: mark the value to repeat with &nope above this line"],
    ["base: &base\n  fail-on: error\nvalidate:\n  <<: *base\n", "astro-ci.yaml:4: `<<` merge keys are not supported: astro-ci reads YAML 1.2, which has no merge key"],
  ])("%j", async (config, expected) => {
    const run = await validate(config);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`astro-ci: ${expected}`);
    expect(run.stderr).not.toMatch(/Unresolved alias|expand too far|unknown setting `validate\.<<`|internal error|\n\s+at /);
  });
});

describe("YAML nested past any reader's stack", () => {
  it("is exit 2 on its line in words, not 'Maximum call stack size exceeded'", async () => {
    const run = await validate(`validate:\n  exclude: ${"[".repeat(20000)}${"]".repeat(20000)}\n`);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^astro-ci: astro-ci\.yaml:2: invalid YAML: the values nest too deep to read/);
  });
});

describe("symlinks that lead nowhere", () => {
  async function run(args: string[], links: Record<string, string>): Promise<{ code: number; stderr: string }> {
    const t = makeTempTree({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.7.1\n", "dags/ok.py": DAG });
    trees.push(t);
    for (const [name, target] of Object.entries(links)) symlinkSync(target, join(t.dir, name));
    let stderr = "";
    const code = await runCli(["validate-dags", ...args, "--no-cache", "--dynamic", "off"], { stdout: () => undefined, stderr: (s) => (stderr += s), cwd: t.dir, isTty: false, env: {} });
    return { code, stderr };
  }
  const loop = { l1: "l2", l2: "l1" };

  it("a PROJECT_DIR that is a symlink loop is named as one (it said the folder does not exist)", async () => {
    const r = await run(["l1"], loop);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("astro-ci: l1: cannot read: too many symbolic links (a symlink loop) Fix: remove the looping symlink\n");
  });

  it("a --config that is a symlink loop is named as one (it said config file not found)", async () => {
    const r = await run([".", "--config", "l1"], loop);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("l1: cannot read: too many symbolic links (a symlink loop)");
  });

  it("an astro-ci.yaml that is a looping or dangling symlink is an error naming it, not silently no configuration (exit 0)", async () => {
    const looping = await run(["."], { ...loop, "astro-ci.yaml": "l1" });
    expect(looping.code).toBe(2);
    expect(looping.stderr).toContain("astro-ci.yaml: cannot open: too many symbolic links (a symlink loop)");
    const dangling = await run(["."], { "astro-ci.yaml": "shared/astro-ci.yaml" });
    expect(dangling.code).toBe(2);
    expect(dangling.stderr).toContain("astro-ci.yaml: cannot open: no such file or folder");
  });
});

describe("an astro-ci.yaml where it is not read", () => {
  it("in the project folder below the repository root: a warning that names it and the fix, not silence (a tester's broken config passed)", async () => {
    const t = makeTempTree({ "proj/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.7.1\n", "proj/dags/ok.py": DAG, "proj/astro-ci.yaml": "validate:\n  fail-on: bogus\n" });
    trees.push(t);
    let stderr = "";
    const code = await runCli(["validate-dags", "proj", "--no-cache", "--dynamic", "off"], { stdout: () => undefined, stderr: (s) => (stderr += s), cwd: t.dir, isTty: false, env: {} });
    expect(code).toBe(0);
    expect(stderr).toContain("proj/astro-ci.yaml is not read: astro-ci reads one astro-ci.yaml, at the repository root");
    expect(stderr).toContain("pass --config proj/astro-ci.yaml");
    // Read with --config, the same file is judged (and its mistake named).
    stderr = "";
    const withConfig = await runCli(["validate-dags", "proj", "--config", "proj/astro-ci.yaml", "--no-cache", "--dynamic", "off"], { stdout: () => undefined, stderr: (s) => (stderr += s), cwd: t.dir, isTty: false, env: {} });
    expect(withConfig).toBe(2);
    expect(stderr).not.toContain("is not read");
  });
});
