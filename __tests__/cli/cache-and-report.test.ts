import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openAnalysisCache } from "../../src/dags/analysis-cache.js";
import { createInProcessAnalyzer, type FileAnalyzer } from "../../src/dags/analyzer.js";
import { validateProject } from "../../src/dags/validate.js";
import { loadConfig } from "../../src/config/config.js";
import { readValidateDagsSettings } from "../../src/actions/validate-dags/settings.js";
import { createEnvInputReader } from "../../src/actions/inputs.js";
import { runCliCaptured } from "../support/run-cli.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { makeTempTree } from "../support/temp-dir.js";

const DAG = `from airflow import DAG\nwith DAG("a", schedule="@daily", tags=["t"], default_args={"owner": "o", "retries": 2}):\n    pass\n`;

const cli = runCliCaptured;

const trees: { dir: string; cleanup(): void }[] = [];
const temp = (files: Record<string, string>) => {
  const t = makeTempTree(files);
  trees.push(t);
  return t.dir;
};
let savedXdg: string | undefined;
beforeEach(() => {
  savedXdg = process.env.XDG_CACHE_HOME;
  process.env.XDG_CACHE_HOME = temp({});
});
afterEach(() => {
  if (savedXdg === undefined) delete process.env.XDG_CACHE_HOME;
  else process.env.XDG_CACHE_HOME = savedXdg;
  trees.splice(0).forEach((t) => t.cleanup());
});
const project = () => temp({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "dags/a.py": DAG, "dags/b.py": DAG.replace('"a"', '"b"') });

