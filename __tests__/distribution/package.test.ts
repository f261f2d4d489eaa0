// The published package on its own: `npm pack`, an offline `npm install -g` of the tarball into an empty prefix, and
// the installed `astro-ci` command run from folders that have nothing to do with this repository — the way a user,
// and pre-commit (pre_commit/languages/node.py: `npm pack`, then `npm install -g <tarball>` into its own prefix, then
// the hook's entry run from the repository root), gets it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { delimiter, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { createTempGitRepo } from "../support/git-repo.js";
import { tempDirPath } from "../support/temp-dir.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as Record<string, unknown> & { version: string; bin: Record<string, string> };
const nodeDir = dirname(process.execPath);

let work: string;
let prefix: string;
let home: string;
let packed: { filename: string; files: { path: string; mode: number }[] };
let install: SpawnSyncReturns<string>;

/** The environment of a fresh shell: no npm_* variables inherited from `npm test`, an empty npm cache and HOME. */
function cleanEnv(path: string): NodeJS.ProcessEnv {
  return { PATH: path, HOME: home, npm_config_cache: join(work, "npm-cache"), npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" };
}

function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync("npm", args, { cwd, encoding: "utf8", env: cleanEnv([nodeDir, ...(process.env.PATH ?? "").split(delimiter)].join(delimiter)), timeout: 150_000 });
}

