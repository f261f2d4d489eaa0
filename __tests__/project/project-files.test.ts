import { afterEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { loadProject } from "../../src/project/project.js";
import { parseAirflowSettings } from "../../src/project/airflow-settings.js";
import { installedDistributionNames, logicalRequirementLines, packagesTxtProblems, parseRequirements } from "../../src/project/requirements.js";
import { parseAstroConfig } from "../../src/project/astro-config.js";
import { makeTempTree } from "../support/temp-dir.js";

// Issue 8 §1: a file validate-dags does not need never stops it. Inputs are written here, in the shapes the
// Astro CLI (astronomer/astro-cli settings/types.go) and pip ("Requirements File Format") accept.

const trees: { cleanup(): void }[] = [];
function tree(files: Record<string, string | Uint8Array>): string {
  const t = makeTempTree(files);
  trees.push(t);
  return t.dir;
}
afterEach(() => trees.splice(0).forEach((t) => t.cleanup()));

const DAG = 'from airflow import DAG\nDAG("x", schedule=None)\n';

/** The shape `astro dev init` writes: one connection, pool and variable, every value empty, an example extra. */
const INIT_TEMPLATE = [
  "# This file allows you to configure Airflow Connections, Pools, and Variables in a single place for local development only.",
  "airflow:",
  "  connections:",
  "    - conn_id:",
  "      conn_type:",
  "      conn_host:",
  "      conn_schema:",
  "      conn_login:",
  "      conn_password:",
  "      conn_port:",
  "      conn_extra:",
  "        example_extra_field: example-value",
  "  pools:",
  "    - pool_name:",
  "      pool_slot:",
  "      pool_description:",
  "  variables:",
  "    - variable_name:",
  "      variable_value:",
  "",
].join("\n");

async function settingsOf(text: string): ReturnType<typeof parseAirflowSettings> {
  const root = tree({ "airflow_settings.yaml": text });
  return parseAirflowSettings(join(root, "airflow_settings.yaml"), "airflow_settings.yaml", root);
}

describe("airflow_settings.yaml, as the Astro CLI reads it", () => {
  it("accepts the astro dev init template: nothing configured, nothing to report", async () => {
    const { settings, problems } = await settingsOf(INIT_TEMPLATE);
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ connections: [], pools: [], variables: [] });
  });

  it("decodes weakly like viper/mapstructure: numeric strings, numbers as text, keys in any case, unknown keys ignored", async () => {
    const { settings, problems } = await settingsOf(
      [
        "airflow:",
        "  connections:",
        "    - Conn_Id: pg",
        "      conn_type: postgres",
        "      conn_port: '5432'",
        "      conn_password: 12345",
        "      conn_description: ignored by the CLI",
        "      conn_extra: '{\"sslmode\": \"require\"}'",
        "  pools:",
        "    - pool_name: etl",
        "      pool_slot: '4'",
        "  variables:",
        "    - variable_name: threshold",
        "      variable_value: 0.5",
        "    - variable_name: enabled",
        "      variable_value: true",
      ].join("\n"),
    );
    expect(settings.connections).toMatchObject([{ connId: "pg", connType: "postgres", port: 5432, hasPassword: true, hasExtra: true }]);
    expect(settings.pools).toMatchObject([{ name: "etl", slots: 4 }]);
    expect(settings.variables.map((v) => v.name)).toEqual(["threshold", "enabled"]);
    expect(problems).toMatchObject([{ severity: "notice", line: 7, message: expect.stringContaining("conn_description") }]);
    expect(JSON.stringify(settings)).not.toContain("12345");
  });

  it("reports what the CLI skips as notices on the entry's line, and keeps the later duplicate connection", async () => {
    const { settings, problems } = await settingsOf(
      [
        "airflow:",
        "  connections:",
        "    - conn_host: db.example.com", // no conn_id: skipped
        "    - conn_id: no_type", // neither conn_type nor conn_uri: skipped
        "      conn_host: x",
        "    - conn_id: dup",
        "      conn_type: http",
        "    - conn_id: dup",
        "      conn_uri: http://example.com",
        "  pools:",
        "    - pool_name: zero", // pool_slot 0: skipped
        "  variables:",
        "    - variable_value: orphan", // no name: skipped
      ].join("\n"),
    );
    expect(problems.map((p) => [p.line, p.severity])).toEqual([
      [3, "notice"],
      [4, "notice"],
      [8, "notice"],
      [11, "notice"],
      [13, "notice"],
    ]);
    expect(settings.connections).toMatchObject([{ connId: "dup", uri: true, line: 8 }]);
    expect(settings.pools).toEqual([]);
  });

  it("reports what the CLI cannot decode (it then loads nothing) as a warning with its line", async () => {
    const port = await settingsOf("airflow:\n  connections:\n    - conn_id: a\n      conn_type: x\n      conn_port: testing\n");
    expect(port.problems).toMatchObject([{ severity: "warning", line: 5, message: expect.stringContaining("conn_port") }]);
    expect(port.settings.connections).toEqual([]);
    const listValue = await settingsOf("airflow:\n  variables:\n    - variable_name: v\n      variable_value: [1, 2]\n");
    expect(listValue.problems).toMatchObject([{ severity: "warning", line: 4 }]);
    const yaml = await settingsOf("airflow:\n  connections:\n  - conn_id: a\n   conn_type: x\n");
    expect(yaml.problems[0]).toMatchObject({ severity: "warning", message: expect.stringContaining("invalid YAML") });
    const top = await settingsOf("- just\n- a list\n");
    expect(top.problems[0]).toMatchObject({ severity: "warning", line: 1 });
  });
});

