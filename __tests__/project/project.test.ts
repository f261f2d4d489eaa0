import { afterEach, describe, expect, it } from "vitest";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ConfigurationError } from "../../src/errors.js";
import { loadProject } from "../../src/project/project.js";
import { parseDockerfile } from "../../src/project/dockerfile.js";
import { resolveRuntimeImage } from "../../src/project/runtime-versions.js";
import { parseRequirements } from "../../src/project/requirements.js";
import { parseEnvKeys } from "../../src/project/astro-config.js";
import { discoverDagFiles } from "../../src/project/discovery.js";
import { makeTempTree } from "../support/temp-dir.js";

const trees: { cleanup(): void }[] = [];
function tree(files: Record<string, string | Uint8Array>): string {
  const t = makeTempTree(files);
  trees.push(t);
  return t.dir;
}
afterEach(() => trees.splice(0).forEach((t) => t.cleanup()));

function thrown(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error("expected a ConfigurationError");
}
async function rejected(promise: Promise<unknown>): Promise<ConfigurationError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigurationError);
  return error as ConfigurationError;
}

const DAG = 'from airflow import DAG\nDAG("x", schedule=None)\n';

describe("runtime images", () => {
  it.each([
    ["quay.io/astronomer/astro-runtime:12.1.0", "2.10", 2, "3.12", false],
    ["quay.io/astronomer/astro-runtime:11.4.0-python-3.10", "2.9", 2, "3.10", false],
    ["astrocrpublic.azurecr.io/runtime:3.1-12", "3.1", 3, "3.12", false],
    ["astrocrpublic.azurecr.io/runtime:3.1", "3.1", 3, "3.12", true],
    ["astrocrpublic.azurecr.io/runtime:3.0-5-python-3.11", "3.0", 3, "3.11", false],
    ["quay.io/astronomer/ap-airflow:2.2.5-onbuild", "2.2", 2, "3.7", false],
  ])("%s → Airflow %s", (image, airflow, major, python, floating) => {
    expect(resolveRuntimeImage(image)).toMatchObject({ airflowVersion: airflow, airflowMajor: major, pythonVersion: python, floating });
  });

  it("is not fooled by other images, and refuses unknown runtime tags", () => {
    expect(resolveRuntimeImage("python:3.12-slim")).toBeUndefined();
    expect(() => resolveRuntimeImage("quay.io/astronomer/astro-runtime:99.0.0")).toThrow(/not in the version table/);
    expect(() => resolveRuntimeImage("astrocrpublic.azurecr.io/runtime:garbage")).toThrow(/unknown Astro Runtime tag/);
  });
});

describe("Dockerfile", () => {
  it("substitutes ARGs and follows multi-stage builds to the runtime", () => {
    const info = parseDockerfile(
      [
        "# syntax=docker/dockerfile:1",
        "ARG RUNTIME=12.1.0",
        "ARG REGISTRY",
        "FROM --platform=linux/amd64 quay.io/astronomer/astro-runtime:${RUNTIME} AS base",
        "RUN pip install x \\",
        "    y",
        "FROM python:3.12 AS tools",
        "FROM base",
        "COPY --from=tools /x /y",
      ].join("\n"),
      "Dockerfile",
    );
    expect(info.runtime).toMatchObject({ image: "quay.io/astronomer/astro-runtime:12.1.0", line: 4, info: { airflowVersion: "2.10" } });
    expect(info.stages.map((s) => s.name)).toEqual(["base", "tools", undefined]);
  });

  it("names the line of a FROM without a runtime, an unknown tag, and an ARG without default", () => {
    expect(thrown(() => parseDockerfile("FROM python:3.12\n", "p/Dockerfile"))).toMatchObject({ file: "p/Dockerfile", line: 1 });
    expect(thrown(() => parseDockerfile("\nFROM quay.io/astronomer/astro-runtime:77.0.0\n", "Dockerfile"))).toMatchObject({ line: 2 });
    const argError = thrown(() => parseDockerfile("ARG V\nFROM astrocrpublic.azurecr.io/runtime:${V}\n", "Dockerfile"));
    expect(argError.line).toBe(2);
    expect(argError.fix).toContain("ARG V=");
    expect(thrown(() => parseDockerfile("# nothing\n", "Dockerfile")).message).toContain("no FROM");
  });
});

