import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createAstroClient, organizationFromToken } from "../../src/astro/client.js";
import { AstroApiError } from "../../src/astro/http.js";
import { createDagTarball, createDagTarballFromGit } from "../../src/deploy/dag-tarball.js";
import { NoDockerEngineError } from "../../src/deploy/deploy.js";
import { inferDeployType, normalizeProjectPath } from "../../src/deploy/infer-deploy-type.js";
import { branchMatches, parseDeploymentTargets, resolveDeploymentTarget } from "../../src/deploy/targets.js";
import { runDeploy } from "../../src/commands/deploy.js";
import type { CommandRunner } from "../../src/dynamic/airflow-environment.js";
import { ConfigurationError } from "../../src/errors.js";
import { createGit } from "../../src/util/git.js";
import { parseYamlText } from "../../src/util/yaml-file.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { startAstroEmulator, readTarGz, type AstroEmulator } from "../support/astro-emulator.js";
import { createTempGitRepo, type TempGitRepo } from "../support/git-repo.js";
import { tempDirPath } from "../support/temp-dir.js";

const DAG = (id: string) => `from airflow import DAG\nDAG("${id}")\n`;

describe("Astro API client against the emulator", () => {
  let emulator: AstroEmulator;
  beforeEach(async () => {
    emulator = await startAstroEmulator({ tokens: { "test-token": { canWrite: true }, "read-only": { canWrite: false } } });
  });
  afterEach(async () => {
    expect(emulator.validationErrors).toEqual([]);
    expect(emulator.responseErrors).toEqual([]);
    await emulator.close();
  });
  const sleeps: number[] = [];
  const client = (token = "test-token") =>
    createAstroClient({ token, baseUrl: emulator.url, organizationId: emulator.organizationId, logger: new RecordingLogger(), deps: { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 } });

  it("pages through deployments and finds one by name; zero or two matches are clear errors", async () => {
    for (let i = 0; i < 250; i++) emulator.addDeployment({ name: `dep-${i}` });
    emulator.addDeployment({ name: "twin", workspaceId: "clworkspaceA0000000000000" });
    emulator.addDeployment({ name: "twin", workspaceId: "clworkspaceB0000000000000" });
    expect(await client().listDeployments({})).toHaveLength(252);
    expect((await client().findDeploymentByName("dep-200")).name).toBe("dep-200");
    await expect(client().findDeploymentByName("nope")).rejects.toThrow(ConfigurationError);
    await expect(client().findDeploymentByName("twin")).rejects.toThrow(/2 Deployments are named 'twin'/);
    expect((await client().findDeploymentByName("twin", "clworkspaceB0000000000000")).workspaceId).toBe("clworkspaceB0000000000000");
  });

  it("retries reads on 429 (honouring Retry-After), 503 and dropped connections, but never a create", async () => {
    const d = emulator.addDeployment({ name: "x" });
    emulator.inject("GetDeployment", { status: 429, retryAfter: 7 });
    emulator.inject("GetDeployment", { status: 503, nthCall: 2 });
    emulator.inject("ListDeploys", { dropConnection: true });
    sleeps.length = 0;
    expect((await client().getDeployment(d.id)).id).toBe(d.id);
    expect(sleeps[0]).toBe(7000);
    expect(await client().listDeploys(d.id)).toEqual([]);
    emulator.inject("CreateDeploy", { status: 500 });
    const error = await client().createDeploy(d.id, { type: "DAG_ONLY" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AstroApiError);
    expect((error as AstroApiError).message).toMatch(/500.*requestId/);
    expect(emulator.requests.filter((r) => r.operationId === "CreateDeploy")).toHaveLength(1);
  });

  it("times out a slow answer and retries it (reads only)", async () => {
    const d = emulator.addDeployment({ name: "slow" });
    emulator.inject("GetDeployment", { delayMs: 1500 });
    const quick = createAstroClient({ token: "test-token", baseUrl: emulator.url, organizationId: emulator.organizationId, logger: new RecordingLogger(), timeoutMs: 300, deps: { sleep: async () => undefined } });
    expect((await quick.getDeployment(d.id)).id).toBe(d.id);
    emulator.inject("CreateDeploy", { delayMs: 1500 });
    await expect(quick.createDeploy(d.id, { type: "DAG_ONLY" })).rejects.toThrow(/no answer within 0.3 s/);
  });

  it("explains 401 and 403 without ever printing the token", async () => {
    const d = emulator.addDeployment({ name: "x" });
    const e401 = (await client("wrong-secret-token").getDeployment(d.id).catch((e: unknown) => e)) as Error;
    expect(e401.message).toContain("ASTRO_API_TOKEN");
    expect(e401.message).not.toContain("wrong-secret-token");
    const e403 = (await client("read-only").createDeploy(d.id, { type: "DAG_ONLY" }).catch((e: unknown) => e)) as AstroApiError;
    expect(e403.status).toBe(403);
  });

  it("the emulator's validation is live: a request the spec forbids is a 400", async () => {
    const d = emulator.addDeployment({ name: "x" });
    const error = (await client().createDeploy(d.id, { type: "SOMETHING" as never }).catch((e: unknown) => e)) as AstroApiError;
    expect(error.status).toBe(400);
    expect(emulator.validationErrors.length).toBe(1);
    emulator.validationErrors.length = 0;
  });

  it("updates a Deployment as a full replacement without losing secret values", async () => {
    const d = emulator.addDeployment({
      name: "x",
      environmentVariables: [
        { key: "PLAIN", value: "1", isSecret: false },
        { key: "API_KEY", value: "s3cr3t-stored", isSecret: true },
        { key: "OLD", value: "gone", isSecret: false },
      ],
    });
    const updated = await client().updateDeployment(d.id, { setEnvironmentVariables: [{ key: "NEW", value: "2", isSecret: false }], removeEnvironmentVariables: ["OLD"] });
    expect(updated.environmentVariables?.map((v) => v.key)).toEqual(["PLAIN", "API_KEY", "NEW"]);
    expect(updated.environmentVariables?.find((v) => v.key === "API_KEY")).not.toHaveProperty("value");
    // The emulator still holds the secret's value: it was re-sent without one, not blanked.
    expect(d.environmentVariables?.find((v) => v.key === "API_KEY")?.value).toBe("s3cr3t-stored");
  });

  it("creates, lists (secrets masked) and deletes environment objects (v1-only operations, validated by the overlay)", async () => {
    const d = emulator.addDeployment({ name: "x" });
    const id = await client().createEnvironmentObject({ objectKey: "warehouse", objectType: "CONNECTION", scope: "DEPLOYMENT", scopeEntityId: d.id, connection: { type: "postgres", host: "db", login: "u", password: "p4ss" } });
    const listed = await client().listEnvironmentObjects({ deploymentId: d.id, objectType: "CONNECTION" });
    expect(listed).toEqual([expect.objectContaining({ id, objectKey: "warehouse", setFields: expect.arrayContaining(["connection.password"]) })]);
    expect(JSON.stringify(listed)).not.toContain("p4ss");
    await expect(client().createEnvironmentObject({ objectKey: "warehouse", objectType: "CONNECTION", scope: "DEPLOYMENT", scopeEntityId: d.id, connection: { type: "postgres" } })).rejects.toThrow(/409/);
    await client().deleteEnvironmentObject(id);
    expect(await client().listEnvironmentObjects({ deploymentId: d.id })).toEqual([]);
    const bad = (await client().createEnvironmentObject({ objectKey: "k", objectType: "NOT_A_TYPE" as never, scope: "DEPLOYMENT", scopeEntityId: d.id }).catch((e: unknown) => e)) as AstroApiError;
    expect(bad.status).toBe(400);
    emulator.validationErrors.length = 0;
  });

  it("creates a Deployment (CREATING → HEALTHY on the emulator's clock) and deletes it", async () => {
    const created = await client().createDeployment({ name: "preview-pr-7", workspaceId: "clworkspace000000000000000", astroRuntimeVersion: "12.1.0", isDevelopmentMode: true });
    expect(created.status).toBe("CREATING");
    emulator.clock.advance(30_000);
    expect((await client().getDeployment(created.id)).status).toBe("HEALTHY");
    await client().deleteDeployment(created.id);
    await expect(client().getDeployment(created.id)).rejects.toThrow(/404/);
  });

  it("lists organizations and workspaces, and reads a deploy back", async () => {
    const d = emulator.addDeployment({ name: "x", workspaceId: "clworkspaceQ0000000000000" });
    expect((await client().listOrganizations()).map((o) => o.id)).toEqual([emulator.organizationId]);
    expect((await client().listWorkspaces()).map((w) => w.id)).toEqual(["clworkspaceQ0000000000000"]);
    const deploy = await client().createDeploy(d.id, { type: "DAG_ONLY", description: "d" });
    expect(await client().getDeploy(d.id, deploy.id)).toMatchObject({ id: deploy.id, status: "INITIALIZED", description: "d" });
  });

  it("reads the organization and workspace from a token's claims", () => {
    const jwt = `x.${Buffer.from(JSON.stringify({ permissions: ["workspaceId:w", "organizationId:clorgABC"] })).toString("base64url")}.y`;
    expect(organizationFromToken(jwt)).toBe("clorgABC");
    expect(createAstroClient({ token: jwt, logger: new RecordingLogger() }).workspaceId).toBe("w");
    expect(organizationFromToken("not-a-jwt")).toBeUndefined();
  });
});

describe("deploy planning", () => {
  let repo: TempGitRepo;
  afterEach(() => repo?.cleanup());

  it("normalises project paths", () => {
    for (const p of ["./astro", "astro/", "/astro", "astro"]) expect(normalizeProjectPath(p)).toBe("astro");
    expect(normalizeProjectPath(".")).toBe("");
  });

  it("infers the deploy type from the diff, per project folder", async () => {
    repo = createTempGitRepo({ "astro/dags/a.py": DAG("a"), "astro/requirements.txt": "", "astro/tests/dags/test_x.py": "", "docs/readme.md": "" });
    const base = repo.commit("base");
    const git = createGit(repo.dir);
    const step = async (files: Record<string, string>, projectPath = "./astro") => {
      repo.write(files);
      const to = repo.commit("change");
      const result = await inferDeployType({ git, projectPath, from: base, to });
      repo.git("reset", "-q", "--hard", base);
      return result.type;
    };
    expect(await step({ "astro/dags/a.py": DAG("a2") })).toBe("dags-only");
    expect(await step({ "astro/requirements.txt": "pandas\n" })).toBe("image-and-dags");
    expect(await step({ "docs/readme.md": "x" })).toBe("none");
    expect(await step({ "astro/tests/dags/test_x.py": "x" })).toBe("none");
    expect(await step({ "astro/dags/new file with space.py": DAG("s") }, "/astro/")).toBe("dags-only");
    const fresh = await inferDeployType({ git, projectPath: "astro", to: base });
    expect(fresh.type).toBe("image-and-dags");
    const forcePushed = await inferDeployType({ git, projectPath: "astro", from: "1".repeat(40), to: base });
    expect(forcePushed).toMatchObject({ type: "image-and-dags", reason: expect.stringContaining("force push") });
  });

  it("maps branches to Deployments, exact names first, globs literal otherwise", () => {
    const source = parseYamlText("deployments:\n  - branch: 'release/*'\n    deployment-name: staging\n  - branch: main\n    deployment-id: clprod\n", "astro-ci.yaml");
    const targets = parseDeploymentTargets(source);
    expect(resolveDeploymentTarget(targets, "main").target?.deploymentId).toBe("clprod");
    expect(resolveDeploymentTarget(targets, "release/2.1")).toMatchObject({ target: { deploymentName: "staging" }, explanation: expect.stringContaining("astro-ci.yaml:2") });
    expect(resolveDeploymentTarget(targets, "feature/x").target).toBeUndefined();
    expect(branchMatches("feature/*", "feature/$(reboot)")).toBe(true);
    expect(branchMatches("feature/*", "feature/a/b")).toBe(false);
    expect(branchMatches("feature/**", "feature/a/b")).toBe(true);
    expect(branchMatches("main.*", "mainX")).toBe(false);
    expect(() => resolveDeploymentTarget(targets, "main\u0007")).toThrow(ConfigurationError);
  });

  it("builds a reproducible, streamable DAG tarball like the astro CLI's", async () => {
    const dir = tempDirPath("astro-ci-tar-");
    try {
      const long = `${"deeply_nested_folder_name/".repeat(6)}a_dag_file_with_a_rather_long_name.py`;
      for (const [path, content] of Object.entries({ "dags/b.py": DAG("b"), "dags/a.py": DAG("a"), "dags/.airflowignore": "x\n", "dags/__pycache__/a.cpython-312.pyc": "bin", [`dags/${long}`]: DAG("long") })) {
        execFileSync("mkdir", ["-p", join(dir, path, "..")]);
        writeFileSync(join(dir, path), content);
      }
      symlinkSync("a.py", join(dir, "dags", "alias.py"));
      const collect = async (): Promise<Buffer> => {
        const chunks: Buffer[] = [];
        for await (const c of (await createDagTarball({ dagsDir: join(dir, "dags") })).stream()) chunks.push(Buffer.from(c));
        return Buffer.concat(chunks);
      };
      const first = await collect();
      expect((await collect()).equals(first)).toBe(true);
      expect(readTarGz(first).map((e) => e.path)).toEqual(["dags/.airflowignore", "dags/a.py", "dags/alias.py", "dags/b.py", `dags/${long}`]);
      const listing = execFileSync("tar", ["-tzf", "-"], { input: first }).toString().trim().split("\n");
      expect(listing).toContain(`dags/${long}`);
      const before = await (await createDagTarball({ dagsDir: join(dir, "dags") })).contentHash();
      expect(await (await createDagTarball({ dagsDir: join(dir, "dags") })).contentHash()).toBe(before);
      writeFileSync(join(dir, "dags/b.py"), DAG("b2"));
      expect(await (await createDagTarball({ dagsDir: join(dir, "dags") })).contentHash()).not.toBe(before);
      symlinkSync("/etc/passwd", join(dir, "dags", "escape.py"));
      await expect(createDagTarball({ dagsDir: join(dir, "dags") })).rejects.toThrow(/points outside the DAG folder/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a symlink to a `..name` entry of the DAG folder is inside it, from the work tree and from git; one that goes up out of it is refused", async () => {
    const repo = createTempGitRepo({ "dags/..shared/x.py": DAG("x"), "dags/sub/keep.py": DAG("keep") });
    try {
      symlinkSync("..shared/x.py", join(repo.dir, "dags/alias.py"));
      symlinkSync("../..shared/x.py", join(repo.dir, "dags/sub/alias.py"));
      const inside = repo.commit("inside");
      const paths = ["dags/..shared/x.py", "dags/alias.py", "dags/sub/alias.py", "dags/sub/keep.py"];
      expect(readTarGz(await collectTarball(await createDagTarball({ dagsDir: join(repo.dir, "dags") }))).map((e) => e.path)).toEqual(paths);
      expect(readTarGz(await collectTarball(await createDagTarballFromGit({ git: createGit(repo.dir), rev: inside, dagsPath: "dags" }))).map((e) => e.path)).toEqual(paths);
      repo.write({ "outside.py": DAG("outside") });
      symlinkSync("../../outside.py", join(repo.dir, "dags/sub/up.py"));
      const outside = repo.commit("outside");
      await expect(createDagTarball({ dagsDir: join(repo.dir, "dags") })).rejects.toThrow(/the symlink dags\/sub\/up\.py points outside the DAG folder/);
      await expect(createDagTarballFromGit({ git: createGit(repo.dir), rev: outside, dagsPath: "dags" })).rejects.toThrow(/the symlink dags\/sub\/up\.py points outside the DAG folder/);
    } finally {
      repo.cleanup();
    }
  });

  it("a real bundle (files around the 1 MiB gzip block, 0 bytes, a symlink, long non-ASCII paths) extracts byte for byte with GNU tar and Python's tarfile, the same gzip bytes from git", async () => {
    const MiB = 1024 * 1024;
    const noise = (size: number, seed: string): Buffer => {
      const parts: Buffer[] = [];
      for (let i = 0, n = 0; n < size; i++, n += 32) parts.push(i % 3 ? Buffer.from(`x = "${i}" # ${seed}\n`.padEnd(32, " ").slice(0, 32)) : createHash("sha256").update(`${seed}${i}`).digest());
      return Buffer.concat(parts).subarray(0, size);
    };
    const files: Record<string, string | Uint8Array> = { "astro/dags/empty.py": "", "astro/dags/exact.bin": noise(MiB, "a"), "astro/dags/under.bin": noise(MiB - 1, "b"), "astro/dags/over.bin": noise(MiB + 1, "c") };
    // Sorted first: about 1.3 MiB of small entries, so tar headers and small files straddle the first gzip block boundary.
    for (let i = 0; i < 1300; i++) files[`astro/dags/a_small/m${i}.py`] = DAG(`m${i}`).repeat(i % 5);
    // 80 two-byte characters: under 155 characters but over 155 bytes, so ustar's prefix field cannot hold the folder.
    const unicode = `${"é".repeat(80)}/dag.py`;
    const ascii = `${"f".repeat(60)}/${"g".repeat(70)}/${"h".repeat(101)}.py`;
    Object.assign(files, { [`astro/dags/${unicode}`]: DAG("u"), [`astro/dags/${ascii}`]: DAG("h") });
    const repo = createTempGitRepo(files);
    try {
      symlinkSync("exact.bin", join(repo.dir, "astro/dags/alias.bin"));
      const head = repo.commit("bundle");
      const collect = async (stream: AsyncIterable<Uint8Array>): Promise<Buffer> => {
        const chunks: Buffer[] = [];
        for await (const c of stream) chunks.push(Buffer.from(c));
        return Buffer.concat(chunks);
      };
      const gz = await collect((await createDagTarball({ dagsDir: join(repo.dir, "astro/dags") })).stream());
      expect((await collect((await createDagTarballFromGit({ git: createGit(repo.dir), rev: head, dagsPath: "astro/dags" })).stream())).equals(gz)).toBe(true);
      const tree = (root: string): Record<string, string> => {
        const out: Record<string, string> = {};
        const walk = (rel: string): void => {
          for (const name of readdirSync(join(root, rel))) {
            const path = rel ? `${rel}/${name}` : name;
            const stat = lstatSync(join(root, path));
            if (stat.isSymbolicLink()) out[path] = `link:${readlinkSync(join(root, path))}`;
            else if (stat.isDirectory()) walk(path);
            else out[path] = createHash("sha256").update(readFileSync(join(root, path))).digest("hex");
          }
        };
        walk("");
        return out;
      };
      const expected = tree(join(repo.dir, "astro/dags"));
      expect(Object.keys(expected)).toContain(unicode);
      const byTar = tempDirPath("astro-ci-untar-");
      execFileSync("tar", ["-xzf", "-", "-C", byTar], { input: gz, maxBuffer: 64 * MiB });
      expect(tree(join(byTar, "dags"))).toEqual(expected);
      const byPython = tempDirPath("astro-ci-tarfile-");
      writeFileSync(join(byPython, "bundle.tar.gz"), gz);
      execFileSync("python3", ["-c", 'import sys, tarfile\nwith tarfile.open(sys.argv[1], mode="r:gz") as t: t.extractall(sys.argv[2], filter="tar")', join(byPython, "bundle.tar.gz"), join(byPython, "out")]);
      expect(tree(join(byPython, "out", "dags"))).toEqual(expected);
    } finally {
      repo.cleanup();
    }
  }, 60_000);

  it("a bundle from git whose reader stops early (a failed upload) ends its git cat-file", async () => {
    // 8 MiB of blobs: more than the gzip's blocks in flight and the pipe hold when the reader stops.
    const repo = createTempGitRepo(Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`dags/f${i}.bin`, createHash("sha512").update(String(i)).digest().toString("hex").repeat(4096)])));
    try {
      const head = repo.commit("big blobs");
      const git = createGit(repo.dir);
      let open = 0;
      const observed = {
        ...git,
        async *readBlobs(ids: string[]) {
          open++;
          try {
            yield* git.readBlobs(ids);
          } finally {
            open--;
          }
        },
      };
      let pieces = 0;
      for await (const piece of (await createDagTarballFromGit({ git: observed, rev: head, dagsPath: "dags" })).stream()) if (++pieces === 2 && piece) break;
      // Without it, cat-file blocks on a full pipe and keeps the CLI's process alive.
      expect(open).toBe(0);
    } finally {
      repo.cleanup();
    }
  });
});

