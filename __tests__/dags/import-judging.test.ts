import { describe, expect, it } from "vitest";
import { runFileChecks } from "../../src/dags/checks.js";
import type { FileInventory, ImportRef } from "../../src/dags/inventory.js";
import { airflow3RemovedImports, createModuleResolver, type ResolverOptions } from "../../src/dags/module-resolver.js";
import type { Finding } from "../../src/core/findings.js";

// Issue 8 §2: "importing this DAG fails" only when it is certain. ImportRef values are built here directly, so
// these tests judge the checks alone, whatever the tree-sitter inventory fills in.

const AIRFLOW2: ResolverOptions = { pythonVersion: "3.12", airflowMajor: 2, airflowVersion: "2.10", airflowVersionSource: "runtime", requirementNames: [], localModules: [] };
const AIRFLOW3: ResolverOptions = { ...AIRFLOW2, airflowMajor: 3, airflowVersion: "3.1" };

function ref(module: string, extra: Partial<ImportRef> = {}): ImportRef {
  return { module, line: 1, relative: false, guarded: false, scope: "module", ...extra };
}

function judge(imports: ImportRef[], options: ResolverOptions): Finding[] {
  const inventory: FileInventory = { dags: [], imports, parseTimeCalls: [], suppressions: { lines: {} } };
  return runFileChecks(inventory, { settings: {}, airflowMajor: options.airflowMajor ?? 2, resolver: createModuleResolver(options), file: "dags/d.py" });
}

const brief = (findings: Finding[]): [string, string, number][] => findings.map((f) => [f.checkId, f.severity, f.line]);

describe("relative imports", () => {
  it("fail the import whatever is installed: an error by default, a warning in a task body, the check's level when the project sets one", () => {
    const imports = [ref("common", { relative: true, line: 1 }), ref("common", { relative: true, line: 2, scope: "function" })];
    expect(brief(judge(imports, AIRFLOW2))).toEqual([
      ["unresolved-import", "error", 1],
      ["unresolved-import", "warning", 2],
    ]);
    const inventory: FileInventory = { dags: [], imports, parseTimeCalls: [], suppressions: { lines: {} } };
    const withLevel = (level: "warning" | "off"): Finding[] => runFileChecks(inventory, { settings: { "unresolved-import": { level } }, airflowMajor: 2, resolver: createModuleResolver(AIRFLOW2), file: "dags/d.py" });
    expect(brief(withLevel("warning"))).toEqual([
      ["unresolved-import", "warning", 1],
      ["unresolved-import", "warning", 2],
    ]);
    expect(withLevel("off")).toEqual([]);
  });
});

