import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { startAirflowEmulator, type AirflowEmulator } from "../support/airflow-emulator.js";
import { startAstroEmulator, type AstroEmulator, type EmulatedDeployment } from "../support/astro-emulator.js";
import { makeTempTree } from "../support/temp-dir.js";
import { expectSpecClean } from "../support/openapi.js";

/**
 * `astro-ci connections sync` on a terminal: an API error that quotes a declared secret back (a validation message
 * echoing the request) must not print it. runCli masks every declared value in its messages, as `core.setSecret` does
 * in Actions.
 */
const SETTINGS = `airflow:
  connections:
    - conn_id: warehouse
      conn_type: postgres
      conn_host: db.example.com
      conn_password: \${WAREHOUSE_PASSWORD}
  variables:
    - variable_name: api_key
      variable_value: \${API_KEY}
`;
const PASSWORD = "pw-from-secret-1";

describe("astro-ci connections sync masks declared values in its messages", () => {
  let astro: AstroEmulator;
  let airflow: AirflowEmulator;
  let deployment: EmulatedDeployment;
  let tree: ReturnType<typeof makeTempTree>;
  beforeEach(async () => {
    astro = await startAstroEmulator();
    airflow = await startAirflowEmulator();
    deployment = astro.addDeployment({ name: "preview", airflowApiUrl: airflow.apiUrl });
    tree = makeTempTree({ "airflow_settings.yaml": SETTINGS, ".git/HEAD": "ref: refs/heads/main\n" });
  });
  afterEach(async () => {
    expectSpecClean(astro, airflow);
    await astro.close();
    await airflow.close();
    tree.cleanup();
  });

  it("an Astro API 400 quoting the connection's password prints *** in its place, and exits 2", async () => {
    astro.inject("CreateEnvironmentObject", { status: 400, body: { message: `connection.password '${PASSWORD}' is not accepted here`, requestId: "req-1", statusCode: 400 } });
    let stdout = "";
    let stderr = "";
    const env = { ASTRO_API_TOKEN: "test-token", ASTRO_API_URL: astro.url, ASTRO_ORGANIZATION_ID: astro.organizationId, WAREHOUSE_PASSWORD: PASSWORD, API_KEY: "key-from-secret-2" };
    const code = await runCli(["connections", "sync", tree.dir, "--deployment-id", deployment.id, "--settings", "airflow_settings.yaml"], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: tree.dir, isTty: false, env });
    expect(code).toBe(2);
    expect(stderr).toContain("connection.password '***' is not accepted here");
    expect(stderr + stdout).not.toContain(PASSWORD);
    expect(astro.requests.some((r) => r.operationId === "CreateEnvironmentObject" && r.status === 400)).toBe(true);
  });
});

describe("masking hides secrets, not the words a report is made of", () => {
  it("a plain variable value (preview) or extra (true) written in the file is not masked: the JSON plan on stdout stays valid and names its Deployment; a sensitive name's value is masked", async () => {
    const astro = await startAstroEmulator();
    const airflow = await startAirflowEmulator();
    const tree = makeTempTree({
      "airflow_settings.yaml": "airflow:\n  connections:\n    - conn_id: api\n      conn_type: http\n      conn_host: api.example.com\n      conn_extra: {verify: 'true', api_token: literal-token-77}\n  variables:\n    - variable_name: environment\n      variable_value: preview\n    - variable_name: partner_secret\n      variable_value: literal-secret-55\n",
      ".git/HEAD": "ref: refs/heads/main\n",
    });
    try {
      const deployment = astro.addDeployment({ name: "preview", airflowApiUrl: airflow.apiUrl });
      // The Astro API echoes the request's extra in its error: the masked values must not show; the plain ones may.
      astro.inject("CreateEnvironmentObject", { status: 400, body: { message: "extra {verify: true, api_token: literal-token-77} rejected; partner_secret=literal-secret-55", requestId: "req-2", statusCode: 400 } });
      const run = async (args: string[]) => {
        let stdout = "";
        let stderr = "";
        const code = await runCli(["connections", "sync", tree.dir, "--deployment-id", deployment.id, "--settings", "airflow_settings.yaml", ...args], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: tree.dir, isTty: false, env: { ASTRO_API_TOKEN: "test-token", ASTRO_API_URL: astro.url, ASTRO_ORGANIZATION_ID: astro.organizationId } });
        return { code, stdout, stderr };
      };
      const failed = await run([]);
      expect(failed.code).toBe(2);
      expect(failed.stderr).toContain("api_token: ***} rejected; partner_secret=***");
      expect(failed.stderr).toContain("verify: true");
      const planned = await run(["--dry-run", "--format", "json"]);
      expect(planned.code, planned.stderr).toBe(0);
      const plan = JSON.parse(planned.stdout) as { deploymentName: string; steps: { key: string }[] };
      expect(plan.deploymentName).toBe("preview");
      expect(plan.steps.map((s) => s.key)).toEqual(["api", "environment", "partner_secret"]);
    } finally {
      expectSpecClean(astro, airflow);
      await astro.close();
      await airflow.close();
      tree.cleanup();
    }
  });
});