describe("validate-dags cache defaults", () => {
  it("caches by default under $XDG_CACHE_HOME/astro-ci: the second run analyses nothing", async () => {
    const dir = project();
    const args = ["validate-dags", dir, "--format", "json", "--dynamic", "off"];
    const first = JSON.parse((await cli(args, dir)).stdout) as { projects: { cache?: unknown }[] };
    expect(first.projects[0]?.cache).toEqual({ hits: 0, misses: 2 });
    // The analysis pack, and the record that replays the run when nothing changed (validate-dags-replay.ts).
    expect(readdirSync(join(process.env.XDG_CACHE_HOME as string, "astro-ci")).sort()).toEqual([expect.stringMatching(/^analysis-.*\.v8$/), expect.stringMatching(/^replay-[0-9a-f]{16}\.v8$/)]);
    const second = JSON.parse((await cli(args, dir)).stdout) as { projects: { cache?: unknown }[] };
    expect(second.projects[0]?.cache).toEqual({ hits: 2, misses: 0 });
  }, 60_000);

  it("--no-cache reads and writes no cache", async () => {
    const dir = project();
    const report = JSON.parse((await cli(["validate-dags", dir, "--format", "json", "--dynamic", "off", "--no-cache"], dir)).stdout) as { projects: { cache?: unknown }[] };
    expect(report.projects[0]?.cache).toBeUndefined();
    expect(existsSync(join(process.env.XDG_CACHE_HOME as string, "astro-ci"))).toBe(false);
  }, 60_000);

  it("a file where the cache folder should be: one notice, and the run's result is unchanged", async () => {
    const dir = project();
    writeFileSync(join(dir, "blocker"), "x");
    const blocked = await cli(["validate-dags", dir, "--format", "json", "--dynamic", "off", "--cache", join(dir, "blocker", "sub")], dir);
    const plain = await cli(["validate-dags", dir, "--format", "json", "--dynamic", "off", "--no-cache"], dir);
    expect(blocked.code).toBe(plain.code);
    expect(blocked.stderr.match(/analysis cache/g)).toHaveLength(1);
    expect((JSON.parse(blocked.stdout) as { findings: unknown }).findings).toEqual((JSON.parse(plain.stdout) as { findings: unknown }).findings);
  }, 60_000);

  /**
   * Runs a project with a finding on a line, then edits its analysis pack with `edit` (same lengths, still JSON: the
   * spans stay valid), runs again, and expects the first run's report with every file analysed afresh.
   */
  async function expectEditedPackIsMissed(edit: (bytes: string) => string, mustHold: string[]): Promise<void> {
    const dir = project();
    writeFileSync(join(dir, "dags", "c.py"), DAG.replace('"a"', '"c"').replace('"retries": 2', '"retries": 0'));
    const args = ["validate-dags", dir, "--format", "json", "--dynamic", "off"];
    const first = await cli(args, dir);
    const cacheDir = join(process.env.XDG_CACHE_HOME as string, "astro-ci");
    const [pack] = readdirSync(cacheDir).filter((f) => f.startsWith("analysis-"));
    const bytes = readFileSync(join(cacheDir, pack as string), "latin1");
    for (const text of mustHold) expect(bytes.includes(text)).toBe(true);
    const edited = edit(bytes);
    expect(edited.length).toBe(bytes.length);
    writeFileSync(join(cacheDir, pack as string), edited, "latin1");
    const again = await cli(args, dir);
    expect(again.code).toBe(first.code);
    expect(again.stderr).toBe(first.stderr);
    const strip = (text: string) => ({ ...(JSON.parse(text) as Record<string, unknown>), projects: (JSON.parse(text) as { projects: Record<string, unknown>[] }).projects.map(({ cache: _c, ...p }) => p) });
    expect(strip(again.stdout)).toEqual(strip(first.stdout));
    expect((JSON.parse(again.stdout) as { projects: { cache?: unknown }[] }).projects[0]?.cache).toEqual({ hits: 0, misses: 3 });
  }

  it("pack entries that are valid JSON of the wrong shape (damaged, planted) are misses: analysed and judged afresh, same report", async () => {
    // Every analysis, DAG, finding and diagnostic loses its `line`.
    await expectEditedPackIsMissed((bytes) => bytes.replaceAll('"line":', '"Line":'), ['"line":']);
  }, 60_000);

  it("an analysis entry carrying `judged` (which only the cache itself sets, on judged records it serves) is a miss, not findings taken as they are", async () => {
    // Judged records lose their findings (so the analyses are read), and each analysis's inventory becomes its
    // `judged` (an object: spread as findings, the run crashed with exit 3).
    await expectEditedPackIsMissed((bytes) => bytes.replaceAll('"findings":', '"Findings":').replaceAll('"inventory":', '"judged"   :'), ['"inventory":', '"findings":']);
  }, 60_000);

  it("the JSON report is version 3: findings once, at the top level; a DAG is its facts, without source spans", async () => {
    const dir = project();
    writeFileSync(join(dir, "dags", "c.py"), "from airflow import DAG\nwith DAG('c' as d:\n");
    writeFileSync(
      join(dir, "dags", "d.py"),
      "from datetime import datetime\nfrom airflow import DAG\nargs = {'owner': 'data', 'retries': 2}\nwith DAG('d', schedule='@daily', start_date=datetime(2024, 1, 1), default_args=args, catchup=False):\n    pass\n",
    );
    const report = JSON.parse((await cli(["validate-dags", dir, "--format", "json", "--dynamic", "off", "--no-cache"], dir)).stdout) as Record<string, unknown> & {
      projects: (Record<string, unknown> & { dags: Record<string, unknown>[] })[];
      findings: { checkId: string }[];
    };
    expect(report.reportVersion).toBe(3);
    expect(report.findings.map((f) => f.checkId)).toContain("syntax-error");
    expect(report.projects[0]).not.toHaveProperty("findings");
    const dag = report.projects[0]!.dags.find((d) => d.dagId === "d");
    expect(dag).toMatchObject({ dagId: "d", line: 4, definedBy: "with DAG()", schedule: "@daily", owner: "data", retries: 2, catchup: false });
    for (const internal of ["arguments", "defaultArgs", "defaultArgsComplete"]) expect(dag).not.toHaveProperty(internal);
  }, 60_000);
});

