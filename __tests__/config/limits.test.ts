/**
 * The numeric settings' upper limits: the CLI flag and astro-ci.yaml refuse the same values (one constant, the schema's
 * `maximum` held equal to it), exit 2 naming the file, the line and the allowed range. Unbounded, `import-timeout:
 * 1e12` overflowed Node's timers downstream and `max-file-size` let a file Node cannot read fail the run.
 */
import { afterEach, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { runCli } from "../../src/cli/main.js";
import { MAX_FILE_SIZE_CEILING, MAX_IMPORT_TIMEOUT_SECONDS } from "../../src/config/limits.js";
import { makeTempTree } from "../support/temp-dir.js";

const DAG = `from datetime import datetime
from airflow import DAG
with DAG("ok", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["t"], default_args={"owner": "o", "retries": 2}):
    pass
`;
const SCHEMA = JSON.parse(readFileSync(new URL("../../schema/astro-ci.schema.json", import.meta.url), "utf8")) as {
  definitions: { validate: { properties: Record<string, { maximum?: number; oneOf?: { maximum?: number }[] }> } };
};

const trees: { cleanup(): void }[] = [];
afterEach(() => trees.splice(0).forEach((t) => t.cleanup()));

async function validate(config: string | undefined, flags: string[] = []): Promise<{ code: number; stderr: string }> {
  const t = makeTempTree({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.7.1\n", "dags/ok.py": DAG, ...(config === undefined ? {} : { "astro-ci.yaml": config }) });
  trees.push(t);
  let stderr = "";
  const code = await runCli(["validate-dags", ".", "--no-cache", "--dynamic", "off", ...flags], { stdout: () => undefined, stderr: (s) => (stderr += s), cwd: t.dir, isTty: false, env: {} });
  return { code, stderr };
}

describe("one limit for the flag and the setting", () => {
  it("the schema's maxima are the constants the CLI parses with", () => {
    const validate = SCHEMA.definitions.validate.properties;
    expect(validate["import-timeout"]?.maximum).toBe(MAX_IMPORT_TIMEOUT_SECONDS);
    expect(validate["max-file-size"]?.oneOf?.[0]?.maximum).toBe(MAX_FILE_SIZE_CEILING);
  });

  it.each([
    ["import-timeout", String(MAX_IMPORT_TIMEOUT_SECONDS), String(MAX_IMPORT_TIMEOUT_SECONDS + 1)],
    ["max-file-size", String(MAX_FILE_SIZE_CEILING), String(MAX_FILE_SIZE_CEILING + 1)],
    ["max-file-size", "1GiB", "2GiB"],
  ])("%s: %s is taken and %s refused, by the flag and in astro-ci.yaml alike", async (name, highest, above) => {
    expect((await validate(undefined, [`--${name}`, highest])).code).toBe(0);
    expect((await validate(`validate:\n  ${name}: ${highest}\n`)).code).toBe(0);
    const flag = await validate(undefined, [`--${name}`, above]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(new RegExp(`^astro-ci: --${name} must be a (duration|size) above 0 and at most (3600 seconds|1 GiB)`));
    const setting = await validate(`validate:\n  ${name}: ${above}\n`);
    expect(setting.code).toBe(2);
    expect(setting.stderr).toMatch(new RegExp(`^astro-ci: astro-ci\\.yaml:2: .?validate\\.${name}.? must be .*at most (3600|1073741824|1 GiB)`));
  });
});

describe("a huge number in astro-ci.yaml names the file, the line and the allowed range", () => {
  it.each([
    ["validate:\n  import-timeout: 1e12\n", "astro-ci.yaml:2: `validate.import-timeout` must be above 0 and at most 3600, not 1e12"],
    ["validate:\n  import-timeout: .inf\n", "astro-ci.yaml:2: `validate.import-timeout` must be above 0 and at most 3600, not .inf"],
    ["validate:\n  import-timeout: .nan\n", "astro-ci.yaml:2: `validate.import-timeout` must be above 0 and at most 3600, not .nan"],
    ["projects:\n  - path: .\n    validate:\n      import-timeout: 99999\n", "astro-ci.yaml:4: `projects[0].validate.import-timeout` must be above 0 and at most 3600, not 99999"],
    ["validate:\n  max-file-size: 1e30\n", "astro-ci.yaml:2: `validate.max-file-size` must be above 0 and at most 1073741824, not 1e30"],
    ["validate:\n  max-file-size: 99999999999999999999GB\n", "astro-ci.yaml:2: validate.max-file-size must be a size above 0 and at most 1 GiB (like 5MB, 500kB or a number of bytes), not '99999999999999999999GB'"],
    ["validate:\n  checks:\n    min-retries: { min: 1e12 }\n", "astro-ci.yaml:3: `validate.checks.min-retries.min` must be at least 0 and at most 100, not 1e12"],
    ["validate:\n  checks:\n    min-retries: { min: -1.5 }\n", "astro-ci.yaml:3: `validate.checks.min-retries.min` must be a whole number at least 0 and at most 100, not -1.5"],
    ["previews:\n  template-deployment-name: staging\n  ttl: 99999999999999999999d\n", "astro-ci.yaml:3: `previews.ttl` must match ^[1-9][0-9]{0,5}[mhdw]$"],
  ])("%j", async (config, expected) => {
    const run = await validate(config);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`astro-ci: ${expected}`);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  });
});