describe("Dockerfile ENV expansion (docker build's environment replacement)", () => {
  const envOf = (lines: string[]) => parseDockerfile(["FROM quay.io/astronomer/astro-runtime:12.1.0", ...lines].join("\n"), "Dockerfile");

  it("expands $VAR, ${VAR} and the :- - :+ + modifiers from the stage's ARG defaults and earlier ENVs", () => {
    const info = envOf([
      "ARG SYNTAX=glob",
      "ARG EMPTY=",
      "ARG RUNS=1",
      "ENV AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX=${SYNTAX} \\",
      '    AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG="${RUNS:-16}"',
      "ENV A=$SYNTAX-x B=${EMPTY:-dflt} C=${EMPTY-dflt} D=${RUNS:+set} E=${EMPTY:+set} F=${EMPTY+set}",
      "ENV G='${SYNTAX}' H=\\$SYNTAX I=\"a ${SYNTAX}\"",
      "ENV SYNTAX=regexp J=$SYNTAX",
      "ENV K=$SYNTAX",
      "ENV LEGACY value with ${RUNS} spaces",
    ]);
    expect(info.env).toEqual({
      AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX: "glob",
      AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG: "1",
      A: "glob-x",
      B: "dflt",
      C: "",
      D: "set",
      E: "",
      F: "set",
      G: "${SYNTAX}",
      H: "$SYNTAX",
      I: "a glob",
      // One ENV instruction reads the values from before it; ENV then overrides the ARG of the same name.
      SYNTAX: "regexp",
      J: "glob",
      K: "regexp",
      LEGACY: "value with 1 spaces",
    });
    expect(info.unresolvedEnv).toEqual({});
    expect(info.envLines).toMatchObject({ AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX: 5, AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG: 5, K: 10 });
  });

  it("leaves a value unknown when it needs an ARG without a default, a build-only value or the base image's variable", () => {
    const info = parseDockerfile(
      [
        "ARG GLOBAL=from-global",
        "ARG NO_DEFAULT_GLOBAL",
        "FROM quay.io/astronomer/astro-runtime:12.1.0 AS base",
        "ARG GLOBAL",
        "ARG NO_DEFAULT_GLOBAL",
        "ARG BUILD_ONLY",
        "ENV A=$GLOBAL B=${NO_DEFAULT_GLOBAL} C=${BUILD_ONLY:-x} D=$AIRFLOW_HOME/data E=${GLOBAL#from-}",
        "FROM base",
        "ENV F=${A}-2 G=$B",
      ].join("\n"),
      "Dockerfile",
    );
    // The later stage is built FROM base: it inherits base's ENV (and what is unknown in it).
    expect(info.env).toMatchObject({ A: "from-global", F: "from-global-2", B: "${NO_DEFAULT_GLOBAL}", D: "$AIRFLOW_HOME/data" });
    expect(info.unresolvedEnv).toEqual({ B: "NO_DEFAULT_GLOBAL", C: "BUILD_ONLY", D: "AIRFLOW_HOME", E: "GLOBAL", G: "NO_DEFAULT_GLOBAL" });
    // A stage FROM another image starts afresh; a global ARG is not visible in a stage without its own ARG line.
    const fresh = parseDockerfile("ARG V=1\nFROM quay.io/astronomer/astro-runtime:12.1.0 AS a\nENV X=1\nFROM quay.io/astronomer/astro-runtime:12.1.0\nENV Y=$V\n", "Dockerfile");
    expect(fresh.env).toEqual({ Y: "$V" });
    expect(fresh.unresolvedEnv).toEqual({ Y: "V" });
  });
});

describe("requirements.txt", () => {
  it("reads pins, extras, markers, includes and VCS lines, and keeps index URLs out", () => {
    const root = tree({
      "requirements.txt": [
        "# comment",
        "--extra-index-url https://user:secret@pypi.example.com/simple",
        "apache-airflow-providers-snowflake==5.8.0  # pinned",
        "pandas[performance]>=2.0,<3 ; python_version >= '3.10'",
        "-r more/extra.txt",
        "-e git+https://github.com/org/tool.git#egg=Our_Tool",
        "requests \\",
        "  ==2.32.3",
      ].join("\n"),
      "more/extra.txt": "PyYAML==6.0.2\n",
    });
    const { requirements } = parseRequirements(join(root, "requirements.txt"), "requirements.txt", root, root);
    expect(requirements.map((r) => [r.name, r.pinnedVersion, r.line])).toEqual([
      ["apache-airflow-providers-snowflake", "5.8.0", 3],
      ["pandas", undefined, 4],
      ["pyyaml", "6.0.2", 1],
      ["our-tool", undefined, 6],
      ["requests", "2.32.3", 7],
    ]);
    expect(requirements[1]).toMatchObject({ extras: ["performance"], marker: "python_version >= '3.10'" });
    expect(JSON.stringify(requirements)).not.toContain("secret");
  });

  it("reports malformed lines, include cycles and includes outside the project as problems, never throws", () => {
    const bad = tree({ "requirements.txt": "pandas==2.2\nfoo bar baz\n" });
    expect(parseRequirements(join(bad, "requirements.txt"), "requirements.txt", bad, bad).problems).toMatchObject([{ line: 2, severity: "warning" }]);
    const cycle = tree({ "requirements.txt": "-r a.txt\n", "a.txt": "-r requirements.txt\n" });
    expect(parseRequirements(join(cycle, "requirements.txt"), "requirements.txt", cycle, cycle).problems[0]?.message).toContain("cycle");
    const escape = tree({ "p/requirements.txt": "-r ../../etc/passwd\n" });
    expect(parseRequirements(join(escape, "p/requirements.txt"), "p/requirements.txt", join(escape, "p"), escape).problems[0]?.message).toContain("outside the project");
  });
});