describe("astro-ci deploy end to end (real git repo, Astro emulator)", () => {
  let emulator: AstroEmulator;
  let repo: TempGitRepo;
  const dockerCalls: string[][] = [];
  const docker: CommandRunner = {
    async run(command, args, options) {
      dockerCalls.push([command, ...args, ...(options?.input ? ["<stdin>"] : [])]);
      return { exitCode: 0, stdout: "27.0", stderr: "" };
    },
  };
  beforeEach(async () => {
    emulator = await startAstroEmulator();
    repo = createTempGitRepo({
      "astro/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.1.0\n",
      "astro/requirements.txt": "",
      "astro/dags/a.py": DAG("a"),
      "astro-ci.yaml": "deployments:\n  - branch: main\n    deployment-name: production\n",
    });
    repo.commit("initial");
    dockerCalls.length = 0;
  });
  afterEach(async () => {
    expect(emulator.validationErrors).toEqual([]);
    expect(emulator.responseErrors).toEqual([]);
    await emulator.close();
    repo.cleanup();
  });

  const deploy = (overrides: Partial<Parameters<typeof runDeploy>[0]> = {}) =>
    runDeploy({
      repoRoot: repo.dir,
      projectRoot: join(repo.dir, "astro"),
      wait: true,
      waitTimeoutMs: 600_000,
      force: false,
      env: { ASTRO_API_TOKEN: "test-token", ASTRO_API_URL: emulator.url, ASTRO_ORGANIZATION_ID: emulator.organizationId },
      git: createGit(repo.dir),
      docker,
      http: { fetch: (i, init) => fetch(i, init), sleep: async (ms) => emulator.clock.advance(ms) },
      now: () => emulator.clock.now,
      logger: new RecordingLogger(),
      ...overrides,
    });

  it("first deploy is full (image via docker, DAGs uploaded), then a DAG change is DAG-only, then nothing is skipped unchanged", async () => {
    const production = emulator.addDeployment({ name: "production" });
    const first = await deploy();
    expect(first.result).toMatchObject({ status: "deployed", deployType: "image-and-dags" });
    expect(dockerCalls.map((c) => c[1])).toEqual(["info", "build", "login", "push"]);
    const pushed = dockerCalls.find((c) => c[1] === "push")?.at(-1);
    expect(pushed).toMatch(/^images\.astronomer\.cloud\/[a-z0-9]+:deploy-/);
    expect(dockerCalls.find((c) => c[1] === "login")?.at(-2)).toBe("images.astronomer.cloud");
    expect(dockerCalls.find((c) => c[1] === "login")).toContain("<stdin>");
    expect(dockerCalls.flat().join(" ")).not.toContain("test-token");
    expect(emulator.uploads.at(-1)?.entries.map((e) => e.path)).toEqual(["dags/a.py"]);
    expect(production.status).toBe("HEALTHY");
    expect(production.dagTarballVersion).toBe(emulator.uploads.at(-1)?.versionId);

    repo.write({ "astro/dags/b.py": DAG("b") });
    repo.commit("add b");
    dockerCalls.length = 0;
    const second = await deploy();
    expect(second.result).toMatchObject({ status: "deployed", deployType: "dags-only" });
    expect(dockerCalls).toEqual([]);
    expect(emulator.uploads.at(-1)?.entries.map((e) => e.path)).toEqual(["dags/a.py", "dags/b.py"]);
    expect(emulator.deploys.at(-1)?.git).toMatchObject({ provider: "GENERIC", branch: "main" });

    const uploadsBefore = emulator.uploads.length;
    const third = await deploy({ deployType: "dags-only" });
    expect(third.result).toMatchObject({ status: "skipped", reason: expect.stringContaining("skipped unchanged") });
    expect(emulator.uploads.length).toBe(uploadsBefore);
  });

  it("identifies the bundle by git's tree id when the work tree is clean, by content when it is dirty (allowDirty)", async () => {
    emulator.addDeployment({ name: "production" });
    await deploy({ deployType: "dags-only" });
    expect(emulator.deploys.at(-1)?.description).toMatch(/astro-ci:dags=tree-[0-9a-f]{40}/);
    // An uncommitted edit is refused; with allowDirty it is shipped (from the work tree) and identified by content.
    repo.write({ "astro/dags/a.py": DAG("a_edited") });
    await expect(deploy({ deployType: "dags-only" })).rejects.toThrow(/differs from commit/);
    expect((await deploy({ deployType: "dags-only", allowDirty: true })).result.status).toBe("deployed");
    expect(emulator.deploys.at(-1)?.description).toMatch(/astro-ci:dags=sha256-[0-9a-f]{64} astro-ci:dirty/);
    expect(emulator.uploads.at(-1)?.entries[0]?.sha256).not.toBe(emulator.uploads.at(-2)?.entries[0]?.sha256);
    // The same dirty content again is recognised as unchanged.
    expect((await deploy({ deployType: "dags-only", allowDirty: true })).result.status).toBe("skipped");
  });

  it("compares with the newest finalized deploy, whatever order the API lists them in, ignoring abandoned ones", async () => {
    const production = emulator.addDeployment({ name: "production" });
    await deploy({ deployType: "dags-only" });
    // A run that created a deploy and died before finalizing it must not count as what is live.
    await createAstroClient({ token: "test-token", baseUrl: emulator.url, organizationId: emulator.organizationId, logger: new RecordingLogger() }).createDeploy(production.id, { type: "DAG_ONLY", description: "abandoned" });
    emulator.deploys.reverse(); // oldest first now
    expect((await deploy({ deployType: "dags-only" })).result).toMatchObject({ status: "skipped", reason: expect.stringContaining("skipped unchanged") });
  });

  it("a change outside the project deploys nothing; an older commit does not replace a newer one", async () => {
    emulator.addDeployment({ name: "production" });
    expect((await deploy()).result).toMatchObject({ status: "deployed", deployType: "image-and-dags" });
    repo.write({ "README.md": "docs\n" });
    const old = repo.commit("docs");
    expect((await deploy()).result).toMatchObject({ status: "skipped", reason: "no change inside the project" });
    repo.write({ "astro/dags/c.py": DAG("c") });
    repo.commit("c");
    await deploy();
    const stale = await deploy({ headSha: old });
    expect(stale.result).toMatchObject({ status: "skipped", reason: expect.stringContaining("older than the deployed") });
  });

  it("uploads a 2.5 MB bundle in 1 MiB blocks", async () => {
    emulator.addDeployment({ name: "production" });
    let noise = "";
    for (let i = 0; noise.length < 2.5 * 1024 * 1024; i++) noise += `# ${i} ${Math.sin(i).toString(36)}${Math.cos(i * 7).toString(36)}\n`;
    repo.write({ "astro/dags/big.py": `${DAG("big")}${noise}` });
    repo.commit("big");
    const result = await deploy({ deployType: "dags-only" });
    expect(result.result.status).toBe("deployed");
    const upload = emulator.uploads.at(-1);
    expect(upload?.requests).toBeGreaterThanOrEqual(2);
    expect(upload?.entries.find((e) => e.path === "dags/big.py")?.size).toBe(readFileSync(join(repo.dir, "astro/dags/big.py")).length);
  });

  it("refuses an image deploy that would lower the runtime, or use one Astro does not offer", async () => {
    emulator.addDeployment({ name: "production", astroRuntimeVersion: "12.1.0" });
    repo.write({ "astro/Dockerfile": "FROM quay.io/astronomer/astro-runtime:11.4.0\n" });
    repo.commit("downgrade");
    await expect(deploy({ deployType: "image-and-dags" })).rejects.toThrow(/older than the Deployment's 12.1.0/);
    repo.write({ "astro/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.9.0\n" });
    repo.commit("unknown release");
    await expect(deploy({ deployType: "image-and-dags" })).rejects.toThrow(/12.9.0 is not offered/);
    expect(emulator.deploys).toHaveLength(0);
    repo.write({ "astro/Dockerfile": "FROM astrocrpublic.azurecr.io/runtime:3.1-12\n" });
    repo.commit("upgrade to Airflow 3");
    expect((await deploy({ deployType: "image-and-dags" })).result.status).toBe("deployed");
  });

  it("an image deploy without a Docker engine throws the typed NoDockerEngineError (callers check its type, not its text), before anything is sent to Astro", async () => {
    emulator.addDeployment({ name: "production" });
    const noDocker: CommandRunner = { run: async () => ({ exitCode: 1, stdout: "", stderr: "Cannot connect to the Docker daemon" }) };
    const error = await deploy({ deployType: "image-and-dags", docker: noDocker }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoDockerEngineError);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).describe()).toMatch(/no Docker engine answers here Fix: run the deploy on a runner with Docker .*deploy-type: dags-only/);
    expect(emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);
    // A docker build that fails is not that error, whatever its output says.
    const saysIt: CommandRunner = { run: async (_c, args) => (args[0] === "info" ? { exitCode: 0, stdout: "27.0", stderr: "" } : { exitCode: 1, stdout: "", stderr: "step 3: no Docker engine answers here" }) };
    const build = await deploy({ deployType: "image-and-dags", docker: saysIt }).catch((e: unknown) => e);
    expect(build).toBeInstanceOf(ConfigurationError);
    expect(build).not.toBeInstanceOf(NoDockerEngineError);
  });

  it("wakes a hibernating development Deployment for the deploy and hands it back to its schedule", async () => {
    const dev = emulator.addDeployment({ name: "production", isDevelopmentMode: true, hibernating: true });
    const { result } = await deploy({ deployType: "dags-only" });
    expect(result.status).toBe("deployed");
    expect(dev.dagTarballVersion).toBe(emulator.uploads.at(-1)?.versionId);
    expect(dev.override).toBeUndefined();
    const calls = emulator.requests.map((r) => r.operationId).filter((o) => o?.includes("Hibernation"));
    expect(calls).toEqual(["UpdateDeploymentHibernationOverride", "DeleteDeploymentHibernationOverride"]);
  });

  it("a failing validate-dags gate blocks the deploy unless forced", async () => {
    emulator.addDeployment({ name: "production" });
    repo.write({ "astro/dags/broken.py": "from airflow import DAG\nwith DAG('x' as d:\n    pass\n" });
    repo.commit("broken dag");
    const blocked = await deploy({ deployType: "dags-only", validateFirst: true });
    expect(blocked.result).toMatchObject({ status: "blocked", reason: expect.stringContaining("validate-dags found 1 errors") });
    expect(emulator.deploys).toHaveLength(0);
    expect((await deploy({ deployType: "dags-only", validateFirst: true, force: true })).result.status).toBe("deployed");
  });

  it("a failing test suite blocks the deploy", async () => {
    emulator.addDeployment({ name: "production" });
    repo.write({ "astro/tests/test_x.py": "def test_fails():\n    assert False\n" });
    repo.commit("failing test");
    const work = tempDirPath("astro-ci-gate-");
    try {
      const { nodeCommandRunner } = await import("../../src/dynamic/command-runner.js");
      const blocked = await deploy({ deployType: "dags-only", testFirst: { airflow: "none", workDir: work, runner: nodeCommandRunner } });
      expect(blocked.result).toMatchObject({ status: "blocked", reason: expect.stringContaining("tests did not pass") });
      expect(emulator.deploys).toHaveLength(0);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it("a branch that maps to nothing deploys nothing and says so; an unknown name is a clear error", async () => {
    repo.git("checkout", "-q", "-b", "feature/x");
    expect((await deploy()).result).toMatchObject({ status: "no-target", reason: expect.stringContaining("matches no entry") });
    await expect(deploy({ deploymentName: "nope" })).rejects.toThrow(/no Deployment named 'nope'/);
  });
});

describe("deploy under faults (every route of the flow)", () => {
  let emulator: AstroEmulator;
  let repo: TempGitRepo;
  beforeEach(async () => {
    emulator = await startAstroEmulator();
    emulator.addDeployment({ name: "production" });
    repo = createTempGitRepo({ "astro/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "astro/dags/a.py": DAG("a") });
    repo.commit("initial");
  });
  afterEach(async () => {
    await emulator.close();
    repo.cleanup();
  });
  const deploy = () =>
    runDeploy({
      repoRoot: repo.dir,
      projectRoot: join(repo.dir, "astro"),
      deploymentName: "production",
      deployType: "dags-only",
      wait: true,
      waitTimeoutMs: 600_000,
      force: false,
      env: { ASTRO_API_TOKEN: "test-token", ASTRO_API_URL: emulator.url, ASTRO_ORGANIZATION_ID: emulator.organizationId },
      git: createGit(repo.dir),
      docker: { run: async () => ({ exitCode: 0, stdout: "", stderr: "" }) },
      http: { fetch: (i, init) => fetch(i, init), sleep: async (ms) => emulator.clock.advance(ms) },
      now: () => emulator.clock.now,
      logger: new RecordingLogger(),
    });

  // Reads, the finalize (same version twice has the same effect) and block uploads are retried: the deploy completes.
  it.each([
    ["ListDeployments", { status: 503 }],
    ["ListDeployments", { status: 429, retryAfter: 3 }],
    ["ListDeploys", { dropConnection: true }],
    ["GetDeployment", { status: 500, nthCall: 1 }],
    ["FinalizeDeploy", { status: 502 }],
    ["PUT blob", { status: 503 }],
  ] as const)("%s answering %j: the deploy completes and the Deployment runs it", async (route, fault) => {
    emulator.inject(route, fault);
    const { result } = await deploy();
    expect(result.status).toBe("deployed");
    const production = [...emulator.deployments.values()][0];
    expect(production?.status).toBe("HEALTHY");
    expect(production?.dagTarballVersion).toBe(emulator.uploads.at(-1)?.versionId);
    expect(emulator.requests.some((r) => r.operationId === route && r.status !== 200 && r.status !== 201)).toBe(true);
  });

  // A create is not retried (a second could start a second deploy): one clear error, and no deploy left behind.
  it("CreateDeploy answering 500: one clear error naming the request id, no deploy started", async () => {
    emulator.inject("CreateDeploy", { status: 500 });
    await expect(deploy()).rejects.toThrow(/POST .*\/deploys → 500: .*requestId/);
    expect(emulator.deploys).toHaveLength(0);
  });

  it("a persistent 503 on reads gives up with one clear error after the retries", async () => {
    emulator.inject("ListDeployments", { status: 503, times: 99 });
    await expect(deploy()).rejects.toThrow(/→ 503/);
    expect(emulator.requests.filter((r) => r.operationId === "ListDeployments")).toHaveLength(5);
  });
});

async function collectTarball(tarball: { stream(): AsyncIterable<Uint8Array> }): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of tarball.stream()) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}