describe("requirements.txt, as pip reads it", () => {
  function parse(files: Record<string, string | Uint8Array>) {
    const root = tree(files);
    return parseRequirements(join(root, "requirements.txt"), "requirements.txt", root, root);
  }

  it("joins continuations and drops comments like pip's join_lines and ignore_comments", () => {
    expect(logicalRequirementLines("# top\nrequests \\\n  ==2.32.3 # pinned\n\\\nflask\nurl#frag\n")).toEqual([
      { line: 2, text: "requests   ==2.32.3" },
      { line: 4, text: "flask" },
      { line: 6, text: "url#frag" },
    ]);
  });

  it("accepts local paths, wheels, archives, URLs, editables, options and hashes", () => {
    const result = parse({
      "requirements.txt": [
        "--index-url https://user:s3cret@pypi.example.com/simple",
        "--extra-index-url=https://mirror.example.com/simple",
        "-f ./include/wheels",
        "--trusted-host mirror.example.com",
        "--prefer-binary",
        "./vendor/mylib",
        "/tmp/pkg-1.0-py3-none-any.whl",
        "include/wheels/x_tool-2.1.0-py3-none-any.whl",
        "include/archives/legacy-0.3.tar.gz",
        "-e ./vendor/editable_lib",
        "https://files.example.com/packages/fancy_pkg-1.2.3-py3-none-any.whl",
        "git+https://github.com/org/tool.git@v1#egg=our-tool",
        "https://token@files.example.com/private.tar.gz",
        "simplejson==3.19.2 --hash=sha256:aaaa --hash=sha256:bbbb",
        'pytz>=2024.1 ; python_version >= "3.9"',
        "numpy (>=1.26, <2)",
        "-c constraints.txt",
        "dbt-core @ https://files.example.com/dbt_core-1.8.0.tar.gz",
        "-r more/extra.txt",
        "${PRIVATE_PACKAGE}",
      ].join("\n"),
      "vendor/mylib/pyproject.toml": '[build-system]\nrequires = ["setuptools"]\n\n[project]\nname = "My_Lib"\nversion = "0.1"\n',
      "vendor/editable_lib/setup.py": "from setuptools import setup\nsetup()\n",
      "constraints.txt": "numpy==1.26.4\n",
      "more/extra.txt": "PyYAML==6.0.2\n",
    });
    expect(result.problems).toEqual([]);
    expect(result.requirements.map((r) => [r.name, r.line])).toEqual([
      ["my-lib", 6],
      ["pkg", 7],
      ["x-tool", 8],
      ["fancy-pkg", 11],
      ["our-tool", 12],
      ["simplejson", 14],
      ["pytz", 15],
      ["numpy", 16],
      ["dbt-core", 18],
      ["pyyaml", 1],
    ]);
    expect(result.requirements.find((r) => r.name === "simplejson")).toMatchObject({ pinnedVersion: "3.19.2" });
    expect(result.requirements.find((r) => r.name === "pytz")).toMatchObject({ marker: 'python_version >= "3.9"', specifier: ">=2024.1" });
    expect(result.unnamed.map((u) => [u.line, u.what])).toEqual([
      [9, "include/archives/legacy-0.3.tar.gz"],
      [10, "./vendor/editable_lib"],
      [13, "https://files.example.com/private.tar.gz"],
      [20, "a line using ${...} environment variables"],
    ]);
    expect(result.constraintsFiles).toEqual(["constraints.txt"]);
    expect(JSON.stringify(result)).not.toMatch(/s3cret|token@/);
  });

  it("apache-airflow extras install the providers they are named after", () => {
    const { requirements } = parse({ "requirements.txt": "apache-airflow[postgres,cncf.kubernetes]==2.10.5\npandas\n" });
    expect(installedDistributionNames(requirements)).toEqual(["apache-airflow", "apache-airflow-providers-postgres", "apache-airflow-providers-cncf-kubernetes", "pandas"]);
  });

  it("reports what pip refuses, with the line, and keeps reading", () => {
    const result = parse({
      "requirements.txt": ["pandas==2.2", "foo bar baz", "--no-such-option x", "-r missing.txt", "./not_a_project", "requests"].join("\n"),
      "not_a_project/readme.txt": "",
    });
    expect(result.problems.map((p) => [p.line, p.severity])).toEqual([
      [2, "warning"],
      [3, "warning"],
      [4, "warning"],
      [5, "warning"],
    ]);
    expect(result.problems[1]?.message).toContain("no such option: --no-such-option");
    expect(result.problems[3]?.message).toContain("not installable");
    expect(result.requirements.map((r) => r.name)).toEqual(["pandas", "requests"]);
  });

  it("-r naming a folder says it is a folder, not that it does not exist", () => {
    const result = parse({ "requirements.txt": "-r more\n-r gone.txt\n", "more/extra.txt": "pandas\n" });
    expect(result.problems.map((p) => [p.line, p.message])).toEqual([
      [1, `'more' is a folder, not a file: pip stops with "Could not open requirements file"`],
      [2, `'gone.txt' does not exist: pip stops with "Could not open requirements file"`],
    ]);
  });
});