describe(".env", () => {
  it("returns keys and never values", () => {
    const keys = parseEnvKeys("A=1\nexport SECRET_TOKEN='abc'\n# C=3\n\nD.E=x\n");
    expect(keys).toEqual(["A", "SECRET_TOKEN", "D.E"]);
  });
});

describe("DAG discovery", () => {
  it("applies regexp .airflowignore rules relative to the DAG folder, inherited by subfolders (Airflow 2)", async () => {
    const root = tree({
      ".airflowignore": "scratch/\n# a comment\nlegacy_.*\n[invalid\n",
      "a.py": DAG,
      "legacy_x.py": DAG,
      "scratch/s.py": DAG,
      "team/.airflowignore": "skip_me\n",
      "team/ok.py": DAG,
      "team/skip_me.py": DAG,
      "team/helper.py": "def f():\n    return 1\n",
      "notes.txt": "airflow dag",
    });
    const result = await discoverDagFiles({ dagsDir: root, repoRoot: root, airflowMajor: 2 });
    expect(result.files.map((f) => [f.path, f.passesSafeMode])).toEqual([
      ["a.py", true],
      ["team/helper.py", false],
      ["team/ok.py", true],
    ]);
    // Airflow tests the folder as "scratch" (no trailing slash), so `scratch/` ignores the files in it, not the folder.
    expect(result.ignored.map((i) => [i.path, i.line])).toEqual([["legacy_x.py", 3], ["scratch/s.py", 1], ["team/skip_me.py", 1]]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: ".airflowignore", line: 4 });
  });

  it("applies glob rules with negation and basename matching (Airflow 3)", async () => {
    const root = tree({
      ".airflowignore": "*_draft.py\n!keep_draft.py\nbuild/\n/top_only.py\n",
      "a_draft.py": DAG,
      "keep_draft.py": DAG,
      "sub/b_draft.py": DAG,
      "sub/top_only.py": DAG,
      "top_only.py": DAG,
      "build/x.py": DAG,
      "asset_only.py": "from airflow.sdk import Asset\nAsset('s3://x')\n",
    });
    const result = await discoverDagFiles({ dagsDir: root, repoRoot: root, airflowMajor: 3 });
    expect(result.files.map((f) => f.path)).toEqual(["asset_only.py", "keep_draft.py", "sub/top_only.py"]);
    expect(result.files.every((f) => f.passesSafeMode)).toBe(true);
  });

  it("reports a symlink loop instead of hanging, and lists zip archives", async () => {
    const root = tree({ "a.py": DAG, "bundle.zip": Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]) });
    mkdirSync(join(root, "sub"));
    symlinkSync(root, join(root, "sub", "loop"));
    const result = await discoverDagFiles({ dagsDir: root, repoRoot: root, airflowMajor: 2 });
    expect(result.files.map((f) => [f.path, f.kind])).toEqual([
      ["a.py", "python"],
      ["bundle.zip", "zip"],
    ]);
    expect(result.problems.some((p) => p.message.includes("symlink loop"))).toBe(true);
    // Airflow 2.10.5's list_py_file_paths raises "Detected recursive loop" and no DAG of the folder loads (a
    // tester's run: DagBag raised RuntimeError while validate-dags passed with a warning): an error, as unreadable.
    expect(result.problems.find((p) => p.message.includes("symlink loop"))).toMatchObject({ unreadable: true, message: expect.stringContaining("loads none of its DAGs") });
  });
});

