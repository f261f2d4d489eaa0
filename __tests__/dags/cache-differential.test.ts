import { afterAll, beforeAll, afterEach, describe, expect, it } from "vitest";
import { lstatSync, mkdirSync, readdirSync, symlinkSync, readFileSync, renameSync, truncateSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { openAnalysisCache } from "../../src/dags/analysis-cache.js";
import { createInProcessAnalyzer, type FileAnalyzer } from "../../src/dags/analyzer.js";
import { failsAt, validateProject, type ProjectValidation } from "../../src/dags/validate.js";
import { loadConfig } from "../../src/config/config.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { makeTempTree } from "../support/temp-dir.js";

/*
 * Differential test of the analysis cache: after every edit, a warm run (the cache the previous runs left) must give
 * exactly what a run without cache gives: findings, DAGs, files checked/skipped/ignored and the exit code.
 */

let analyzer: FileAnalyzer;
beforeAll(async () => {
  analyzer = await createInProcessAnalyzer();
});
afterAll(async () => {
  await analyzer.close();
});
const trees: { cleanup(): void }[] = [];
afterEach(() => trees.splice(0).forEach((t) => t.cleanup()));

type Outcome = Pick<ProjectValidation, "findings" | "dags" | "filesChecked" | "filesSkipped" | "filesIgnored" | "airflowVersion"> & { exit: number };

/** Everything a report shows, as JSON would carry it (undefined members dropped, as in the JSON report). */
function outcomeOf(results: ProjectValidation[], failOn: Parameters<typeof failsAt>[1][]): Outcome[] {
  return results.map((r, i) =>
    JSON.parse(
      JSON.stringify({
        findings: r.findings,
        dags: r.dags,
        filesChecked: r.filesChecked,
        filesSkipped: r.filesSkipped,
        filesIgnored: r.filesIgnored,
        airflowVersion: r.airflowVersion,
        exit: failsAt(r.findings, failOn[i] ?? "error") ? 1 : 0,
      }),
    ) as Outcome,
  );
}

/**
 * A project tree and a cache dir; `compare()` runs warm (with the cache, saving it after) and cold (no cache) and
 * returns both outcomes. `now` puts the pack's save time a minute ahead, so files written in the test are outside
 * the racy window (as they are in real use, written long before the run): the stat index is then trusted.
 */
function differential(files: Record<string, string | Uint8Array>, options: { cacheDir?: string } = {}) {
  const tree = makeTempTree({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n", ...files });
  trees.push(tree);
  const dir = tree.dir;
  const cacheDir = options.cacheDir ?? join(dir, ".astro-ci-cache");
  /** What the cache said during the last warm run (warnings about a damaged pack, notices). */
  let cacheLog = new RecordingLogger();
  const run = async (withCache: boolean, beforeValidate?: () => void): Promise<Outcome[]> => {
    const config = await loadConfig({ repoRoot: dir });
    const results: ProjectValidation[] = [];
    if (withCache) cacheLog = new RecordingLogger();
    for (const entry of config.projects) {
      const cache = withCache ? await openAnalysisCache(cacheDir, entry.root, cacheLog, { now: () => Date.now() + 60_000 }) : undefined;
      beforeValidate?.();
      results.push(await validateProject(entry, { repoRoot: dir, analyzer, cache, logger: new RecordingLogger() }, config.file));
      await cache?.save();
    }
    return outcomeOf(
      results,
      config.projects.map((p) => p.validate.failOn),
    );
  };
  const path = (rel: string) => join(dir, rel);
  return {
    dir,
    cacheDir,
    path,
    write(rel: string, content: string | Uint8Array) {
      mkdirSync(dirname(path(rel)), { recursive: true });
      writeFileSync(path(rel), content);
    },
    /** Rewrite a file keeping its size and mtime (only ctime moves, as it must). */
    sneakyWrite(rel: string, content: string) {
      const before = statSync(path(rel));
      expect(Buffer.byteLength(content)).toBe(before.size);
      writeFileSync(path(rel), content);
      utimesSync(path(rel), before.atime, before.mtime);
    },
    read: (rel: string) => readFileSync(path(rel), "utf8"),
    rename: (from: string, to: string) => {
      mkdirSync(dirname(path(to)), { recursive: true });
      renameSync(path(from), path(to));
    },
    remove: (rel: string) => rmSync(path(rel), { recursive: true, force: true }),
    /** The one pack file of this project in the cache folder. */
    pack(): string {
      const packs = readdirSync(cacheDir).filter((f) => /^analysis-.*\.v8$/.test(f));
      expect(packs).toHaveLength(1);
      return join(cacheDir, packs[0] as string);
    },
    cacheMessages: () => cacheLog.messages.filter((m) => m.level !== "debug").map((m) => m.message),
    run,
    /** `beforeValidate` runs after the pack's header was read and before discovery (a pack replaced mid-run). */
    async compare(beforeValidate?: () => void): Promise<{ warm: Outcome[]; cold: Outcome[] }> {
      const warm = await run(true, beforeValidate);
      const cold = await run(false);
      expect(warm).toEqual(cold);
      return { warm, cold };
    },
  };
}

const dag = (id: string, extra = "") =>
  `from airflow import DAG\nwith DAG("${id}", schedule="@daily", start_date=__import__("datetime").datetime(2024, 1, 1), tags=["t"], default_args={"owner": "o", "retries": 2}${extra}):\n    pass\n`;
const UNTAGGED = `from airflow import DAG\nwith DAG("u", schedule="@daily", default_args={"owner": "o", "retries": 2}):\n    pass\n`;
const TEAM_BASE = "from airflow import DAG\n\nclass TeamDag(DAG):\n    pass\n";
const teamDag = (id: string) => `from airflow import DAG\nfrom include.base import TeamDag\n\nteam = TeamDag("${id}", schedule="@daily", default_args={"owner": "o", "retries": 2})\n`;

describe("warm runs equal --no-cache runs through sequences of edits", () => {
  it("content edits of the same size and mtime, renames, moves, adds and removes", async () => {
    const h = differential({ "dags/a.py": dag("aaa"), "dags/b.py": dag("bbb"), "dags/u.py": UNTAGGED });
    await h.compare();
    await h.compare();
    h.sneakyWrite("dags/a.py", dag("bbb")); // now a duplicate dag_id
    expect((await h.compare()).warm[0]?.findings.map((f) => f.checkId)).toContain("duplicate-dag-id");
    h.sneakyWrite("dags/a.py", dag("aaa"));
    await h.compare();
    h.rename("dags/a.py", "dags/sub/a2.py");
    expect((await h.compare()).warm[0]?.dags.map((d) => d.file)).toContain("dags/sub/a2.py");
    h.write("dags/c.py", dag("ccc"));
    await h.compare();
    h.remove("dags/b.py");
    await h.compare();
    h.write("dags/b.py", dag("bbb"));
    await h.compare();
    // Same content at two paths.
    h.write("dags/copy.py", h.read("dags/c.py"));
    expect((await h.compare()).warm[0]?.findings.map((f) => f.checkId)).toContain("duplicate-dag-id");
    h.remove("dags/copy.py");
    await h.compare();
  }, 60_000);

  it("a dag_id computed from the file's name follows renames and copies of the same bytes", async () => {
    const stem = `from pathlib import Path\nfrom airflow import DAG\nwith DAG(Path(__file__).stem, schedule=None, tags=["t"], default_args={"owner": "o", "retries": 2}):\n    pass\n`;
    const h = differential({ "dags/orders_daily.py": stem });
    expect((await h.compare()).warm[0]?.dags.map((d) => d.dagId)).toEqual(["orders_daily"]);
    await h.compare();
    h.rename("dags/orders_daily.py", "dags/refunds_daily.py");
    expect((await h.compare()).warm[0]?.dags.map((d) => d.dagId)).toEqual(["refunds_daily"]);
    h.write("dags/sub/refunds_daily.py", stem);
    // Same bytes, same name in another folder: the same dag_id twice.
    expect((await h.compare()).warm[0]?.findings.map((f) => f.checkId)).toContain("duplicate-dag-id");
    h.rename("dags/sub/refunds_daily.py", "dags/sub/payouts.py");
    expect((await h.compare()).warm[0]?.dags.map((d) => d.dagId).sort()).toEqual(["payouts", "refunds_daily"]);
    await h.compare();
  }, 60_000);

  it("requirements, the runtime version and local modules change what the same files mean", async () => {
    const h = differential({
      "requirements.txt": "",
      "dags/imp.py": `from airflow import DAG\nimport yaml_extra_pkg\nimport helpers_mod\nfrom airflow.operators.dummy import DummyOperator\n${dag("imp").split("\n").slice(1).join("\n")}`,
    });
    await h.compare();
    h.write("requirements.txt", "yaml-extra-pkg==1.0\n");
    await h.compare();
    h.write("include/helpers_mod.py", "X = 1\n");
    await h.compare();
    h.write("Dockerfile", "FROM quay.io/astronomer/astro-runtime:3.1-12\n");
    const { warm } = await h.compare();
    expect(warm[0]?.airflowVersion).toMatch(/^3\./);
    h.write("requirements.txt", "");
    await h.compare();
    h.remove("include/helpers_mod.py");
    await h.compare();
    h.write("Dockerfile", "FROM quay.io/astronomer/astro-runtime:12.1.0\n");
    await h.compare();
  }, 60_000);

  it("astro-ci.yaml levels and policies, suppression comments and .airflowignore", async () => {
    const h = differential({ "dags/a.py": dag("a"), "dags/u.py": UNTAGGED, "dags/hidden.py": dag("h") });
    await h.compare();
    h.write("astro-ci.yaml", "validate:\n  checks:\n    tags-required: { level: error, allowed: [x] }\n");
    expect((await h.compare()).warm[0]?.exit).toBe(1);
    h.write("astro-ci.yaml", "validate:\n  checks:\n    tags-required: { level: error, allowed: [t] }\n    min-retries: { level: error, min: 3 }\n");
    await h.compare();
    h.write("astro-ci.yaml", "validate:\n  fail-on: never\n  checks:\n    tags-required: off\n");
    await h.compare();
    h.remove("astro-ci.yaml");
    await h.compare();
    h.write("dags/u.py", UNTAGGED.replace("with DAG(", "with DAG(  # astro-ci: ignore[tags-required]\n    "));
    await h.compare();
    h.write("dags/u.py", `# astro-ci: ignore-file\n${UNTAGGED}`);
    await h.compare();
    h.write("dags/.airflowignore", "hidden\n");
    expect((await h.compare()).warm[0]?.filesIgnored).toHaveLength(1);
    h.write("dags/.airflowignore", "[\n");
    await h.compare();
    h.remove("dags/.airflowignore");
    await h.compare();
  }, 60_000);

  it("a project DAG class in include/ changing its base class, and DAG files using it renamed or copied", async () => {
    const h = differential({ "include/__init__.py": "", "include/base.py": TEAM_BASE, "dags/team.py": teamDag("team"), "dags/other.py": dag("other") });
    await h.compare();
    h.write("include/base.py", "class TeamDag:\n    def __init__(self, *args, **kwargs):\n        pass\n");
    await h.compare();
    h.write("include/base.py", TEAM_BASE);
    await h.compare();
    h.rename("dags/team.py", "dags/renamed_team.py");
    expect((await h.compare()).warm[0]?.dags.map((d) => d.file).sort()).toEqual(["dags/other.py", "dags/renamed_team.py"]);
  }, 60_000);

  it("two identical DAG files made by a project class keep their own paths", async () => {
    const h = differential({ "include/__init__.py": "", "include/base.py": TEAM_BASE, "dags/one.py": teamDag("same"), "dags/two.py": teamDag("same") });
    await h.compare();
    const { warm } = await h.compare();
    expect(warm[0]?.dags.map((d) => d.file).sort()).toEqual(["dags/one.py", "dags/two.py"]);
  }, 60_000);

  it("non-ASCII dag ids, comments and emoji; a file that cannot be decoded", async () => {
    const h = differential({
      "dags/uni.py": `# Ünïcödé 🚀 comment\n${dag("dag_ñ_😀")}`,
      "dags/latin.py": Buffer.concat([Buffer.from("# -*- coding: latin-1 -*-\n# caf\xe9\n", "latin1"), Buffer.from(dag("latin"))]),
      "dags/bad.py": Buffer.concat([Buffer.from("# airflow dag\n"), Buffer.from([0xff, 0xfe, 0x00, 0x41])]),
    });
    await h.compare();
    const { warm } = await h.compare();
    expect(warm[0]?.dags.map((d) => d.dagId)).toContain("dag_ñ_😀");
    h.write("dags/uni.py", `# Ünïcödé 🚀 comment\n${dag("dag_ñ_😀", ', description="日本語 \\u2028 \u2028"')}`);
    await h.compare();
    await h.compare();
  }, 60_000);

  it("a huge integer literal (no JSON number) read back from the cache", async () => {
    const big = "9".repeat(400);
    const h = differential({ "dags/big.py": dag("big").replace('"retries": 2', `"retries": ${big}`) });
    await h.compare();
    await h.compare();
    // Settings change: the cached analysis (not the judged record) is re-judged.
    h.write("astro-ci.yaml", "validate:\n  checks:\n    min-retries: { level: error, min: 3 }\n");
    await h.compare();
    // @continuous needs max_active_runs <= 1: a literal too large for a double is still above 1.
    h.write("dags/cont.py", dag("cont").replace('schedule="@daily"', `schedule="@continuous", max_active_runs=${big}`));
    expect((await h.compare()).warm[0]?.findings.map((f) => f.checkId)).toContain("schedule-valid");
    h.write("astro-ci.yaml", "validate:\n  checks:\n    min-retries: { level: error, min: 4 }\n");
    await h.compare();
  }, 60_000);

  it("max-file-size, exclude, safe mode's words across Airflow 2 and 3, non-ASCII file names", async () => {
    const h = differential({
      "dags/big.py": `${dag("big")}# ${"x".repeat(3000)}\n`,
      "dags/assets_only.py": "from airflow.sdk import Asset\nmy_asset = Asset('s3://b/k')\n",
      "dags/ñandú 🚀/ünï.py": dag("unicode_path"),
      "dags/skip/me.py": dag("skipped"),
    });
    await h.compare();
    h.write("astro-ci.yaml", "validate:\n  max-file-size: 1KiB\n  exclude: ['dags/skip/**']\n");
    expect((await h.compare()).warm[0]?.filesSkipped.map((s) => s.file)).toEqual(expect.arrayContaining(["dags/big.py", "dags/skip/me.py"]));
    await h.compare();
    h.write("astro-ci.yaml", "validate:\n  max-file-size: 1MiB\n");
    await h.compare();
    h.write("Dockerfile", "FROM quay.io/astronomer/astro-runtime:3.1-12\n");
    expect((await h.compare()).warm[0]?.filesChecked).toContain("dags/assets_only.py");
    h.write("Dockerfile", "FROM quay.io/astronomer/astro-runtime:12.1.0\n");
    expect((await h.compare()).warm[0]?.filesChecked).not.toContain("dags/assets_only.py");
    h.rename("dags/ñandú 🚀/ünï.py", "dags/ñandú 🚀/ünï2.py");
    await h.compare();
  }, 60_000);

  it("the Python version (ruff's target) changes by config: syntax newer than it", async () => {
    const h = differential({ "dags/m.py": `${dag("m")}x = 1\nmatch x:\n    case 1:\n        pass\n`, "dags/w.py": `${dag("w")}if (y := 2):\n    pass\n` });
    const base = await h.compare();
    h.write("astro-ci.yaml", 'validate:\n  python-version: "3.8"\n');
    const old = await h.compare();
    expect(old.warm[0]?.findings).not.toEqual(base.warm[0]?.findings);
    h.write("astro-ci.yaml", 'validate:\n  python-version: "3.12"\n');
    await h.compare();
    h.remove("astro-ci.yaml");
    await h.compare();
  }, 60_000);

  it("requirements included with -r, safe mode switched off in the Dockerfile", async () => {
    const h = differential({
      "requirements.txt": "-r extra.txt\n",
      "extra.txt": "",
      "dags/imp.py": `import some_pkg\n${dag("imp")}`,
      "dags/helper.py": "import some_pkg\nVALUE = 1\n",
    });
    await h.compare();
    h.write("extra.txt", "some-pkg\n");
    await h.compare();
    h.write("extra.txt", "");
    await h.compare();
    h.write("Dockerfile", "FROM quay.io/astronomer/astro-runtime:12.1.0\nENV AIRFLOW__CORE__DAG_DISCOVERY_SAFE_MODE=False\n");
    expect((await h.compare()).warm[0]?.filesChecked).toContain("dags/helper.py");
    h.write("Dockerfile", "FROM quay.io/astronomer/astro-runtime:12.1.0\n");
    await h.compare();
  }, 60_000);

  it("a monorepo: two projects in one config with the same files, one on Airflow 3", async () => {
    const h = differential({
      "astro-ci.yaml": "projects:\n  - path: one\n  - path: two\n",
      "one/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.1.0\n",
      "two/Dockerfile": "FROM quay.io/astronomer/astro-runtime:3.1-12\n",
      "one/dags/a.py": `from airflow.operators.dummy import DummyOperator\n${dag("a")}`,
      "two/dags/a.py": `from airflow.operators.dummy import DummyOperator\n${dag("a")}`,
    });
    const { warm } = await h.compare();
    expect(warm).toHaveLength(2);
    expect(warm[0]?.findings).not.toEqual(warm[1]?.findings);
    h.write("astro-ci.yaml", "projects:\n  - path: two\n  - path: one\n");
    await h.compare();
    h.rename("two/dags/a.py", "two/dags/b.py");
    await h.compare();
  }, 60_000);

  it("two projects sharing one cache folder", async () => {
    const shared = makeTempTree({});
    trees.push(shared);
    const one = differential({ "dags/a.py": dag("a") }, { cacheDir: shared.dir });
    const two = differential({ "dags/a.py": UNTAGGED }, { cacheDir: shared.dir });
    await one.compare();
    await two.compare();
    one.sneakyWrite("dags/a.py", dag("b"));
    await two.compare();
    await one.compare();
  }, 60_000);
});

describe("a damaged, foreign or moving pack never changes the result", () => {
  const files = { "dags/a.py": dag("aaa"), "dags/u.py": UNTAGGED, "dags/b.py": dag("bbb") };
  const damaged = /ignoring unreadable cache file .*truncated or corrupt/;

  it("a pack cut at any length: warm equals cold, one warning, and the next run is warm again", async () => {
    const h = differential(files);
    await h.compare();
    const whole = readFileSync(h.pack());
    for (const length of [0, 3, 8, 11, 12, 40, whole.length - 100, whole.length - 1]) {
      writeFileSync(h.pack(), whole.subarray(0, length));
      await h.compare();
      expect(h.cacheMessages(), `cut at ${length}`).toEqual([expect.stringMatching(damaged)]);
      await h.compare();
      expect(h.cacheMessages()).toEqual([]);
      writeFileSync(h.pack(), whole);
    }
  }, 60_000);

  it("a huge header length, garbage in the header, a garbage blob, an older format, another version's pack", async () => {
    const h = differential(files);
    await h.compare();
    const whole = readFileSync(h.pack());
    const headerLength = whole.readUInt32LE(8);
    const variants: [string, Buffer, RegExp | undefined][] = [];
    const huge = Buffer.from(whole);
    huge.writeUInt32LE(0xffffffff, 8);
    variants.push(["huge header length", huge, damaged]);
    const garbage = Buffer.from(whole);
    for (let i = 12; i < 12 + headerLength; i++) garbage[i] = (i * 7919) & 0xff;
    variants.push(["garbage header", garbage, /ignoring unreadable cache file/]);
    const blob = Buffer.from(whole);
    for (let i = 12 + headerLength; i < blob.length; i++) blob[i] = (i * 31) & 0xff;
    variants.push(["garbage blob", blob, undefined]);
    const older = Buffer.from(whole);
    older.write("ACIPACK2", 0, "latin1");
    variants.push(["older format", older, undefined]);
    const header = deserialize(whole.subarray(12, 12 + headerLength)) as Record<string, unknown>;
    const foreignHeader = serialize({ ...header, fingerprint: "another astro-ci" });
    const prefix = Buffer.alloc(12);
    whole.copy(prefix, 0, 0, 8);
    prefix.writeUInt32LE(foreignHeader.length, 8);
    variants.push(["another version", Buffer.concat([prefix, foreignHeader, whole.subarray(12 + headerLength)]), undefined]);
    for (const [what, bytes, warning] of variants) {
      writeFileSync(h.pack(), bytes);
      await h.compare();
      expect(h.cacheMessages(), what).toEqual(warning ? [expect.stringMatching(warning)] : []);
      await h.compare();
      expect(h.cacheMessages(), what).toEqual([]);
    }
  }, 60_000);

  it("a pack replaced by another process, or truncated in place, after its header was read", async () => {
    const other = differential({ "dags/x.py": dag("xxx"), "dags/u.py": UNTAGGED.replace('"u"', '"v"') });
    await other.compare();
    const h = differential(files);
    await h.compare();
    h.sneakyWrite("dags/a.py", dag("ccc"));
    const theirs = readFileSync(other.pack());
    await h.compare(() => {
      writeFileSync(`${h.pack()}.new`, theirs);
      renameSync(`${h.pack()}.new`, h.pack());
    });
    await h.compare();
    h.sneakyWrite("dags/a.py", dag("ddd"));
    await h.compare(() => truncateSync(h.pack(), 20));
    await h.compare();
  }, 60_000);

  it("two runs of the same project at once (same process) leave a pack the next run can use", async () => {
    const h = differential(files);
    await h.compare();
    h.sneakyWrite("dags/a.py", dag("ccc"));
    h.write("dags/n.py", dag("nnn"));
    const [first, second] = await Promise.all([h.run(true), h.run(true)]);
    expect(first).toEqual(second);
    await h.compare();
    expect(h.cacheMessages()).toEqual([]);
  }, 60_000);

  it("a pack that cannot be written (a folder where its temporary file goes) or read (a folder in its place)", async () => {
    const h = differential(files);
    await h.compare();
    h.write("dags/n.py", dag("nnn"));
    const pack = h.pack();
    mkdirSync(`${pack}.${process.pid}.tmp`);
    await h.compare();
    expect(h.cacheMessages()).toEqual([expect.stringMatching(/the analysis cache was not saved/)]);
    rmSync(`${pack}.${process.pid}.tmp`, { recursive: true });
    rmSync(pack);
    mkdirSync(pack);
    await h.compare();
    expect(h.cacheMessages()).toEqual([expect.stringMatching(/the analysis cache is off for this run: .*EISDIR/)]);
  }, 60_000);

  it("a symlink planted where the pack's temporary file goes: the save writes nothing through it", async () => {
    const h = differential(files);
    await h.compare();
    const victim = join(h.dir, "victim.txt");
    writeFileSync(victim, "precious\n");
    const pack = h.pack();
    symlinkSync(victim, `${pack}.${process.pid}.tmp`);
    h.write("dags/n.py", dag("nnn"));
    await h.compare();
    expect(readFileSync(victim, "utf8")).toBe("precious\n");
    expect(lstatSync(pack).isFile()).toBe(true);
  }, 60_000);
});

describe("the stat index spares warm runs", () => {
  it("a warm run of an unchanged project does not start the analyzer, even with helper modules and too-large files in dags/", async () => {
    const tree = makeTempTree({
      Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n",
      "dags/a.py": dag("a"),
      "dags/helpers/util.py": "def add(x, y):\n    return x + y\n", // no "airflow"/"dag": not a DAG file for safe mode
      "dags/skipped.py": dag("skipped"),
      "dags/huge.py": `${dag("huge")}# ${"x".repeat(4000)}\n`, // above max-file-size: never read
      "astro-ci.yaml": "validate:\n  exclude: ['dags/skipped.py']\n  max-file-size: 2KiB\n",
    });
    trees.push(tree);
    const entry = (await loadConfig({ repoRoot: tree.dir })).projects[0]!;
    const prewarms: number[] = [];
    const spy: FileAnalyzer = { analyze: (inputs) => analyzer.analyze(inputs), prewarm: (n) => void prewarms.push(n), close: async () => undefined };
    const runOnce = async () => {
      const cache = await openAnalysisCache(join(tree.dir, ".cache"), entry.root, new RecordingLogger(), { now: () => Date.now() + 60_000 });
      const logger = new RecordingLogger();
      await validateProject(entry, { repoRoot: tree.dir, analyzer: spy, cache, logger });
      await cache?.save();
      return logger.messages.map((m) => m.message);
    };
    await runOnce();
    prewarms.length = 0;
    await runOnce();
    expect(prewarms).toEqual([]);
    expect(await runOnce()).toContain("1 files: 1 unchanged by stat, 0 read, 0 to analyse");
    expect(prewarms).toEqual([]);
  }, 60_000);

  it("a warm run of an unchanged project using a DAG class from include/ analyses nothing", async () => {
    const tree = makeTempTree({
      Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n",
      "include/__init__.py": "",
      "include/base.py": TEAM_BASE,
      "dags/team.py": teamDag("team"),
    });
    trees.push(tree);
    const entry = (await loadConfig({ repoRoot: tree.dir })).projects[0]!;
    const analysed: string[][] = [];
    const spy: FileAnalyzer = { analyze: (inputs) => (analysed.push(inputs.map((i) => i.file)), analyzer.analyze(inputs)), close: async () => undefined };
    const runOnce = async () => {
      const cache = await openAnalysisCache(join(tree.dir, ".cache"), entry.root, new RecordingLogger(), { now: () => Date.now() + 60_000 });
      const result = await validateProject(entry, { repoRoot: tree.dir, analyzer: spy, cache, logger: new RecordingLogger() });
      await cache?.save();
      return result;
    };
    const first = await runOnce();
    expect(first.dags.map((d) => d.dagId)).toEqual(["team"]);
    analysed.length = 0;
    expect((await runOnce()).dags).toEqual(first.dags);
    expect(analysed).toEqual([]);
    // The class changes: analysed again, and the DAG is gone.
    writeFileSync(join(tree.dir, "include", "base.py"), "class TeamDag(object):\n    pass\n");
    expect((await runOnce()).dags).toEqual([]);
    expect(analysed).toEqual([["include/base.py"]]);
  }, 60_000);
});