describe("other context-only files", () => {
  it("packages.txt: words apt cannot install are warnings with their line", () => {
    expect(packagesTxtProblems("libpq-dev\n# comment\ngcc g++\nPandas==2.0\npython3-dev=3.11.2-1 libssl-dev:amd64\n", "packages.txt")).toMatchObject([
      { line: 4, severity: "warning", message: expect.stringContaining("Pandas==2.0") },
    ]);
  });

  it(".astro/config.yaml: a wrong type is a problem, not a stop", async () => {
    const root = tree({ ".astro/config.yaml": "project:\n  name: [not, a, string]\nskip_parse: maybe\n" });
    const { config, problems } = await parseAstroConfig(join(root, ".astro/config.yaml"), ".astro/config.yaml", root);
    expect(config.projectName).toBeUndefined();
    expect(problems.map((p) => p.line).sort()).toEqual([2, 3]);
  });

  it("loadProject: every context-only file's problem is collected, the project still loads", async () => {
    const root = tree({
      "Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.1.0\n",
      "dags/a.py": DAG,
      "requirements.txt": "./vendor/mylib\nnot a requirement\n",
      "vendor/mylib/setup.py": "",
      "packages.txt": "Bad_Name\n",
      "airflow_settings.yaml": INIT_TEMPLATE,
      ".astro/config.yaml": "project: {name: 3}\n",
    });
    const project = await loadProject(root, { repoRoot: root });
    expect(project.problems.map((p) => [p.file, p.line])).toEqual([
      ["requirements.txt", 2],
      ["packages.txt", 1],
      [".astro/config.yaml", 1],
    ]);
    expect(project.unnamedRequirements).toMatchObject([{ what: "./vendor/mylib" }]);
  });

  it("a Dockerfile oddity is a problem when validate.airflow-version makes the runtime unnecessary, else it stops", async () => {
    const root = tree({ "Dockerfile": "FROM quay.io/astronomer/astro-runtime:77.0.0\n", "dags/a.py": DAG });
    const project = await loadProject(root, { repoRoot: root, airflowVersionOverride: "2.10" });
    expect(project.problems).toMatchObject([{ file: "Dockerfile", line: 1, severity: "warning" }]);
    await expect(loadProject(root, { repoRoot: root })).rejects.toThrow(/not in the version table/);
  });
});

describe("Dockerfile oddities that do not hide the runtime", () => {
  it("an ARG without default in a builder stage does not stop the project from loading", async () => {
    const root = tree({
      "Dockerfile": "ARG BUILDER_IMAGE\nFROM ${BUILDER_IMAGE} AS builder\nRUN make wheels\nFROM quay.io/astronomer/astro-runtime:12.1.0\nCOPY --from=builder /wheels /wheels\n",
      "dags/a.py": DAG,
    });
    const project = await loadProject(root, { repoRoot: root });
    expect(project).toMatchObject({ airflowVersion: "2.10", airflowVersionSource: "runtime" });
  });

  it("a UTF-16 Dockerfile is named as such (it was 'no FROM instruction')", async () => {
    const text = "FROM quay.io/astronomer/astro-runtime:12.1.0\n";
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]), Buffer.from(text, "utf16le").swap16()]) {
      const root = tree({ "dags/a.py": DAG });
      writeFileSync(join(root, "Dockerfile"), bytes);
      await expect(loadProject(root, { repoRoot: root })).rejects.toMatchObject({ message: "the Dockerfile is UTF-16 text: docker build reads UTF-8 only", file: "Dockerfile", line: 1 });
    }
  });
});
