import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../../src/cli/main.js";
import { runCliCaptured as cli } from "../support/run-cli.js";
import { makeTempTree } from "../support/temp-dir.js";

// A validate-dags run that nothing can have changed prints the stored report (src/commands/validate-dags-replay.ts).
// These tests prove a replay happened by the replay record on disk (name, inode, mtime): a replayed run leaves it as
// it is, a run that stores one writes it anew (temporary file, rename). Removing the analysis pack no longer proves
// anything: a replay needs the very pack its run left (without it a full run counts cache misses).

const DAG = (id: string): string => `from airflow import DAG\nwith DAG("${id}", schedule="@daily", tags=["t"], default_args={"owner": "o", "retries": 2}):\n    pass\n`;
const FILES = { Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "dags/a.py": DAG("a"), "dags/team/b.py": DAG("b") };

// Projects are made up front, then left alone for longer than the racy window (2 s): files written within it of a
// snapshot are never trusted, so a replay needs files at least that old.
const PROJECTS = 12;
const trees: { dir: string; cleanup(): void }[] = [];
const pool: string[] = [];
beforeAll(async () => {
  for (let i = 0; i < PROJECTS; i++) {
    const t = makeTempTree(FILES);
    trees.push(t);
    pool.push(t.dir);
  }
  await new Promise((r) => setTimeout(r, 2_100));
}, 10_000);
afterAll(() => trees.splice(0).forEach((t) => t.cleanup()));

let cacheHome: { dir: string; cleanup(): void };
let savedXdg: string | undefined;
beforeEach(() => {
  savedXdg = process.env.XDG_CACHE_HOME;
  cacheHome = makeTempTree({});
  process.env.XDG_CACHE_HOME = cacheHome.dir;
});
afterEach(() => {
  if (savedXdg === undefined) delete process.env.XDG_CACHE_HOME;
  else process.env.XDG_CACHE_HOME = savedXdg;
  delete process.env.ASTRO_CI_DEBUG;
  cacheHome.cleanup();
});

const project = (): string => {
  const dir = pool.shift();
  if (!dir) throw new Error("the test pool of projects is used up: raise PROJECTS");
  return dir;
};
const cacheDir = (): string => join(cacheHome.dir, "astro-ci");
const cacheFiles = (): string[] => (existsSync(cacheDir()) ? readdirSync(cacheDir()).sort() : []);
const removeAnalysisPack = (): void => cacheFiles().filter((f) => f.startsWith("analysis-")).forEach((f) => rmSync(join(cacheDir(), f)));
/** The replay records as they are on disk: the same before and after a replayed run. */
const records = (): string =>
  cacheFiles()
    .filter((f) => f.startsWith("replay-"))
    .map((f) => {
      const status = statSync(join(cacheDir(), f));
      return `${f} ${status.ino} ${status.mtimeMs}`;
    })
    .join("\n");
/** A full run: ASTRO_CI_DEBUG turns replay off (its log is about the work done); its debug lines are dropped. */
async function fullRun(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  process.env.ASTRO_CI_DEBUG = "1";
  try {
    const r = await cli(args, cwd);
    return { ...r, stderr: r.stderr.replace(/^debug: .*\n/gm, "") };
  } finally {
    delete process.env.ASTRO_CI_DEBUG;
  }
}