describe("loadProject", () => {
  it("assembles an Airflow 3 project", async () => {
    const root = tree({
      "repo/proj/Dockerfile": "FROM astrocrpublic.azurecr.io/runtime:3.1-12\n",
      "repo/proj/requirements.txt": "apache-airflow-providers-snowflake\n",
      "repo/proj/dags/a.py": DAG,
      "repo/proj/include/helpers.py": "",
      "repo/proj/plugins/my_plugin/__init__.py": "",
      "repo/proj/.env": "TOKEN=super-secret\n",
      "repo/proj/airflow_settings.yaml": "airflow:\n  connections:\n    - conn_id:\n      conn_type:\n  pools:\n  variables:\n",
    });
    const project = await loadProject(join(root, "repo/proj"), { repoRoot: join(root, "repo") });
    expect(project).toMatchObject({ relativeRoot: "proj", airflowMajor: 3, airflowVersion: "3.1", pythonVersion: "3.12", envKeys: ["TOKEN"] });
    expect(project.localModules).toEqual(expect.arrayContaining(["a", "helpers", "my_plugin", "include", "dags"]));
    expect(JSON.stringify(project)).not.toContain("super-secret");
  });

  it("follows the project's own Airflow discovery settings from the Dockerfile's ENV and .env", async () => {
    const root = tree({
      Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\nENV AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX=glob\n",
      ".env": "AIRFLOW__CORE__DAG_DISCOVERY_SAFE_MODE=False\nAIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT=120\nSECRET_TOKEN=do-not-read\n",
      "dags/.airflowignore": "*_wip.py\n",
      "dags/a.py": DAG,
      "dags/b_wip.py": DAG,
      "dags/helper.py": "x = 1\n",
    });
    const project = await loadProject(root, { repoRoot: root });
    // glob syntax on an Airflow 2 project (regexp is its default), and safe mode off: helper.py is a candidate too.
    expect(project.discovery.files.map((f) => [f.path, f.passesSafeMode])).toEqual([
      ["a.py", true],
      ["helper.py", true],
    ]);
    expect(project.importTimeoutSeconds).toBe(120);
    expect(JSON.stringify(project)).not.toContain("do-not-read");
  });

  it("reads settings the Dockerfile expands from ARG defaults, and leaves those only the build knows unknown", async () => {
    const files = {
      "dags/.airflowignore": "*_old.py\n",
      "dags/a.py": DAG,
      "dags/b_old.py": DAG,
    };
    const known = await loadProject(
      tree({ ...files, Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\nARG S=glob\nARG N=1\nENV AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX=${S} AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG=$N\n" }),
      { repoRoot: "/" },
    );
    expect(known.discovery.files.map((f) => f.path)).toEqual(["a.py"]);
    expect(known.discovery.problems).toEqual([]);
    expect(known.maxActiveRunsPerDag).toBe(1);
    // `ARG S` without a default: the syntax is unknown. A file either syntax ignores is left out, and the invalid
    // regexp `*_old.py` (a problem under regexp only) is not reported.
    const unknown = await loadProject(
      tree({
        ...files,
        "dags/c.py": DAG,
        "dags/.airflowignore": "*_old.py\nc\\.py\n",
        Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\nARG S\nARG N\nARG R\nENV AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX=${S} AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG=$N AIRFLOW__CORE__DEFAULT_TASK_RETRIES=$R AIRFLOW__OPERATORS__DEFAULT_OWNER=$R\n",
      }),
      { repoRoot: "/" },
    );
    expect(unknown.discovery.files.map((f) => f.path)).toEqual(["a.py"]);
    expect(unknown.discovery.problems).toEqual([]);
    expect(unknown).toMatchObject({ maxActiveRunsPerDag: "unknown", defaultTaskRetries: "unknown", defaultOwner: { unknown: true } });
    // .env sets it: known again (astro dev loads .env last).
    const dotenv = await loadProject(tree({ ...files, ".env": "AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG=2\n", Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\nARG N\nENV AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG=$N\n" }), { repoRoot: "/" });
    expect(dotenv.maxActiveRunsPerDag).toBe(2);
  });

  it("an ignore syntax Airflow refuses (GLOB: values are case-sensitive) is a problem on its line, and the default syntax is used", async () => {
    const files = { "dags/.airflowignore": "b_old\n", "dags/a.py": DAG, "dags/b_old.py": DAG };
    const upperRoot = tree({ ...files, Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n\nENV AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX=GLOB\n" });
    const upper = await loadProject(upperRoot, { repoRoot: upperRoot });
    expect(upper.problems).toMatchObject([{ file: "Dockerfile", line: 3, severity: "warning", message: expect.stringContaining("should not be 'GLOB'. Possible values: regexp, glob.") }]);
    expect(upper.problems[0]?.fix).toBe("write AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX=glob");
    // Read as regexp, Airflow 2's default: `b_old` hides b_old.py.
    expect(upper.discovery.files.map((f) => f.path)).toEqual(["a.py"]);
    const dotenvRoot = tree({ ...files, ".env": "X=1\nAIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX=Regexp\n", Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n" });
    const dotenv = await loadProject(dotenvRoot, { repoRoot: dotenvRoot });
    expect(dotenv.problems).toMatchObject([{ file: ".env", line: 2, message: expect.stringContaining("'Regexp'") }]);
    const fine = await loadProject(tree({ ...files, Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\nENV AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX=regexp\n" }), { repoRoot: "/" });
    expect(fine.problems).toEqual([]);
  });


  it("reads dagbag_import_timeout as Airflow does: 0 or less (and NaN) is no timeout, a value float() refuses a problem on its line", async () => {
    const timeoutOf = async (value: string, where: "Dockerfile" | ".env" = "Dockerfile"): Promise<{ seconds?: number; problems: { file: string; line: number; severity: string; message: string }[] }> => {
      const setting = `AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT=${value}\n`;
      const root = tree({ "dags/a.py": DAG, Dockerfile: `FROM quay.io/astronomer/astro-runtime:12.1.0\n${where === "Dockerfile" ? `ENV ${setting}` : ""}`, ...(where === ".env" ? { ".env": `X=1\n${setting}` } : {}) });
      const project = await loadProject(root, { repoRoot: root });
      return { seconds: project.importTimeoutSeconds, problems: project.problems };
    };
    // Airflow 2.10.5 (DagBag._load_modules_from_file): `if dagbag_import_timeout <= 0: # no parsing timeout`.
    for (const none of ["0", "-5", "-0.5", "nan", "-inf"]) expect(await timeoutOf(none)).toEqual({ seconds: 0, problems: [] });
    // conf.getfloat is Python's float(): blanks, underscores, exponents.
    expect(await timeoutOf(" 1_0 ", ".env")).toEqual({ seconds: 10, problems: [] });
    expect(await timeoutOf("1e2")).toEqual({ seconds: 100, problems: [] });
    expect(await timeoutOf("2.5")).toEqual({ seconds: 2.5, problems: [] });
    // float() refuses these: AirflowConfigException on every DAG file, so no DAG loads; the import uses Airflow's 30 s.
    for (const [value, where] of [["abc", "Dockerfile"], ["0x10", ".env"], ["1__0", "Dockerfile"], ["", ".env"]] as const) {
      const read = await timeoutOf(value, where);
      expect(read.seconds).toBeUndefined();
      expect(read.problems).toMatchObject([{ file: where, line: 2, severity: "warning", message: expect.stringContaining(`Failed to convert value to float. Please check "DAGBAG_IMPORT_TIMEOUT" key in "core" section. Current value: "${value}"`) }]);
    }
    expect((await timeoutOf("inf")).problems).toMatchObject([{ file: "Dockerfile", line: 2, message: expect.stringContaining("OverflowError") }]);
  });
  it("explains what is missing, with paths relative to the repository", async () => {
    const noDags = tree({ "Dockerfile": "FROM astrocrpublic.azurecr.io/runtime:3.1-12\n" });
    expect((await rejected(loadProject(noDags, { repoRoot: noDags }))).message).toContain("no dags/ folder");
    const noDocker = tree({ "p/dags/a.py": DAG });
    expect(await rejected(loadProject(join(noDocker, "p"), { repoRoot: noDocker }))).toMatchObject({ file: "p/Dockerfile" });
    const custom = tree({ "Dockerfile": "FROM my-registry/airflow:latest\n", "dags/a.py": DAG });
    expect(await loadProject(custom, { repoRoot: custom, airflowVersionOverride: "2.9" })).toMatchObject({ airflowVersion: "2.9", airflowVersionSource: "config" });
  });

  it("points at the YAML line of a bad airflow_settings.yaml, as a problem that does not stop the load", async () => {
    const root = tree({
      "Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.1.0\n",
      "dags/a.py": DAG,
      "airflow_settings.yaml": "airflow:\n  pools:\n    - pool_name: p\n      pool_slot: many\n",
    });
    const project = await loadProject(root, { repoRoot: root });
    expect(project.problems).toMatchObject([{ file: "airflow_settings.yaml", line: 4, severity: "warning" }]);
    writeFileSync(join(root, "airflow_settings.yaml"), "airflow:\n  connections:\n  - conn_id: a\n   conn_type: x\n");
    expect((await loadProject(root, { repoRoot: root })).problems[0]?.message).toContain("invalid YAML");
  });
});
