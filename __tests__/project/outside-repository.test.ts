/**
 * validate-dags never opens a file whose real path is outside the repository: a DAG file, a DAG-folder folder or an
 * .airflowignore that is a symlink leaving it is a dags-folder-problem warning on the link (its target never read),
 * a project settings file is refused (exit 2, or a finding where that file's problems are findings), and a helper
 * module is not followed. On a pull_request_target run, or the `/astro validate` worktree of a fork's pull request,
 * the target could be the trusted checkout's `.git/config` (its token header): nothing of it may come out.
 * Symlinks to other files of the repository stay fine.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { classifyError } from "../../src/errors.js";
import { readProjectModule } from "../../src/dags/project-classes.js";
import { discoverDagFiles } from "../../src/project/discovery.js";
import { loadProject } from "../../src/project/project.js";
import { createTempGitRepo } from "../support/git-repo.js";
import { runCliCaptured } from "../support/run-cli.js";
import { makeTempTree } from "../support/temp-dir.js";

const DAG = (id: string): string => `from datetime import datetime
from airflow import DAG
with DAG("${id}", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["t"], default_args={"owner": "o", "retries": 2}):
    pass
`;

/** A file outside the repository that passes safe mode (airflow, dag) and is not valid Python: reading it shows. */
const SECRET = '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n# airflow dag\n';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** `repo/` (an Astro project at the repository root) and `outside/` beside it. */
function layout(files: Record<string, string> = {}): { repo: string; outside: string } {
  const tree = makeTempTree({
    "repo/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.1.0\n",
    "repo/dags/ok.py": DAG("ok"),
    "repo/include/shared_dag.py": DAG("shared"),
    "outside/secret.py": SECRET,
    "outside/folder/x.py": DAG("x"),
    ...files,
  });
  cleanups.push(tree.cleanup);
  return { repo: join(tree.dir, "repo"), outside: join(tree.dir, "outside") };
}

const OUTSIDE_WARNING = /^it resolves through a symlink to .*, outside the repository: astro-ci does not read it, and on Astro no DAG in it loads \(the Astro image build copies the symlink, not its target/;

describe("DAG discovery", () => {
  it("a DAG file or folder symlinked outside the repository is a warning on the link, and is neither read nor walked; symlinks inside it are DAG files", async () => {
    const { repo, outside } = layout();
    const dags = join(repo, "dags");
    symlinkSync("../../outside/secret.py", join(dags, "a_leak.py"));
    symlinkSync(join(outside, "secret.py"), join(dags, "b_leak.py"));
    symlinkSync(join(outside, "folder"), join(dags, "linked"));
    symlinkSync("../include/shared_dag.py", join(dags, "shared.py"));
    mkdirSync(join(dags, "sub"));
    symlinkSync("../ok.py", join(dags, "sub", "again.py"));

    const result = await discoverDagFiles({ dagsDir: dags, repoRoot: repo, airflowMajor: 2, displayPrefix: "dags" });
    expect(result.files.map((f) => f.path)).toEqual(["ok.py", "shared.py", "sub/again.py"]);
    const byFile = new Map(result.problems.map((p) => [p.file, p]));
    expect([...byFile.keys()].sort()).toEqual(["dags/a_leak.py", "dags/b_leak.py", "dags/linked"]);
    expect(byFile.get("dags/a_leak.py")?.message).toMatch(OUTSIDE_WARNING);
    expect(byFile.get("dags/a_leak.py")?.message).toContain("it resolves through a symlink to ../../outside/secret.py,");
    expect(byFile.get("dags/linked")?.message).toMatch(OUTSIDE_WARNING);
    expect(byFile.get("dags/b_leak.py")?.fix).toBe("copy it into the repository (a symlink may only point inside it), remove it, or list it in .airflowignore");
    // A warning like a dangling symlink's (on Astro it is one), never an unreadable error.
    for (const problem of result.problems) expect(problem).not.toHaveProperty("unreadable");
    for (const problem of result.problems) expect(problem.message).not.toContain("extraheader");
  });

  it("an ignored symlink leaving the repository is ignored and never read for the hidden-DAG note; an ignored file inside is", async () => {
    const { repo, outside } = layout({ "repo/dags/.airflowignore": "hidden_\n", "repo/dags/hidden_inside.py": DAG("h") });
    symlinkSync(join(outside, "secret.py"), join(repo, "dags", "hidden_leak.py"));
    const result = await discoverDagFiles({ dagsDir: join(repo, "dags"), repoRoot: repo, airflowMajor: 2, displayPrefix: "dags" });
    expect(result.problems).toEqual([]);
    expect(result.ignored.map((i) => i.path)).toEqual(["hidden_inside.py", "hidden_leak.py"]);
    // Read, it would pass safe mode ("airflow", "dag") and be listed beside hidden_inside.py.
    expect(result.hiddenDagFiles.map((h) => h.path)).toEqual(["hidden_inside.py"]);
  });

  it("an .airflowignore symlinked outside the repository is a warning, and its patterns do not apply", async () => {
    const { repo, outside } = layout();
    writeFileSync(join(outside, "ignore"), "ok\n");
    symlinkSync(join(outside, "ignore"), join(repo, "dags", ".airflowignore"));
    const result = await discoverDagFiles({ dagsDir: join(repo, "dags"), repoRoot: repo, airflowMajor: 2, displayPrefix: "dags" });
    expect(result.files.map((f) => f.path)).toEqual(["ok.py"]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: "dags/.airflowignore", fix: "make .airflowignore a regular file of the repository" });
    expect(result.problems[0]?.message).toMatch(/^it resolves through a symlink to .*ignore, outside the repository: astro-ci does not read it, and on Astro none of its patterns apply/);
  });

  it("a DAG folder that resolves outside the repository is an unreadable error, and nothing in it is read", async () => {
    const { repo, outside } = layout();
    mkdirSync(join(repo, "proj"));
    symlinkSync(join(outside, "folder"), join(repo, "proj", "dags"));
    const result = await discoverDagFiles({ dagsDir: join(repo, "proj", "dags"), repoRoot: repo, airflowMajor: 2, displayPrefix: "proj/dags" });
    expect(result.files).toEqual([]);
    expect(result.problems).toEqual([expect.objectContaining({ file: "proj/dags", unreadable: true, message: expect.stringMatching(/^the DAG folder resolves through a symlink to .*outside\/folder, outside the repository: astro-ci reads none of its files/) })]);
  });
});