describe("validate-dags replays a run nothing can have changed", () => {
  it("prints byte for byte what a full run prints, exit code and warnings included, without storing anything", async () => {
    const dir = project();
    // A warning on stderr (the config's Airflow version against the Dockerfile's runtime) and an error finding.
    writeFileSync(join(dir, "astro-ci.yaml"), 'validate:\n  airflow-version: "2.9"\n');
    writeFileSync(join(dir, "dags", "broken.py"), "from airflow import DAG\nwith DAG('c' as d:\n");
    await new Promise((r) => setTimeout(r, 2_100));
    const args = ["validate-dags", dir, "--format", "json", "--dynamic", "off"];
    const first = await cli(args, dir);
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/warning: validate.airflow-version is 2.9/);
    expect(cacheFiles()).toEqual([expect.stringMatching(/^analysis-/), expect.stringMatching(/^replay-[0-9a-f]{16}\.v8$/)]);

    const stored = records();
    const replayed = await cli(args, dir);
    expect(records()).toBe(stored);

    const full = await fullRun(args, dir); // warm, as the replayed run reports itself
    expect(replayed.stdout).toBe(full.stdout);
    expect(replayed.code).toBe(full.code);
    expect(replayed.stderr).toBe(full.stderr);
    expect((JSON.parse(replayed.stdout) as { projects: { cache: unknown }[] }).projects[0]?.cache).toEqual({ hits: 3, misses: 0 });
  }, 60_000);

  it("at a terminal (indented JSON), several projects one without DAG files: the replay of a run that missed prints what a full run prints", async () => {
    const dir = project();
    mkdirSync(join(dir, "second", "dags"), { recursive: true });
    writeFileSync(join(dir, "second", "Dockerfile"), FILES.Dockerfile);
    writeFileSync(join(dir, "second", "dags", "README.md"), "no DAGs here\n");
    writeFileSync(join(dir, "astro-ci.yaml"), "projects:\n  - path: .\n  - path: second\n");
    await new Promise((r) => setTimeout(r, 2_100));
    const atTerminal = async (debug: boolean): Promise<{ code: number; stdout: string; stderr: string }> => {
      let stdout = "";
      let stderr = "";
      const env = { ...process.env, ...(debug ? { ASTRO_CI_DEBUG: "1" } : {}) };
      const code = await runCli(["validate-dags", "--format", "json", "--dynamic", "off"], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir, isTty: true, env });
      return { code, stdout, stderr: stderr.replace(/^debug: .*\n/gm, "") };
    };
    const first = await atTerminal(false); // cold: every DAG file a miss, so the stored text is the next run's
    const counts = (text: string): unknown => (JSON.parse(text) as { projects: { cache?: unknown }[] }).projects.map((p) => p.cache);
    expect(counts(first.stdout)).toEqual([{ hits: 0, misses: 2 }, { hits: 0, misses: 0 }]);
    expect(first.stdout).toContain('\n      "cache": {\n        "hits": 0,');
    const stored = records();
    const replayed = await atTerminal(false);
    expect(records()).toBe(stored);
    const full = await atTerminal(true);
    expect(counts(full.stdout)).toEqual([{ hits: 2, misses: 0 }, { hits: 0, misses: 0 }]);
    expect(replayed.stdout === full.stdout).toBe(true);
    expect([replayed.code, replayed.stderr]).toEqual([full.code, full.stderr]);
  }, 60_000);

  const changes: [string, (dir: string) => void, (report: { counts: { dags: number; errors: number } }, code: number) => void][] = [
    [
      "a DAG file rewritten with the same size",
      (dir) => writeFileSync(join(dir, "dags", "a.py"), DAG("a").replace("    pass\n", "    pas(\n")),
      (report) => expect(report.counts.errors).toBeGreaterThan(0),
    ],
    ["a DAG file added in a subfolder", (dir) => writeFileSync(join(dir, "dags", "team", "c.py"), DAG("c")), (report) => expect(report.counts.dags).toBe(3)],
    ["a DAG file removed", (dir) => rmSync(join(dir, "dags", "team", "b.py")), (report) => expect(report.counts.dags).toBe(1)],
    ["astro-ci.yaml created at the repository root", (dir) => writeFileSync(join(dir, "astro-ci.yaml"), "validate:\n  fail-on: never\n  exclude: [dags/a.py]\n"), (report, code) => {
      expect(report.counts.dags).toBe(1);
      expect(code).toBe(0);
    }],
  ];
  for (const [what, change, check] of changes) {
    it(`runs again when ${what}`, async () => {
      const dir = project();
      const args = ["validate-dags", dir, "--format", "json", "--dynamic", "off"];
      const first = await cli(args, dir);
      expect((JSON.parse(first.stdout) as { counts: { dags: number } }).counts.dags).toBe(2);
      const stored = records();
      change(dir);
      const second = await cli(args, dir);
      expect(records()).not.toBe(stored);
      check(JSON.parse(second.stdout) as { counts: { dags: number; errors: number } }, second.code);
    }, 60_000);
  }

  it("keeps one record per command line: another format is not served the JSON; text recorded cold replays as a full run prints", async () => {
    const dir = project();
    const text = await cli(["validate-dags", dir, "--format", "text", "--dynamic", "off"], dir); // cold: every file analysed
    await cli(["validate-dags", dir, "--format", "json", "--dynamic", "off"], dir);
    expect(cacheFiles().filter((f) => f.startsWith("replay-"))).toHaveLength(2);
    const stored = records();
    const again = await cli(["validate-dags", dir, "--format", "text", "--dynamic", "off"], dir);
    expect(records()).toBe(stored);
    expect(() => JSON.parse(again.stdout) as unknown).toThrow();
    const full = await fullRun(["validate-dags", dir, "--format", "text", "--dynamic", "off"], dir);
    expect(again.stdout).toBe(full.stdout);
    expect(again.stdout).toBe(text.stdout);
  }, 60_000);

  it("stores nothing for runs that read more than files: the dynamic tier (an installed Airflow) and --no-cache", async () => {
    const dir = project();
    await cli(["validate-dags", dir, "--format", "json", "--dynamic", "auto", "--airflow", "installed"], dir);
    expect(cacheFiles().filter((f) => f.startsWith("replay-"))).toEqual([]);
    await cli(["validate-dags", dir, "--format", "json", "--dynamic", "off", "--no-cache"], dir);
    expect(cacheFiles().filter((f) => f.startsWith("replay-"))).toEqual([]);
  }, 60_000);

  it("a damaged analysis pack: its warning is printed as a full run prints it, and not replayed once the pack is whole again", async () => {
    const dir = project();
    const args = ["validate-dags", dir, "--format", "json", "--dynamic", "off"];
    const first = await cli(args, dir);
    const pack = join(cacheDir(), cacheFiles().find((f) => f.startsWith("analysis-")) as string);
    writeFileSync(pack, readFileSync(pack).subarray(0, Math.floor(statSync(pack).size / 2)));
    const second = await cli(args, dir);
    expect(second.stderr).toMatch(/warning: ignoring unreadable cache file .*truncated or corrupt/);
    expect(second.code).toBe(first.code);
    const third = await cli(args, dir); // the second run wrote a whole pack: nothing to warn about
    const full = await fullRun(args, dir);
    expect(third.stderr).toBe(full.stderr);
    expect(third.stdout).toBe(full.stdout);
  }, 60_000);

  it("a removed analysis pack: the report counts the cache misses a full run counts", async () => {
    const dir = project();
    const args = ["validate-dags", dir, "--format", "json", "--dynamic", "off"];
    await cli(args, dir);
    await cli(args, dir);
    removeAnalysisPack();
    const after = await cli(args, dir);
    removeAnalysisPack();
    const full = await fullRun(args, dir);
    expect((JSON.parse(after.stdout) as { projects: { cache: unknown }[] }).projects[0]?.cache).toEqual({ hits: 0, misses: 2 });
    expect(after.stdout).toBe(full.stdout);
  }, 60_000);

  it("a damaged record is ignored: the run goes the long way and stores a good one", async () => {
    const dir = project();
    const args = ["validate-dags", dir, "--format", "json", "--dynamic", "off"];
    const first = await cli(args, dir);
    const record = cacheFiles().find((f) => f.startsWith("replay-")) as string;
    for (const damage of ["", "\u0000\u0000\u0000\u0010garbage", "\u00ff\u00ff\u00ff\u00ffx"]) {
      writeFileSync(join(cacheDir(), record), damage, "latin1");
      const damaged = records();
      const again = await cli(args, dir);
      expect(again.code).toBe(first.code);
      expect(records()).not.toBe(damaged);
      expect((JSON.parse(again.stdout) as { counts: unknown }).counts).toEqual((JSON.parse(first.stdout) as { counts: unknown }).counts);
    }
  }, 60_000);

  it("the report file of --output inside the project does not count as a change", async () => {
    const dir = project();
    mkdirSync(join(dir, "reports"));
    await new Promise((r) => setTimeout(r, 2_100));
    const args = ["validate-dags", dir, "--format", "json", "--dynamic", "off", "--output", "reports/validate.json"];
    await cli(args, dir); // creates reports/validate.json: its folder changes, once
    await new Promise((r) => setTimeout(r, 2_100));
    await cli(args, dir); // runs again (the folder changed), and stores a record taken after that change
    const stored = records();
    const third = await cli(args, dir); // rewrites the report in place: nothing the run reads has changed
    expect(third.code).toBe(1);
    expect(records()).toBe(stored);
  }, 60_000);
});