describe("what the runtime provides", () => {
  const fromProviders = ["pandas", "numpy", "boto3", "botocore", "psycopg2", "kubernetes", "redis", "aiohttp"];

  it("Astro Runtime 12.x (Airflow 2.10): modules its preinstalled providers bring are not flagged", () => {
    const imports = [...fromProviders, "yaml", "google.cloud.bigquery", "airflow.providers.postgres.hooks.postgres", "airflow.providers.http.operators.http", "airflow.providers.cncf.kubernetes.operators.pod", "airflow.providers.amazon.aws.hooks.s3"].map((m, i) => ref(m, { line: i + 1 }));
    expect(judge(imports, AIRFLOW2)).toEqual([]);
  });

  it("Astro Runtime 3.x: postgres, http, cncf.kubernetes and amazon are not preinstalled: a certain failure, with the package to add", () => {
    const providers = ["airflow.providers.postgres.hooks.postgres", "airflow.providers.http.operators.http", "airflow.providers.cncf.kubernetes.operators.pod", "airflow.providers.amazon.aws.hooks.s3"];
    const findings = judge(providers.map((m, i) => ref(m, { line: i + 1 })), AIRFLOW3);
    expect(brief(findings)).toEqual([1, 2, 3, 4].map((line) => ["unresolved-import", "warning", line]));
    expect(findings[0]?.message).toContain("importing this DAG fails with ModuleNotFoundError");
    expect(findings.map((f) => f.fix)).toEqual([
      expect.stringContaining("apache-airflow-providers-postgres"),
      expect.stringContaining("apache-airflow-providers-http"),
      expect.stringContaining("apache-airflow-providers-cncf-kubernetes"),
      expect.stringContaining("apache-airflow-providers-amazon"),
    ]);
    // The standard provider and common.sql are there; a requirement makes a provider certain.
    expect(judge([ref("airflow.providers.standard.operators.python"), ref("airflow.providers.common.sql.hooks.sql")], AIRFLOW3)).toEqual([]);
    expect(judge([ref("airflow.providers.postgres.hooks.postgres")], { ...AIRFLOW3, requirementNames: ["apache-airflow-providers-postgres"] })).toEqual([]);
  });

  it("a module Airflow's constraints know but the runtime does not preinstall is a notice, never a warning", () => {
    const findings = judge([ref("pandas")], AIRFLOW3);
    expect(brief(findings)).toEqual([["unresolved-import", "notice", 1]]);
    expect(findings[0]?.message).toMatch(/not in requirements\.txt; present only if/);
  });

  it("a module nothing knows is certainly missing; an unnamed requirement, a custom image or an unconfirmed set make it a notice", () => {
    expect(brief(judge([ref("acme_internal_sdk")], AIRFLOW2))).toEqual([["unresolved-import", "warning", 1]]);
    const unnamed = judge([ref("acme_internal_sdk")], { ...AIRFLOW2, unnamedRequirements: ["requirements.txt:3 (./vendor/acme)"] });
    expect(brief(unnamed)).toEqual([["unresolved-import", "notice", 1]]);
    expect(unnamed[0]?.message).toContain("requirements.txt:3 (./vendor/acme) installs it");
    expect(brief(judge([ref("acme_internal_sdk")], { ...AIRFLOW2, airflowVersionSource: "config" }))).toEqual([["unresolved-import", "notice", 1]]);
    expect(brief(judge([ref("acme_internal_sdk")], { ...AIRFLOW2, airflowVersion: "2.9" }))).toEqual([["unresolved-import", "notice", 1]]);
    expect(brief(judge([ref("airflow.providers.amazon.aws.hooks.s3")], { ...AIRFLOW2, runtimeImage: "quay.io/astronomer/astro-runtime:12.1.0-slim" }))).toEqual([["unresolved-import", "notice", 1]]);
  });

  it("requirements provide their import names and what providers in them bring", () => {
    const options = { ...AIRFLOW3, requirementNames: ["apache-airflow-providers-snowflake", "pyyaml", "scikit-learn"] };
    expect(judge([ref("snowflake.connector"), ref("yaml"), ref("sklearn"), ref("airflow.providers.common.sql.operators.sql")], options)).toEqual([]);
    // An unknown distribution's import name is guessed generously: a guess may silence, never accuse.
    expect(judge([ref("magic"), ref("acme")], { ...AIRFLOW2, requirementNames: ["python-magic", "acme-sdk"] })).toEqual([]);
  });
});

describe("where the import runs", () => {
  it("inside a task's function body: at most a warning, worded as a task failure", () => {
    const findings = judge([ref("acme_internal_sdk", { scope: "function", line: 7 })], AIRFLOW2);
    expect(brief(findings)).toEqual([["unresolved-import", "warning", 7]]);
    expect(findings[0]?.message).toContain("fails the task at run time");
    expect(findings[0]?.message).toContain("not the DAG import");
  });

  it("in an isolated environment (@task.virtualenv, @task.docker...): never a finding about the project's requirements", () => {
    expect(judge([ref("acme_internal_sdk", { scope: "isolated" }), ref("airflow.providers.postgres.hooks.postgres", { scope: "isolated" })], AIRFLOW3)).toEqual([]);
  });

  it("under TYPE_CHECKING or in try/except ImportError: not a failure", () => {
    expect(judge([ref("acme_internal_sdk", { typeCheckingOnly: true }), ref("acme_internal_sdk", { guarded: true })], AIRFLOW2)).toEqual([]);
    expect(judge([ref("airflow.utils.dates", { names: ["days_ago"], guarded: true })], AIRFLOW3)).toEqual([]);
  });

  it("the configured level applies to certain failures; a task-time failure stays at most a warning", () => {
    const inventory: FileInventory = { dags: [], imports: [ref("acme_internal_sdk"), ref("acme_other", { scope: "function", line: 2 })], parseTimeCalls: [], suppressions: { lines: {} } };
    const findings = runFileChecks(inventory, { settings: { "unresolved-import": { level: "error" } }, airflowMajor: 2, resolver: createModuleResolver(AIRFLOW2), file: "dags/d.py" });
    expect(brief(findings)).toEqual([
      ["unresolved-import", "error", 1],
      ["unresolved-import", "warning", 2],
    ]);
  });
});

