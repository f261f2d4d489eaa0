import { afterEach, describe, expect, it, vi } from "vitest";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli, type CliIo } from "../../src/cli/main.js";
import { nodeCommandRunner, projectCodeEnvironment, projectCodeRunner } from "../../src/dynamic/command-runner.js";
import { testProject } from "../../src/testing/test-project.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { makeTempTree, tempDirPath } from "../support/temp-dir.js";

const standin = fileURLToPath(new URL("../fixtures/dynamic/standin-airflow", import.meta.url));
const trees: { cleanup(): void }[] = [];
afterEach(() => {
  trees.splice(0).forEach((t) => t.cleanup());
  vi.unstubAllEnvs();
});

/** The secrets a workflow step may hold: the Actions inputs, the Astro token, GitHub's token, the runtime token. */
const SECRETS = {
  ASTRO_API_TOKEN: "astro-secret-value",
  INPUT_GITHUB_TOKEN: "ghs_input_secret",
  "INPUT_ASTRO-API-TOKEN": "astro-input-secret",
  GITHUB_TOKEN: "ghs_env_secret",
  ACTIONS_RUNTIME_TOKEN: "runtime-secret",
  AWS_SECRET_ACCESS_KEY: "aws-secret",
  MY_SERVICE_PASSWORD: "hunter2",
};

function stubSecrets(): void {
  for (const [name, value] of Object.entries(SECRETS)) vi.stubEnv(name, value);
  vi.stubEnv("PYTHONPATH", standin);
}

/** Python that writes the whole environment it sees as JSON to `target` (at import time). */
const dumpEnvironment = (target: string): string => `import json, os\nwith open(${JSON.stringify(target)}, "w") as handle:\n    json.dump(dict(os.environ), handle)\n`;

function expectClean(dumpPath: string): Record<string, string> {
  expect(existsSync(dumpPath)).toBe(true);
  const seen = JSON.parse(readFileSync(dumpPath, "utf8")) as Record<string, string>;
  for (const name of Object.keys(SECRETS)) expect(seen, name).not.toHaveProperty(name);
  const values = Object.values(seen).join("\n");
  for (const secret of Object.values(SECRETS)) expect(values).not.toContain(secret);
  return seen;
}

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTty: false };
  return { code: await runCli(args, io), stdout, stderr };
}