describe("validate-dags replay against what the run reads outside the project folder", () => {
  const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 2_100));
  const own: { dir: string; cleanup(): void }[] = [];
  afterEach(() => own.splice(0).forEach((t) => t.cleanup()));
  const tree = (files: Record<string, string>): string => {
    const t = makeTempTree(files);
    own.push(t);
    return t.dir;
  };

  it("a requirement naming a project folder outside (-e ../pkg): renaming that package is seen, as a full run sees it", async () => {
    const repo = tree({
      "project/Dockerfile": FILES.Dockerfile,
      "project/requirements.txt": "-e ../pkg\n",
      "project/dags/a.py": `import some_pkg\n${DAG("a")}`,
      "pkg/pyproject.toml": '[project]\nname = "other_pkg"\n',
    });
    const dir = join(repo, "project");
    await settle();
    const args = ["validate-dags", dir, "--format", "json", "--dynamic", "off"];
    await cli(args, dir);
    await cli(args, dir); // warm: what a replay would store
    // pip now installs the package the DAG imports: the finding about it goes.
    writeFileSync(join(repo, "pkg", "pyproject.toml"), '[project]\nname = "some_pkg"\n');
    await settle();
    const after = await cli(args, dir);
    const full = await fullRun(args, dir);
    expect(after.stdout).toBe(full.stdout);
    expect(after.code).toBe(full.code);
    expect(after.stderr).toBe(full.stderr);
  }, 60_000);

  it("a requirement naming a folder inside a virtualenv (-e ./.venv/src/pkg, where pip checks out editables): renaming that package is seen", async () => {
    const dir = tree({
      Dockerfile: FILES.Dockerfile,
      "requirements.txt": "-e ./.venv/src/pkg\n",
      "dags/a.py": `import some_pkg\n${DAG("a")}`,
      ".venv/pyvenv.cfg": "home = /usr/bin\n",
      ".venv/src/pkg/pyproject.toml": '[project]\nname = "other_pkg"\n',
    });
    await settle();
    const args = ["validate-dags", dir, "--format", "json", "--dynamic", "off"];
    await cli(args, dir);
    await cli(args, dir);
    writeFileSync(join(dir, ".venv", "src", "pkg", "pyproject.toml"), '[project]\nname = "some_pkg"\n');
    await settle();
    const after = await cli(args, dir);
    const full = await fullRun(args, dir);
    expect(after.stdout).toBe(full.stdout);
    expect(after.code).toBe(full.code);
  }, 60_000);

  it("--output into dags/ (a file DAG discovery reads): the report the last run wrote there is read again, never replayed", async () => {
    const dir = tree({ Dockerfile: FILES.Dockerfile, "dags/a.py": DAG("a") });
    await settle();
    const args = ["validate-dags", dir, "--format", "json", "--dynamic", "off", "--output", "dags/report.py"];
    const report = (): { filesChecked: string[]; cache: { misses: number } } => (JSON.parse(readFileSync(join(dir, "dags", "report.py"), "utf8")) as { projects: { filesChecked: string[]; cache: { misses: number } }[] }).projects[0] as never;
    await cli(args, dir); // creates dags/report.py: the folder changes
    await settle();
    await cli(args, dir); // reads the first report as a DAG file
    expect(report().filesChecked).toContain("dags/report.py");
    await settle();
    const stored = records();
    await cli(args, dir); // dags/report.py holds the second run's report now: a file a full run analyses afresh
    expect(records()).not.toBe(stored);
    expect(report().cache.misses).toBeGreaterThan(0);
  }, 60_000);

  it("--cache dags (the cache folder where DAG files are): an edited DAG file there is seen", async () => {
    const dir = tree({ Dockerfile: FILES.Dockerfile, "dags/a.py": DAG("a") });
    await settle();
    const args = ["validate-dags", dir, "--format", "json", "--dynamic", "off", "--cache", "dags"];
    const checks = (stdout: string): string[] => (JSON.parse(stdout) as { findings: { checkId: string }[] }).findings.map((f) => f.checkId);
    const first = await cli(args, dir);
    expect(checks(first.stdout)).not.toContain("syntax-error");
    await settle();
    await cli(args, dir); // stores a record taken after the first run's cache files appeared
    writeFileSync(join(dir, "dags", "a.py"), DAG("a").replace("    pass\n", "    pas(\n"));
    const after = await cli(args, dir);
    expect(checks(after.stdout)).toContain("syntax-error");
  }, 60_000);

  it("the same bytes in two files whose dag_id is the file's name (their analyses displace each other): the cache counts a full run counts", async () => {
    // A DAG of a class from include/ (a candidate until the project's classes are known: no judged record).
    const stem = `# an airflow DAG\nfrom pathlib import Path\nfrom include.base import TeamDag\nd = TeamDag(Path(__file__).stem, schedule=None)\n`;
    const dir = tree({ Dockerfile: FILES.Dockerfile, "include/__init__.py": "", "include/base.py": "from airflow import DAG\n\nclass TeamDag(DAG):\n    pass\n", "dags/orders.py": stem, "dags/refunds.py": stem });
    await settle();
    const args = ["validate-dags", dir, "--format", "json", "--dynamic", "off"];
    await cli(args, dir);
    await cli(args, dir);
    const third = await cli(args, dir);
    const full = await fullRun(args, dir);
    expect((JSON.parse(third.stdout) as { projects: { cache: unknown }[] }).projects[0]?.cache).toEqual((JSON.parse(full.stdout) as { projects: { cache: unknown }[] }).projects[0]?.cache);
    expect(third.stdout).toBe(full.stdout);
  }, 60_000);
});