describe("project settings files", () => {
  it("a Dockerfile symlinked outside the repository is refused with exit 2 naming it; one symlinked inside is read", async () => {
    const { repo, outside } = layout();
    writeFileSync(join(outside, "Dockerfile"), "FROM quay.io/astronomer/astro-runtime:12.1.0\n");
    mkdirSync(join(repo, "docker"));
    writeFileSync(join(repo, "docker", "Dockerfile"), "FROM quay.io/astronomer/astro-runtime:12.1.0\n");
    const dockerfile = join(repo, "Dockerfile");
    rmSync(dockerfile);
    symlinkSync(join(outside, "Dockerfile"), dockerfile);
    const refused = await loadProject(repo, { repoRoot: repo }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toMatchObject({ code: "EPERM" });
    expect(classifyError(refused, repo).describe()).toMatch(/^Dockerfile: cannot read: it resolves through a symlink to .*outside\/Dockerfile, outside the repository/);

    rmSync(dockerfile);
    symlinkSync("docker/Dockerfile", dockerfile);
    expect((await loadProject(repo, { repoRoot: repo })).airflowVersion).toBe("2.10");
  });

  it("packages.txt and a requirements include symlinked outside are findings on them; a local project folder outside is not read for its name", async () => {
    const { repo, outside } = layout({ "outside/pkg/pyproject.toml": '[project]\nname = "leaked-name"\n', "outside/more.txt": "pandas\n" });
    symlinkSync(join(outside, "secret.py"), join(repo, "packages.txt"));
    symlinkSync(join(outside, "more.txt"), join(repo, "more.txt"));
    symlinkSync(join(outside, "pkg"), join(repo, "pkg"));
    writeFileSync(join(repo, "requirements.txt"), "requests\n-r more.txt\n./pkg\n");
    const project = await loadProject(repo, { repoRoot: repo });
    const packages = project.problems.find((p) => p.file === "packages.txt");
    expect(packages?.message).toMatch(/cannot be read: .*outside the repository/);
    const include = project.problems.find((p) => p.file === "requirements.txt" && p.line === 2);
    expect(include?.message).toMatch(/^'-r more\.txt' resolves through a symlink to \/.*\/outside\/more\.txt, outside the repository: the image build cannot see it, and astro-ci does not read it$/);
    expect(project.requirements.map((r) => r.name)).toEqual(["requests"]);
    expect(project.unnamedRequirements.map((u) => u.what)).toEqual(["-r more.txt", "./pkg"]);
  });
});

describe("helper modules", () => {
  it("a module symlinked outside the repository is not followed; one symlinked inside is", async () => {
    const { repo, outside } = layout();
    symlinkSync(join(outside, "secret.py"), join(repo, "include", "leak.py"));
    symlinkSync("shared_dag.py", join(repo, "include", "alias.py"));
    expect(await readProjectModule(join(repo, "include", "leak.py"), repo)).toBeUndefined();
    expect((await readProjectModule(join(repo, "include", "alias.py"), repo))?.toString()).toBe(DAG("shared"));
    // The same file, asked with a root that holds it, is read: the refusal is the root's doing.
    expect((await readProjectModule(join(repo, "include", "leak.py"), join(repo, "..")))?.toString()).toBe(SECRET);
  });
});

describe("validate-dags", () => {
  it("a DAG file symlinked to another checkout's .git/config: warnings on the links, the file neither checked nor parsed", async () => {
    const trusted = createTempGitRepo({ "README.md": "trusted\n" });
    cleanups.push(trusted.cleanup);
    trusted.git("config", "http.https://github.com/.extraheader", "AUTHORIZATION: basic c2VjcmV0");
    const fork = createTempGitRepo({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "dags/ok.py": DAG("ok") });
    cleanups.push(fork.cleanup);
    symlinkSync(join(trusted.dir, ".git", "config"), join(fork.dir, "dags", "a_leak.py"));
    fork.commit("leak");

    const run = await runCliCaptured(["validate-dags", ".", "--no-cache", "--dynamic", "off", "--format", "json"], fork.dir, {});
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { projects: { filesChecked: string[] }[]; findings: { checkId: string; severity: string; file: string; message: string }[] };
    expect(report.projects[0]?.filesChecked).toEqual(["dags/ok.py"]);
    expect(report.findings.filter((f) => f.severity !== "notice")).toEqual([expect.objectContaining({ checkId: "dags-folder-problem", severity: "warning", file: "dags/a_leak.py", message: expect.stringMatching(OUTSIDE_WARNING) })]);
    expect(run.stdout + run.stderr).not.toMatch(/extraheader|c2VjcmV0|syntax-error/);
  });
});