describe("modules a requirement installs under another name", () => {
  // A tester's requirements.txt of common distributions whose import names differ from their names: each was said
  // certainly missing ("nothing installs 'tensorflow'"). The wheels' own top-level names (import-names.json), the
  // curated table, and a requirement whose name holds the module's now answer each.
  const pairs: [string, string][] = [
    ["tensorflow-cpu", "tensorflow"],
    ["opencv-contrib-python", "cv2"],
    ["opencv-python-headless", "cv2"],
    ["pycryptodomex", "Cryptodome"],
    ["faiss-cpu", "faiss"],
    ["onnxruntime-gpu", "onnxruntime"],
    ["mlflow-skinny", "mlflow"],
    ["gitpython", "git"],
    ["dbt-snowflake", "dbt.adapters.snowflake"],
    ["office365-rest-python-client", "office365.sharepoint"],
    ["scikit-image", "skimage"],
    ["umap-learn", "umap"],
    ["pyzmq", "zmq"],
    ["pdfminer-six", "pdfminer.high_level"],
    ["pymongo", "bson"],
    ["dnspython", "dns.resolver"],
    ["impyla", "impala.dbapi"],
    ["airflow-provider-great-expectations", "great_expectations_provider.operators"],
    ["smbprotocol", "smbclient"],
    ["gdal", "osgeo"],
    ["pymupdf", "fitz"],
  ];
  it.each(pairs)("%s provides %s", (dist, module) => {
    expect(judge([ref(module)], AIRFLOW2)).toHaveLength(1);
    expect(judge([ref(module)], { ...AIRFLOW2, requirementNames: [dist] })).toEqual([]);
  });

  it.each([
    ["apache-airflow-providers-common-sql", "common.utils"],
    ["requests", "request"],
    ["pillow", "pillow"],
    ["beautifulsoup4", "beautifulsoup4"],
    ["psycopg2-binary", "psycopg"],
    ["confluent-kafka", "kafka"],
    ["boto3", "boto"],
  ])("%s does not provide %s (a name merely inside another, or the distribution's name where its import name is known)", (dist, module) => {
    expect(judge([ref(module)], { ...AIRFLOW2, requirementNames: [dist] })).toHaveLength(1);
  });

  it("a requirement of another name still leaves a module nobody installs certainly missing", () => {
    expect(brief(judge([ref("tensorflow"), ref("zz")], { ...AIRFLOW2, requirementNames: ["pyzmq", "gitpython"] }))).toEqual([
      ["unresolved-import", "warning", 1],
      ["unresolved-import", "warning", 1],
    ]);
  });
});

describe("Airflow 3 removed names", () => {
  it("lists removed modules, names and submodules imported by name", () => {
    expect(airflow3RemovedImports("airflow.utils.dates", ["days_ago", "something_else"]).map((r) => r.path)).toEqual(["airflow.utils.dates.days_ago"]);
    expect(airflow3RemovedImports("airflow.contrib.hooks.aws_hook", ["AwsHook"]).map((r) => r.path)).toEqual(["airflow.contrib.hooks.aws_hook"]);
    expect(airflow3RemovedImports("airflow.operators", ["bash_operator", "bash"]).map((r) => r.path)).toEqual(["airflow.operators.bash_operator"]);
    expect(airflow3RemovedImports("airflow.operators.bash", ["BashOperator"])).toEqual([]);
    expect(airflow3RemovedImports("pandas", ["DataFrame"])).toEqual([]);
  });

  it("on Airflow 3 the import itself is an error with a fix, even when the name is never used", () => {
    const findings = judge(
      [
        ref("airflow.utils.dates", { names: ["days_ago"], line: 1 }),
        ref("airflow.operators.dummy", { names: ["DummyOperator"], line: 2 }),
        ref("airflow.contrib.operators.ssh_operator", { names: ["SSHOperator"], line: 3 }),
        ref("airflow.operators.bash_operator", { line: 4 }),
      ],
      AIRFLOW3,
    );
    expect(brief(findings)).toEqual([1, 2, 3, 4].map((line) => ["airflow3-removed-import", "error", line]));
    expect(findings[0]).toMatchObject({ message: expect.stringContaining("importing this DAG fails with ImportError"), fix: expect.stringContaining("pendulum") });
    expect(findings[1]?.fix).toContain("EmptyOperator");
  });

  it("not on Airflow 2; inside a task body it fails the task (a warning)", () => {
    expect(judge([ref("airflow.utils.dates", { names: ["days_ago"] })], AIRFLOW2)).toEqual([]);
    const inTask = judge([ref("airflow.operators.dummy", { scope: "function" })], AIRFLOW3);
    expect(brief(inTask)).toEqual([["airflow3-removed-import", "warning", 1]]);
    expect(inTask[0]?.message).toContain("fails the task at run time");
  });
});
