import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { createAstroClient } from "../../src/astro/client.js";
import { runDeploy } from "../../src/commands/deploy.js";
import { deployProject, type DeployRequest } from "../../src/deploy/deploy.js";
import { parseDockerignore } from "../../src/deploy/dockerignore.js";
import { classifyChange, inferDeployType } from "../../src/deploy/infer-deploy-type.js";
import type { CommandRunner } from "../../src/dynamic/airflow-environment.js";
import { createGit } from "../../src/util/git.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { startAstroEmulator, type AstroEmulator } from "../support/astro-emulator.js";
import { createTempGitRepo, type TempGitRepo } from "../support/git-repo.js";

const DAG = (id: string) => `from airflow import DAG\nDAG("${id}")\n`;
/** The .dockerignore `astro dev init` writes. */
const ASTRO_DOCKERIGNORE = "astro\n.git\n.env\nairflow_settings.yaml\nlogs/\n.venv\nairflow.db\nairflow.cfg\n";

describe("what the Deployment runs decides the deploy type (real git repo, Astro emulator)", () => {
  let emulator: AstroEmulator;
  let repo: TempGitRepo;
  const dockerCalls: string[][] = [];
  const docker: CommandRunner = {
    async run(command, args) {
      dockerCalls.push([command, ...args]);
      return { exitCode: 0, stdout: "27.0", stderr: "" };
    },
  };
  beforeEach(async () => {
    emulator = await startAstroEmulator();
    dockerCalls.length = 0;
  });
  afterEach(async () => {
    expect(emulator.validationErrors).toEqual([]);
    expect(emulator.responseErrors).toEqual([]);
    await emulator.close();
    repo?.cleanup();
  });

  const env = () => ({ ASTRO_API_TOKEN: "test-token", ASTRO_API_URL: emulator.url, ASTRO_ORGANIZATION_ID: emulator.organizationId });
  /** `astro-ci deploy` (the CLI and the deploy action) of the checked-out commit, for a project in `astro/` unless `projectRoot` says otherwise. */
  const deploy = (overrides: Partial<Parameters<typeof runDeploy>[0]> = {}) =>
    runDeploy({
      repoRoot: repo.dir,
      projectRoot: join(repo.dir, "astro"),
      wait: false,
      waitTimeoutMs: 600_000,
      force: false,
      env: env(),
      git: createGit(repo.dir),
      docker,
      http: { fetch: (i, init) => fetch(i, init), sleep: async (ms) => emulator.clock.advance(ms) },
      now: () => emulator.clock.now,
      logger: new RecordingLogger(),
      ...overrides,
    });
  /** The deploy core as branch-deploy calls it (a preview Deployment by id, its PR head's commit). */
  const deployCore = (request: Partial<DeployRequest> & { target: DeployRequest["target"]; headSha: string }) => {
    const logger = new RecordingLogger();
    const client = createAstroClient({ token: "test-token", baseUrl: emulator.url, organizationId: emulator.organizationId, logger });
    return deployProject(
      { projectRoot: join(repo.dir, "astro"), projectPath: "astro", deployType: "infer", wait: false, waitTimeoutMs: 600_000, force: false, git: { provider: "GITHUB", commitSha: request.headSha, branch: "feature", account: "o", repo: "r" }, ...request },
      { client, git: createGit(repo.dir), docker, http: { fetch: (i, init) => fetch(i, init), sleep: async (ms) => emulator.clock.advance(ms) }, now: () => emulator.clock.now, logger, token: "test-token" },
    );
  };
  const astroProject = () =>
    createTempGitRepo({
      "astro/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.1.0\n",
      "astro/requirements.txt": "",
      "astro/dags/a.py": DAG("a"),
      "astro-ci.yaml": "deployments:\n  - branch: main\n    deployment-name: staging\n",
    });

  it("a DAG-only deploy of a commit that changed the image (/astro deploy, --deploy-type dags-only) does not hide the image change from the next deploy", async () => {
    emulator.addDeployment({ name: "staging" });
    repo = astroProject();
    repo.commit("initial");
    expect((await deploy()).result).toMatchObject({ status: "deployed", deployType: "image-and-dags" });
    repo.write({ "astro/requirements.txt": "pandas==2.2.3\n", "astro/dags/a.py": DAG("a2") });
    const pr = repo.commit("PR #9: pandas and a DAG");
    // What `/astro deploy staging` does: a DAG-only deploy of the PR head.
    expect((await deploy({ deployType: "dags-only" })).result).toMatchObject({ status: "deployed", deployType: "dags-only" });
    repo.write({ "README.md": "merged\n" });
    repo.commit("merge PR #9");
    dockerCalls.length = 0;
    const merged = await deploy();
    expect(merged.result).toMatchObject({ status: "deployed", deployType: "image-and-dags", reason: expect.stringMatching(/astro\/requirements\.txt changed since the last image deploy/) });
    expect(dockerCalls.map((c) => c[1])).toEqual(["info", "build", "login", "push"]);
    // The image deploy is the new baseline: nothing left to do.
    expect((await deploy()).result).toMatchObject({ status: "skipped", reason: "no change since the last deploy" });
    expect(pr).toMatch(/^[0-9a-f]{40}$/);
  });

  it("a preview whose first deploy was DAG-only gets the project's image on the next deploy of the same head (branch-deploy's deploy path)", async () => {
    const preview = emulator.addDeployment({ name: "preview-pr-7" });
    repo = astroProject();
    const head = repo.commit("PR head");
    expect(await deployCore({ target: { deploymentId: preview.id }, headSha: head, deployType: "dags-only" })).toMatchObject({ status: "deployed", deployType: "dags-only" });
    const again = await deployCore({ target: { deploymentId: preview.id }, headSha: head });
    expect(again).toMatchObject({ status: "deployed", deployType: "image-and-dags", reason: expect.stringContaining("no image deploy yet") });
    expect(dockerCalls.some((c) => c[1] === "build")).toBe(true);
    expect((await deployCore({ target: { deploymentId: preview.id }, headSha: head })).status).toBe("skipped");
  });

  it("a new Deployment's first deploy is full whatever the push's before says; so is the deploy after an --allow-dirty one", async () => {
    emulator.addDeployment({ name: "staging" });
    repo = astroProject();
    const before = repo.commit("before");
    repo.write({ "astro/dags/b.py": DAG("b") });
    repo.commit("only a DAG");
    const first = await deploy({ pushBefore: before });
    expect(first.result).toMatchObject({ status: "deployed", deployType: "image-and-dags", reason: expect.stringContaining("no previous deploy") });

    repo.write({ "astro/dags/b.py": DAG("b_edited") });
    expect((await deploy({ allowDirty: true, deployType: "dags-only" })).result).toMatchObject({ status: "deployed", deployType: "dags-only" });
    const edited = repo.commit("commit the edit");
    repo.write({ "astro/dags/c.py": DAG("c") });
    repo.commit("another DAG");
    const after = await deploy({ pushBefore: edited });
    expect(after.result).toMatchObject({ status: "deployed", deployType: "image-and-dags", reason: expect.stringContaining("records no commit") });
  });

  it("an --allow-dirty deploy counts the work tree's uncommitted changes when it infers the type", async () => {
    emulator.addDeployment({ name: "staging" });
    repo = astroProject();
    repo.commit("initial");
    expect((await deploy()).result).toMatchObject({ status: "deployed", deployType: "image-and-dags" });
    repo.write({ "astro/dags/a.py": DAG("a_edited") });
    expect((await deploy({ allowDirty: true })).result).toMatchObject({ status: "deployed", deployType: "dags-only", reason: expect.stringContaining("in the work tree") });
    repo.git("checkout", "-q", "--", ".");
    repo.commit("nothing");
    expect((await deploy()).result).toMatchObject({ status: "deployed", deployType: "image-and-dags", reason: expect.stringContaining("records no commit") });
    repo.write({ "astro/requirements.txt": "pandas\n" });
    expect((await deploy({ allowDirty: true })).result).toMatchObject({ status: "deployed", deployType: "image-and-dags", reason: "astro/requirements.txt changed in the work tree: the image must be rebuilt" });
  });

  it("a preview follows a force-push that rewinds its PR (deployOlderCommits); a mainline deploy does not roll back", async () => {
    const preview = emulator.addDeployment({ name: "preview-pr-8" });
    repo = astroProject();
    const c1 = repo.commit("C1");
    repo.write({ "astro/dags/bad.py": DAG("bad") });
    const c2 = repo.commit("C2 adds bad.py");
    expect((await deployCore({ target: { deploymentId: preview.id }, headSha: c2 })).status).toBe("deployed");
    repo.git("reset", "-q", "--hard", c1);
    expect(await deployCore({ target: { deploymentId: preview.id }, headSha: c1 })).toMatchObject({ status: "skipped", reason: expect.stringContaining("older than the deployed") });
    const rewound = await deployCore({ target: { deploymentId: preview.id }, headSha: c1, deployOlderCommits: true });
    expect(rewound).toMatchObject({ status: "deployed", deployType: "dags-only" });
    expect(emulator.uploads.at(-1)?.entries.map((e) => e.path)).toEqual(["dags/a.py"]);
  });

  it("a root-level project: files the image never gets (.dockerignore) or that Airflow never reads deploy nothing; runtime files still rebuild the image", async () => {
    emulator.addDeployment({ name: "staging" });
    repo = createTempGitRepo({
      Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n",
      ".dockerignore": ASTRO_DOCKERIGNORE,
      "requirements.txt": "",
      "dags/a.py": DAG("a"),
      "include/q.sql": "select 1\n",
      "astro-ci.yaml": "deployments:\n  - branch: main\n    deployment-name: staging\n",
    });
    repo.commit("astro dev init");
    const root = { projectRoot: repo.dir };
    expect((await deploy(root)).result).toMatchObject({ status: "deployed", deployType: "image-and-dags" });
    repo.write({
      "README.md": "# docs\n",
      "CHANGELOG.md": "- x\n",
      ".github/workflows/deploy.yml": "on: push\n",
      "astro-ci.yaml": "deployments:\n  - branch: main\n    deployment-name: staging\n    wait: false\n",
      ".gitignore": ".env\n",
      ".astro/config.yaml": "project:\n  name: x\n",
      "airflow_settings.yaml": "airflow:\n  connections: []\n",
      "tests/test_a.py": "def test_a():\n    pass\n",
    });
    repo.commit("docs and tooling");
    expect((await deploy(root)).result).toMatchObject({ status: "skipped", reason: expect.stringMatching(/^only files that never reach Airflow changed \(/) });
    repo.write({ "dags/a.py": DAG("a2") });
    repo.commit("a DAG");
    expect((await deploy(root)).result).toMatchObject({ status: "deployed", deployType: "dags-only" });
    for (const [file, content] of [["include/q.sql", "select 2\n"], ["notes/anything.txt", "x\n"], [".astro/other.py", "x = 1\n"], ["docs/guide.md", "x\n"]] as const) {
      repo.write({ [file]: content });
      repo.commit(file);
      expect((await deploy(root)).result, file).toMatchObject({ status: "deployed", deployType: "image-and-dags", reason: expect.stringContaining(`${file} changed`) });
    }
  });

  it("a newest deploy whose commit id is abbreviated or SHA-256 (other tooling) is 'commit unknown': a full deploy, never exit 2, and git never gets the id", async () => {
    const staging = emulator.addDeployment({ name: "staging" });
    repo = astroProject();
    repo.commit("initial");
    expect((await deploy()).result).toMatchObject({ status: "deployed", deployType: "image-and-dags" });
    repo.write({ "astro/dags/a.py": DAG("a2") });
    const head = repo.commit("a DAG");
    // Every argument astro-ci hands to git.
    const gitArgs: string[] = [];
    const real = createGit(repo.dir);
    const git = new Proxy(real, {
      get(target, property) {
        const value = Reflect.get(target, property) as unknown;
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => {
          for (const a of args.flat()) if (typeof a === "string") gitArgs.push(a);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    /** A deploy made by other tooling, newer than every deploy so far (the emulator's clock then moves on). */
    const newest = (commitSha: string, n: number) => {
      emulator.clock.advance(60_000);
      emulator.deploys.push({ id: `cldeployother${String(n).padStart(13, "0")}`, deploymentId: staging.id, type: "IMAGE_AND_DAG", status: "DEPLOYED", description: "deployed by other tooling", git: { provider: "GENERIC", commitSha, remoteUrl: "https://example.com/r.git" }, createdAt: new Date(emulator.clock.now).toISOString().replace(/\.\d{3}Z$/, "Z"), blobId: "b" });
      emulator.clock.advance(60_000);
    };
    // Abbreviated ids of the very head (7 and 12 hex, upper case too) and a SHA-256 id.
    for (const [i, recorded] of [head.slice(0, 7), head.slice(0, 12).toUpperCase(), "ab".repeat(32)].entries()) {
      newest(recorded, i + 1);
      gitArgs.length = 0;
      const { result } = await deploy({ git });
      expect(result, recorded).toMatchObject({ status: "deployed", deployType: "image-and-dags", reason: expect.stringContaining(`records the commit id ${JSON.stringify(recorded)}, not a full 40-hex SHA`) });
      expect(result.reason).toContain("full deploy");
      expect(gitArgs).toContain(head);
      expect(gitArgs.filter((a) => a.toLowerCase() === recorded.toLowerCase()), recorded).toEqual([]);
      // Our own deploy (a full id) is the baseline again: nothing left to do.
      expect((await deploy({ git })).result).toMatchObject({ status: "skipped", reason: "no change since the last deploy" });
    }
    // Not hex at all (the client refuses it; here it is handed to the core directly): still refused, never used.
    const logger = new RecordingLogger();
    const client = createAstroClient({ token: "test-token", baseUrl: emulator.url, organizationId: emulator.organizationId, logger });
    const garbage = { ...(await client.listDeploys(staging.id))[0]!, createdAt: "2030-01-01T00:00:00Z", git: { provider: "GENERIC" as const, commitSha: "zzzzzzzz" } };
    await expect(
      deployProject(
        { projectRoot: join(repo.dir, "astro"), projectPath: "astro", deployType: "infer", wait: false, waitTimeoutMs: 600_000, force: false, headSha: head, target: { deploymentId: staging.id } },
        { client, git, docker, http: { fetch: (i, init) => fetch(i, init), sleep: async () => undefined }, now: () => emulator.clock.now, logger, token: "test-token" },
        { deployment: client.getDeployment(staging.id), deploys: Promise.resolve([garbage]) },
      ),
    ).rejects.toMatchObject({ name: "ConfigurationError", message: expect.stringContaining('is not a commit SHA (40 hexadecimal characters): "zzzzzzzz"') });
    expect(gitArgs).not.toContain("zzzzzzzz");
  });
});

describe("reading .dockerignore as Docker does", () => {
  const excluded = (dockerignore: string, paths: string[]): string[] => {
    const parsed = parseDockerignore(dockerignore);
    if ("error" in parsed) throw new Error(parsed.error);
    return paths.filter((p) => parsed.excludes(p));
  };

  it("anchors patterns at the context root, matches parent folders, and lets the last matching line win", () => {
    const paths = ["README.md", "docs/x.md", "somedir/temporary.txt", "somedir/subdir/temp", "tempa", "a/tempa", "src/x.go", "x.go", "logs/a/b.log", "logs", "airflow_settings.yaml", "astro/x", ".git/HEAD", "dags/airflow_settings.yaml"];
    expect(excluded("# comment\n*/temp*\n*/*/temp*\ntemp?\n", paths)).toEqual(["somedir/temporary.txt", "somedir/subdir/temp", "tempa", "a/tempa"]);
    expect(excluded("*.md\n", paths)).toEqual(["README.md"]);
    expect(excluded("**/*.go\n", paths)).toEqual(["src/x.go", "x.go"]);
    expect(excluded(ASTRO_DOCKERIGNORE, paths)).toEqual(["logs/a/b.log", "logs", "airflow_settings.yaml", "astro/x", ".git/HEAD"]);
    // Exceptions: the last matching line wins, and (unlike .gitignore) re-include a file below an excluded folder.
    expect(excluded("*.md\n!README*.md\nREADME-secret.md\n", ["README.md", "README-secret.md", "CHANGES.md"])).toEqual(["README-secret.md", "CHANGES.md"]);
    expect(excluded("docs\n!docs/keep.md\n", ["docs/a.md", "docs/keep.md"])).toEqual(["docs/a.md"]);
    expect(excluded("**\n!dags\n", ["include/x", "dags/a.py"])).toEqual(["include/x"]);
  });

  it("reads lines as Docker's reader does: BOM, comments only at the line start, cleaned paths, CRLF", () => {
    expect(excluded("\uFEFF# c\r\n  ./a/../b/  \r\n/abs\nx\n! /x/\n  # not a comment\n\n", ["c", "a", "b", "abs", "x", "# not a comment"])).toEqual(["b", "abs", "# not a comment"]);
    expect(excluded("/include/*.csv\n", ["include/a.csv", "include/sub/b.csv", "x/include/a.csv"])).toEqual(["include/a.csv"]);
    expect(excluded("data?[0-9].csv\nfoo\\*bar\n", ["data1.csv", "dataX7.csv", "foo*bar", "fooxbar"])).toEqual(["dataX7.csv", "foo*bar"]);
  });

  it("a .dockerignore Docker refuses excludes nothing (every change then counts for the image)", () => {
    expect(parseDockerignore("!\n")).toHaveProperty("error");
    expect(parseDockerignore("dags\n ! \n")).toHaveProperty("error");
  });

  it("classifies changes: DAGs, image, and what cannot change what Airflow runs", () => {
    const ignore = parseDockerignore(ASTRO_DOCKERIGNORE);
    if ("error" in ignore) throw new Error(ignore.error);
    const kinds = (project: string, files: string[]) => Object.fromEntries(files.map((f) => [f, classifyChange(f, project, ignore)]));
    expect(kinds("", ["dags/a.py", "dags/README.md", "dags/airflow_settings.yaml", "README.md", ".github/workflows/x.yml", "astro-ci.yaml", ".gitignore", ".astro/config.yaml", ".astro/test_dag_integrity_default.py", "airflow_settings.yaml", "tests/t.py"])).toEqual({
      "dags/a.py": "dags",
      "dags/README.md": "dags",
      "dags/airflow_settings.yaml": "dags",
      "README.md": "none",
      ".github/workflows/x.yml": "none",
      "astro-ci.yaml": "none",
      ".gitignore": "none",
      ".astro/config.yaml": "none",
      ".astro/test_dag_integrity_default.py": "none",
      "airflow_settings.yaml": "none",
      "tests/t.py": "none",
    });
    expect(kinds("", ["Dockerfile", ".dockerignore", "requirements.txt", "packages.txt", "include/a.sql", "plugins/p.py", "include/README.md", ".astro/other", "setup.cfg", "docs/x.md"])).toEqual(
      Object.fromEntries(["Dockerfile", ".dockerignore", "requirements.txt", "packages.txt", "include/a.sql", "plugins/p.py", "include/README.md", ".astro/other", "setup.cfg", "docs/x.md"].map((f) => [f, "image"])),
    );
    // Dockerfile and requirements are image changes even when .dockerignore lists them.
    const all = parseDockerignore("*\n");
    if ("error" in all) throw new Error(all.error);
    expect(classifyChange("requirements.txt", "", all)).toBe("image");
    expect(classifyChange("include/a.sql", "", all)).toBe("none");
    // In a subfolder project, the repository's .github/ and astro-ci.yaml are outside it; the project's own are not special.
    expect(kinds("astro", [".github/x.yml", "astro-ci.yaml", "astro/README.md", "astro/.github/x.yml", "astro/astro-ci.yaml"])).toEqual({
      ".github/x.yml": "none",
      "astro-ci.yaml": "none",
      "astro/README.md": "none",
      "astro/.github/x.yml": "image",
      "astro/astro-ci.yaml": "image",
    });
  });

  it("inferDeployType measures the image from the last image deploy's commit and the DAGs from the last DAG deploy's", async () => {
    const repo = createTempGitRepo({ "Dockerfile": "FROM x\n", "requirements.txt": "", "dags/a.py": DAG("a"), ".dockerignore": ASTRO_DOCKERIGNORE });
    try {
      const image = repo.commit("image deploy");
      repo.write({ "requirements.txt": "pandas\n", "dags/a.py": DAG("a2") });
      const dags = repo.commit("DAG-only deploy of a requirements change");
      const git = createGit(repo.dir);
      expect(await inferDeployType({ git, projectPath: ".", from: dags, imageFrom: image, to: dags })).toMatchObject({ type: "image-and-dags", imageComparedFrom: image });
      expect(await inferDeployType({ git, projectPath: ".", from: dags, to: dags })).toMatchObject({ type: "none", reason: "no change since the last deploy" });
      repo.write({ "airflow_settings.yaml": "x: 1\n" });
      const settings = repo.commit("settings");
      expect(await inferDeployType({ git, projectPath: ".", from: dags, imageFrom: dags, to: settings })).toMatchObject({ type: "none", reason: expect.stringContaining("airflow_settings.yaml") });
      expect(await inferDeployType({ git, projectPath: ".", from: dags, imageFrom: "1".repeat(40), to: settings })).toMatchObject({ type: "image-and-dags", reason: expect.stringContaining("last image deploy") });
    } finally {
      repo.cleanup();
    }
  });
});