/** Runs the installed command found on PATH, with only the install's bin folder and node's folder on PATH. */
function installed(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync("astro-ci", args, { cwd, encoding: "utf8", env: cleanEnv([join(prefix, "bin"), nodeDir].join(delimiter)), timeout: 60_000 });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  work = tempDirPath("astro-ci-package-");
  prefix = join(work, "prefix");
  home = join(work, "home");
  mkdirSync(home);
  const pack = npm(["pack", "--json", "--pack-destination", work], repoRoot);
  if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
  packed = (JSON.parse(pack.stdout) as (typeof packed)[])[0]!;
  // --offline with an empty cache: any dependency to download would fail the install.
  install = npm(["install", "--global", "--prefix", prefix, "--offline", join(work, packed.filename)], work);
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("package.json is ready to publish", () => {
  it("is not private, names its command, Node version, files, repository and keywords", () => {
    expect(pkg.private).toBeUndefined();
    expect(pkg.bin).toEqual({ "astro-ci": "dist/cli.js" });
    expect(pkg.engines).toEqual({ node: ">=20" });
    expect(pkg.files).toEqual(expect.arrayContaining(["dist/", "action.yml", "actions/*/action.yml", "schema/", "README.md", "LICENSE"]));
    expect(pkg.repository).toMatchObject({ type: "git", url: expect.stringMatching(/^git\+https:\/\/github\.com\/[\w.-]+\/astro-ci\.git$/) });
    expect((pkg.keywords as string[]).length).toBeGreaterThan(3);
    expect(pkg.license).toBe("Apache-2.0");
    expect(readFileSync(join(repoRoot, "LICENSE"), "utf8")).toMatch(/Apache License\s+Version 2\.0, January 2004/);
  });

  it("has no runtime dependencies: everything the CLI and the actions load is bundled in dist/", () => {
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it("dist/ loads nothing but Node built-ins and its own files", () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const outside: string[] = [];
    let seen = 0;
    for (const file of readdirSync(join(repoRoot, "dist")).filter((f) => f.endsWith(".js"))) {
      const text = readFileSync(join(repoRoot, "dist", file), "utf8");
      const specifiers = [
        // Static imports and re-exports (esbuild writes them at the start of a line, possibly over several lines).
        ...[...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']/gm)].map((m) => m[1]!),
        ...[...text.matchAll(/^import\s*["']([^"']+)["']/gm)].map((m) => m[1]!),
        // require() and import() calls; not code held in strings (ajv's `.code = 'require("ajv/dist/runtime/uri")'`,
        // text for its standalone mode, never run).
        ...[...text.matchAll(/(?<![`'"\w.$])(?:require|import)\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!),
      ];
      seen += specifiers.length;
      for (const spec of specifiers) if (!spec.startsWith(".") && !builtins.has(spec)) outside.push(`dist/${file}: ${spec}`);
    }
    expect(seen, "the scan finds the bundle's imports of node:path, node:fs...").toBeGreaterThan(50);
    expect(outside).toEqual([]);
  });
});

describe("npm pack", () => {
  it("packs the bundle, the actions, the schemas, README and LICENSE, and nothing of the development tree", () => {
    const paths = packed.files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "package.json",
        "README.md",
        "LICENSE",
        "dist/cli.js",
        "dist/validate-dags.js",
        "dist/test.js",
        "dist/deploy.js",
        "dist/ruff-lane.js",
        "dist/astro_ci_harness.py",
        "dist/ruff_wasm_bg.wasm",
        "dist/tree-sitter.wasm",
        "dist/tree-sitter-python.wasm",
        "action.yml",
        "actions/validate-dags/action.yml",
        "actions/test/action.yml",
        "actions/deploy/action.yml",
        "schema/astro-ci.schema.json",
      ]),
    );
    expect(paths.filter((p) => /^(src|__tests__|bench|scripts|examples|node_modules|\.github|\.ci)\//.test(p) || p === "package-lock.json")).toEqual([]);
    // Every chunk of the committed bundle is in the tarball.
    for (const file of readdirSync(join(repoRoot, "dist"))) expect(paths).toContain(`dist/${file}`);
  });
});

describe("npm install -g of the tarball, offline, into an empty prefix", () => {
  it("installs without the network and without the repository", () => {
    expect(install.stderr).not.toMatch(/ENOTCACHED|ERR!/);
    expect(install.status).toBe(0);
    const target = realpathSync(join(prefix, "bin", "astro-ci"));
    expect(relative(prefix, target)).toBe(join("lib", "node_modules", "astro-ci", "dist", "cli.js"));
    expect(statSync(target).mode & 0o111).not.toBe(0);
    expect(existsSync(join(prefix, "lib", "node_modules", "astro-ci", "node_modules"))).toBe(false);
  });

  it("`astro-ci --version` prints the package version", () => {
    const result = installed(["--version"], work);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(new RegExp(`(^|\\s)v?${pkg.version.replace(/\./g, "\\.")}$`));
   }, 90_000);

  it("`astro-ci validate-dags <example>` runs on a copy of the example project (broken on purpose: exit 1)", () => {
    const run = join(work, "run");
    cpSync(join(repoRoot, "examples", "astro-project"), join(run, "astro-project"), { recursive: true });
    const text = installed(["validate-dags", "astro-project"], run);
    expect(text.stderr).not.toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND|internal error/i);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/\[syntax-error\]/);
    const json = installed(["validate-dags", "astro-project", "--format", "json", "--dynamic", "off"], run);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { counts: { errors: number; dags: number }; findings: { checkId: string }[] };
    expect(report.counts.dags).toBe(10);
    expect(report.findings.map((f) => f.checkId)).toEqual(expect.arrayContaining(["syntax-error", "AIR301", "duplicate-dag-id"]));
   }, 120_000);

  it("the installed package is also a working action: each action's `run:` finds its bundle", () => {
    const root = join(prefix, "lib", "node_modules", "astro-ci");
    for (const file of ["action.yml", ...readdirSync(join(root, "actions")).map((a) => join("actions", a, "action.yml"))]) {
      const steps = (parse(readFileSync(join(root, file), "utf8")) as { runs: { steps: { run?: string }[] } }).runs.steps;
      for (const step of steps) {
        const m = /node "\$GITHUB_ACTION_PATH\/([^"]+)"/.exec(step.run ?? "");
        if (m) expect(existsSync(join(root, dirname(file), m[1]!)), `${file}: ${m[1]}`).toBe(true);
      }
    }
  });
});

describe(".pre-commit-hooks.yaml", () => {
  type Hook = Record<string, unknown> & { id: string; name: string; entry: string; language: string; files?: string; args?: string[]; pass_filenames?: boolean };
  const hooks = parse(readFileSync(join(repoRoot, ".pre-commit-hooks.yaml"), "utf8")) as Hook[];
  // pre-commit's MANIFEST_HOOK_DICT (pre_commit/clientlib.py): the keys a hook may have.
  const known = ["id", "name", "entry", "language", "alias", "files", "exclude", "types", "types_or", "exclude_types", "additional_dependencies", "args", "always_run", "fail_fast", "pass_filenames", "description", "language_version", "log_file", "minimum_pre_commit_version", "require_serial", "stages", "verbose"];
  const hook = hooks.find((h) => h.id === "astro-ci-validate-dags")!;

  it("declares astro-ci-validate-dags in pre-commit's manifest format", () => {
    expect(Array.isArray(hooks)).toBe(true);
    for (const h of hooks) {
      for (const key of ["id", "name", "entry", "language"]) expect(typeof h[key], `${h.id}.${key}`).toBe("string");
      expect(Object.keys(h).filter((k) => !known.includes(k))).toEqual([]);
    }
    expect(hook).toMatchObject({ entry: "astro-ci validate-dags", language: "node", pass_filenames: false });
    // pre-commit splits the entry with shlex.split: plain words only, so a split on spaces is exactly what it runs.
    expect(hook.entry).toMatch(/^[\w@./-]+( [\w@./-]+)*$/);
    expect(Object.keys(pkg.bin)).toContain(hook.entry.split(" ")[0]);
  });

  it("runs on the files validate-dags reads, not on others", () => {
    const files = new RegExp(hook.files!);
    for (const f of ["dags/etl.py", "plugins/op.py", ".airflowignore", "dags/team/.airflowignore", "astro-ci.yaml", "astro-ci.yml", "Dockerfile", "airflow/Dockerfile", "requirements.txt", "dags/bundle.zip"]) expect(files.test(f), f).toBe(true);
    for (const f of ["README.md", "dags/notes.txt", "package.json", "my-astro-ci.yaml.bak", "Dockerfile.dev"]) expect(files.test(f), f).toBe(false);
  });

  it("the entry, run as pre-commit runs it (installed bin on PATH, from the repository root), exits 0 on a clean project and 1 on a broken DAG", () => {
    const repo = createTempGitRepo({
      "Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.1.0\n",
      "dags/daily_report.py": [
        "from datetime import datetime",
        "",
        "from airflow import DAG",
        "from airflow.operators.empty import EmptyOperator",
        "",
        'with DAG(dag_id="daily_report", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False,',
        '         tags=["reporting"], default_args={"owner": "data-team", "retries": 2}):',
        '    EmptyOperator(task_id="start")',
        "",
      ].join("\n"),
    });
    try {
      repo.commit("a clean project");
      const [command, ...entryArgs] = hook.entry.split(" ");
      const argv = [...entryArgs, ...(hook.args ?? [])];
      const clean = spawnSync(command!, argv, { cwd: repo.dir, encoding: "utf8", env: cleanEnv([join(prefix, "bin"), nodeDir].join(delimiter)), timeout: 60_000 });
      expect(clean.stderr).not.toMatch(/internal error|Cannot find module/i);
      expect(clean.status).toBe(0);
      expect(clean.stdout).toMatch(/0 errors/);

      repo.write({ "dags/broken.py": "from airflow import DAG\n\nwith DAG(dag_id='broken'\n    pass\n" });
      const broken = spawnSync(command!, argv, { cwd: repo.dir, encoding: "utf8", env: cleanEnv([join(prefix, "bin"), nodeDir].join(delimiter)), timeout: 60_000 });
      expect(broken.status).toBe(1);
      expect(broken.stdout).toMatch(/dags\/broken\.py:\d+.*\[syntax-error\]/);
    } finally {
      repo.cleanup();
    }
  }, 120_000);
});