describe("the stat index", () => {
  it("a file whose stat did not change is neither read nor analysed; a changed one is", async () => {
    const dir = project();
    const config = await loadConfig({ repoRoot: dir });
    const entry = config.projects[0]!;
    const inner = await createInProcessAnalyzer();
    const analysed: string[][] = [];
    const analyzer: FileAnalyzer = { analyze: (inputs) => (analysed.push(inputs.map((i) => i.file)), inner.analyze(inputs)), close: () => inner.close() };
    const cacheDir = join(dir, ".cache");
    // Saved "a minute from now", so the files just written are outside the racy window.
    const open = () => openAnalysisCache(cacheDir, entry.root, new RecordingLogger(), { now: () => Date.now() + 60_000 });
    const runOnce = async () => {
      const logger = new RecordingLogger();
      const cache = await open();
      const result = await validateProject(entry, { repoRoot: dir, analyzer, cache, logger });
      await cache?.save();
      return { result, debug: logger.messages.filter((m) => m.level === "debug").map((m) => m.message) };
    };
    const first = await runOnce();
    expect(first.debug).toContain("2 files: 0 unchanged by stat, 2 read, 2 to analyse");
    const second = await runOnce();
    expect(second.debug).toContain("2 files: 2 unchanged by stat, 0 read, 0 to analyse");
    expect(second.result.dags).toEqual(first.result.dags);
    expect(second.result.findings).toEqual(first.result.findings);
    writeFileSync(join(dir, "dags", "b.py"), DAG.replace('"a"', '"b2"'));
    const third = await runOnce();
    expect(third.debug).toContain("2 files: 1 unchanged by stat, 1 read, 1 to analyse");
    expect(third.result.dags.map((d) => d.dagId)).toEqual(["a", "b2"]);
    expect(analysed).toEqual([["dags/a.py", "dags/b.py"], ["dags/b.py"]]);
  }, 60_000);

  it("statIndex: false (a base commit's temp tree) uses the content cache but indexes nothing", async () => {
    const dir = project();
    const entry = (await loadConfig({ repoRoot: dir })).projects[0]!;
    const analyzer = await createInProcessAnalyzer();
    const cacheDir = join(dir, ".cache");
    const runOnce = async (statIndex: boolean) => {
      const logger = new RecordingLogger();
      const cache = await openAnalysisCache(cacheDir, entry.root, new RecordingLogger(), { now: () => Date.now() + 60_000 });
      await validateProject(entry, { repoRoot: dir, analyzer, cache, statIndex, logger });
      await cache?.save();
      return { debug: logger.messages.map((m) => m.message), stats: cache?.stats };
    };
    expect((await runOnce(false)).debug).toContain("2 files: 0 unchanged by stat, 2 read, 2 to analyse");
    const second = await runOnce(true);
    expect(second.debug).toContain("2 files: 0 unchanged by stat, 2 read, 0 to analyse");
    expect(second.stats).toEqual({ hits: 2, misses: 0 });
  }, 60_000);
});

describe("the validate-dags action's cache input", () => {
  const settings = (env: NodeJS.ProcessEnv) => readValidateDagsSettings(createEnvInputReader(env), { GITHUB_WORKSPACE: "/w", ...env });
  it("defaults to the XDG cache folder, takes a folder, and `false` turns the analysis cache off", () => {
    expect(settings({ XDG_CACHE_HOME: "/x" })).toMatchObject({ analysisCacheDir: "/x/astro-ci", cacheDir: undefined });
    expect(settings({ INPUT_CACHE: ".astro-ci-cache" })).toMatchObject({ analysisCacheDir: "/w/.astro-ci-cache", cacheDir: "/w/.astro-ci-cache" });
    expect(settings({ INPUT_CACHE: "false" })).toMatchObject({ analysisCacheDir: undefined, cacheDir: undefined });
  });
});