describe("the environment project code runs in", () => {
  it("keeps what Python and Airflow need and drops every token, input and credential", () => {
    const env = projectCodeEnvironment(
      { ...SECRETS, PATH: "/usr/bin", HOME: "/home/u", LANG: "C.UTF-8", LC_ALL: "C", TZ: "UTC", PYTHONPATH: "/p", VIRTUAL_ENV: "/v", AIRFLOW_HOME: "/a", AIRFLOW__CORE__LOAD_EXAMPLES: "False", AIRFLOW__CORE__FERNET_KEY: "k", GITHUB_REPOSITORY: "o/r", RANDOM_THING: "x" },
      { AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT: "2", EXTRA_TOKEN: "t" },
    );
    expect(env).toEqual({ PATH: "/usr/bin", HOME: "/home/u", LANG: "C.UTF-8", LC_ALL: "C", TZ: "UTC", PYTHONPATH: "/p", VIRTUAL_ENV: "/v", AIRFLOW_HOME: "/a", AIRFLOW__CORE__LOAD_EXAMPLES: "False", AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT: "2" });
  });

  it("drops an allowed name whose value is a token of a known format (GitHub, AWS, Slack), and keeps look-alikes", () => {
    const env = projectCodeEnvironment({
      PATH: "/usr/bin",
      AIRFLOW__SLACK__URL: "https://hooks.slack.com/services/T000/B000/XXXX",
      PYTHONWHATEVER: "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz",
      AIRFLOW__AWS__ID: "AKIAIOSFODNN7EXAMPLE",
      LC_PAPER: "ghp_0123456789abcdefghijklmnopqrstuvwxyz",
      AIRFLOW__CORE__DAGS_FOLDER: "/dags/ghp_short",
      TZ: "Europe/Paris",
    });
    expect(env).toEqual({ PATH: "/usr/bin", AIRFLOW__CORE__DAGS_FOLDER: "/dags/ghp_short", TZ: "Europe/Paris" });
  });

  it("validate-dags' import of a DAG file sees no secrets, and does see the project's Airflow settings", async () => {
    stubSecrets();
    const out = tempDirPath("astro-ci-env-");
    try {
      const dump = join(out, "dag-env.json");
      const t = makeTempTree({
        Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\nENV AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT=7\n",
        ".env": "AIRFLOW__CORE__DEFAULT_TIMEZONE=Europe/Paris\nSNOWFLAKE_PASSWORD=never-read\n",
        "dags/env_dump.py": `from airflow import DAG\n${dumpEnvironment(dump)}DAG("env_dump")\n`,
      });
      trees.push(t);
      const result = await cli(["validate-dags", t.dir, "--format", "json", "--airflow", "installed", "--dynamic", "required"], t.dir);
      expect(result.stderr).not.toContain("internal error");
      const seen = expectClean(dump);
      expect(seen).toMatchObject({ AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT: "7", AIRFLOW__CORE__DEFAULT_TIMEZONE: "Europe/Paris" });
      expect(seen).not.toHaveProperty("SNOWFLAKE_PASSWORD");
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  it("validate-dags' DAG imports get the same rule: no inherited URL with a password, no pip index URL; a sqlite URL stays", async () => {
    stubSecrets();
    vi.stubEnv("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", "postgresql://u:dbsecret777@host/db");
    vi.stubEnv("AIRFLOW__CORE__SQL_URL_PLAIN", "sqlite:////tmp/airflow.db");
    vi.stubEnv("PIP_EXTRA_INDEX_URL", "https://user:piptoken999@pypi.corp/simple");
    const out = tempDirPath("astro-ci-env-");
    try {
      const dump = join(out, "dag-env.json");
      const t = makeTempTree({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "dags/env_dump.py": `from airflow import DAG\n${dumpEnvironment(dump)}DAG("env_dump")\n` });
      trees.push(t);
      const result = await cli(["validate-dags", t.dir, "--format", "json", "--airflow", "installed", "--dynamic", "required", "--no-cache"], t.dir);
      expect(result.stderr).not.toContain("internal error");
      const seen = expectClean(dump);
      expect(Object.values(seen).join("\n")).not.toMatch(/dbsecret777|piptoken999/);
      expect(seen).not.toHaveProperty("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN");
      expect(seen).not.toHaveProperty("PIP_EXTRA_INDEX_URL");
      expect(seen).toMatchObject({ AIRFLOW__CORE__SQL_URL_PLAIN: "sqlite:////tmp/airflow.db" });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  it("validate-dags --dynamic names (never shows) the inherited variables its DAG imports do not get, once per run however many projects it imports", async () => {
    stubSecrets();
    vi.stubEnv("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", "postgresql://u:dbsecret777@host/db");
    vi.stubEnv("AIRFLOW__CORE__SQL_URL_PLAIN", "sqlite:////tmp/airflow.db");
    const project = (name: string) => ({ [`${name}/Dockerfile`]: "FROM quay.io/astronomer/astro-runtime:12.1.0\n", [`${name}/dags/${name}_dag.py`]: `from airflow import DAG\nDAG("${name}")\n` });
    const t = makeTempTree({ "astro-ci.yaml": "projects:\n  - path: one\n  - path: two\n", ...project("one"), ...project("two") });
    trees.push(t);
    const result = await cli(["validate-dags", "--format", "json", "--airflow", "installed", "--dynamic", "required", "--no-cache"], t.dir);
    expect(result.stderr).not.toContain("internal error");
    expect((JSON.parse(result.stdout) as { projects: { dynamic: { status: string } }[] }).projects.map((p) => p.dynamic.status)).toEqual(["ran", "ran"]);
    const warnings = result.stderr.split("\n").filter((line) => line.includes("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("not passed to the DAG imports: AIRFLOW__DATABASE__SQL_ALCHEMY_CONN (the value holds a URL with a user and password, or a token; project code never gets credentials)");
    expect(result.stderr + result.stdout).not.toContain("dbsecret777");
    expect(result.stderr).not.toContain("AIRFLOW__CORE__SQL_URL_PLAIN");
  }, 60_000);

  it("astro-ci test's pytest sees no secrets, with the runner the CLI and the action use and with the plain one the deploy gate may get", async () => {
    stubSecrets();
    const out = tempDirPath("astro-ci-env-");
    try {
      const t = makeTempTree({
        Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.1.0\nENV AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT=3\nENV DEPLOY_ENV=prod\nENV WAREHOUSE_PASSWORD=in-the-dockerfile\n",
        "dags/.keep": "",
        "tests/test_env.py": `import json, os\n\ndef test_dump():\n    with open(os.path.join(${JSON.stringify(out)}, "test-env-%s.json" % os.getpid()), "w") as handle:\n        json.dump(dict(os.environ), handle)\n`,
      });
      trees.push(t);
      const viaCli = await cli(["test", t.dir, "--airflow", "none", "--work-dir", join(out, "work")], t.dir);
      expect(viaCli.stdout).toContain("1 passed");
      for (const runner of [projectCodeRunner, nodeCommandRunner]) {
        const result = await testProject({ projectRoot: t.dir, repoRoot: t.dir, paths: [], pytestArgs: [], mode: "installed", stubLookups: true, workDir: join(out, "work"), runner, logger: new RecordingLogger() });
        expect(result.totals.passed).toBe(1);
      }
      const dumps = (await import("node:fs")).readdirSync(out).filter((n) => n.startsWith("test-env-"));
      expect(dumps).toHaveLength(3);
      // The image's own ENV, as the DAG imports get it (not a credential-looking one).
      for (const name of dumps) {
        const seen = expectClean(join(out, name));
        expect(seen).toMatchObject({ AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT: "3", DEPLOY_ENV: "prod" });
        expect(seen).not.toHaveProperty("WAREHOUSE_PASSWORD");
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