describe("judged findings in the cache", () => {
  const UNTAGGED = `from airflow import DAG\nwith DAG("u", schedule="@daily", default_args={"owner": "o", "retries": 2}):\n    pass\n`;
  async function harness(files: Record<string, string>) {
    const dir = temp({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n", ...files });
    const entry = (await loadConfig({ repoRoot: dir })).projects[0]!;
    const inner = await createInProcessAnalyzer();
    const analysed: string[][] = [];
    const analyzer: FileAnalyzer = { analyze: (inputs) => (analysed.push(inputs.map((i) => i.file)), inner.analyze(inputs)), close: () => inner.close() };
    const runOnce = async (validate = entry.validate) => {
      const logger = new RecordingLogger();
      const cache = await openAnalysisCache(join(dir, ".cache"), entry.root, new RecordingLogger(), { now: () => Date.now() + 60_000 });
      const result = await validateProject({ ...entry, validate }, { repoRoot: dir, analyzer, cache, logger });
      await cache?.save();
      const checksDone = logger.messages.map((m) => m.message).find((m) => m.includes("checks done")) ?? "";
      return { result, afresh: Number(/(\d+) of \d+ files judged afresh/.exec(checksDone)?.[1]), stats: cache?.stats };
    };
    return { dir, entry, analysed, runOnce };
  }

  it("an unchanged file under unchanged settings is not judged again; a settings change re-judges it without re-analysing", async () => {
    const h = await harness({ "dags/a.py": DAG, "dags/u.py": UNTAGGED });
    const first = await h.runOnce();
    expect(first.afresh).toBe(2);
    expect(first.result.findings.map((f) => f.checkId)).toContain("tags-required");
    const second = await h.runOnce();
    expect(second.afresh).toBe(0);
    expect(second.stats).toEqual({ hits: 2, misses: 0 });
    expect(second.result.findings).toEqual(first.result.findings);
    expect(second.result.dags).toEqual(first.result.dags);

    // Turning tags-required off, after a run that used only judged records: re-judged from the kept analyses.
    const off = { ...h.entry.validate, checks: { ...h.entry.validate.checks, "tags-required": { level: "off" as const } } };
    const third = await h.runOnce(off);
    expect(third.afresh).toBe(2);
    expect(third.result.findings.map((f) => f.checkId)).not.toContain("tags-required");
    expect(h.analysed).toEqual([["dags/a.py", "dags/u.py"]]);
    expect((await h.runOnce(off)).afresh).toBe(0);
    // And back: the earlier findings, judged again.
    expect((await h.runOnce()).result.findings).toEqual(first.result.findings);
  }, 60_000);

  it("a DAG made by a project class is judged afresh every run: a change to the class in include/ shows", async () => {
    const h = await harness({
      "include/__init__.py": "",
      "include/base.py": "from airflow import DAG\n\nclass TeamDag(DAG):\n    pass\n",
      "dags/team.py": `from airflow import DAG\nfrom include.base import TeamDag\n\nteam = TeamDag("team", schedule="@daily", default_args={"owner": "o", "retries": 2})\n`,
    });
    const first = await h.runOnce();
    expect(first.result.dags.map((d) => d.dagId)).toEqual(["team"]);
    expect(first.result.findings.filter((f) => f.checkId === "tags-required").map((f) => f.file)).toEqual(["dags/team.py"]);
    writeFileSync(join(h.dir, "include", "base.py"), "class TeamDag:\n    def __init__(self, *args, **kwargs):\n        pass\n");
    const second = await h.runOnce();
    expect(second.result.dags).toEqual([]);
    expect(second.result.findings.filter((f) => f.checkId === "tags-required")).toEqual([]);
  }, 60_000);

  it("a file that does not compile gets its syntax error, not policy findings on what the parser recovered", async () => {
    const h = await harness({ "dags/broken.py": UNTAGGED.replace("pass", "pass\n  x = (") });
    const { result } = await h.runOnce();
    expect(result.findings.map((f) => f.checkId)).toEqual(["syntax-error"]);
  }, 60_000);
});
