import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runConnectionsSync } from "../../src/commands/connections.js";
import { parseConnectionUri } from "../../src/connections/declared.js";
import { startAirflowEmulator, type AirflowEmulator } from "../support/airflow-emulator.js";
import { startAstroEmulator, type AstroEmulator, type EmulatedDeployment } from "../support/astro-emulator.js";
import { makeTempTree, tempDirPath } from "../support/temp-dir.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { expectSpecClean } from "../support/openapi.js";

const SETTINGS = `airflow:
  connections:
    - conn_id: warehouse
      conn_type: postgres
      conn_host: db.example.com
      conn_login: loader
      conn_password: \${WAREHOUSE_PASSWORD}
      conn_port: 5432
      conn_extra: {sslmode: require}
    - conn_id: api
      conn_uri: https-api://svc:p%40ss@api.example.com:8443/v1?timeout=30
    - conn_id:
      conn_type:
      conn_host:
  pools:
    - pool_name: etl
      pool_slot: 8
      pool_description: ETL jobs
  variables:
    - variable_name: environment
      variable_value: preview
    - variable_name: api_key
      variable_value: \${API_KEY}
`;

describe("connections sync", () => {
  let astro: AstroEmulator;
  let airflow: AirflowEmulator;
  let tree: ReturnType<typeof makeTempTree>;
  let deployment: EmulatedDeployment;
  const masked: string[] = [];
  const secrets = { WAREHOUSE_PASSWORD: "pw-from-secret-1", API_KEY: "key-from-secret-2" };

  const sync = (extra: Partial<Parameters<typeof runConnectionsSync>[0]> = {}) =>
    runConnectionsSync({
      repoRoot: tree.dir,
      projectRoot: tree.dir,
      deploymentId: deployment.id,
      settingsPath: "airflow_settings.preview.yaml",
      dryRun: false,
      env: { ASTRO_API_TOKEN: "test-token", ASTRO_API_URL: astro.url, ASTRO_ORGANIZATION_ID: astro.organizationId, ...secrets },
      mask: (v) => void masked.push(v),
      logger: new RecordingLogger(),
      ...extra,
    });

  beforeEach(async () => {
    astro = await startAstroEmulator();
    airflow = await startAirflowEmulator();
    tree = makeTempTree({ "airflow_settings.preview.yaml": SETTINGS, ".git/HEAD": "ref: refs/heads/main\n" });
    deployment = astro.addDeployment({ name: "preview", airflowApiUrl: airflow.apiUrl });
    masked.length = 0;
  });
  afterEach(async () => {
    expectSpecClean(astro, airflow);
    await astro.close();
    await airflow.close();
    tree.cleanup();
  });

  it("creates connections, variables and pools, then finds them unchanged or re-sends secrets, masking every secret value (not the plain values written in the file)", async () => {
    const first = await sync();
    expect(first.steps.map((s) => `${s.action} ${s.kind} ${s.key}`)).toEqual(["create connection warehouse", "create connection api", "create variable environment", "create variable api_key", "create pool etl"]);
    const warehouse = astro.environmentObjects.find((o) => o.objectKey === "warehouse");
    expect(warehouse).toMatchObject({ scope: "DEPLOYMENT", scopeEntityId: deployment.id, description: "managed by astro-ci", connection: { type: "postgres", host: "db.example.com", port: 5432, password: "pw-from-secret-1", extra: { sslmode: "require" } } });
    expect(astro.environmentObjects.find((o) => o.objectKey === "api")?.connection).toMatchObject({ type: "https_api", login: "svc", password: "p@ss", host: "api.example.com", port: 8443, schema: "v1", extra: { timeout: "30" } });
    expect(astro.environmentObjects.find((o) => o.objectKey === "api_key")?.airflowVariable).toEqual({ value: "key-from-secret-2", isSecret: true });
    expect(airflow.pools.get("etl")).toMatchObject({ slots: 8, description: "ETL jobs (managed by astro-ci)" });
    expect(masked).toEqual(expect.arrayContaining(["pw-from-secret-1", "key-from-secret-2", "p@ss"]));
    // Written in the committed file, not under a name Airflow hides: no secret (masking them garbled every log line
    // and report holding the word).
    expect(masked).not.toContain("require");
    expect(masked).not.toContain("preview");
    expect(JSON.stringify(first)).not.toMatch(/pw-from-secret|key-from-secret|p@ss/);

    const second = await sync();
    expect(second.steps.map((s) => `${s.action} ${s.kind} ${s.key}`)).toEqual(["update connection warehouse", "update connection api", "unchanged variable environment", "update variable api_key", "unchanged pool etl"]);
  });

  it("removes what it created and no longer declares, never touching what it did not create", async () => {
    astro.environmentObjects.push({ id: "clenvomanual", objectKey: "manual", objectType: "CONNECTION", scope: "DEPLOYMENT", scopeEntityId: deployment.id, connection: { type: "http" } });
    airflow.pools.set("manual_pool", { name: "manual_pool", slots: 3, description: "made by hand" });
    await sync();
    writeFileSync(join(tree.dir, "airflow_settings.preview.yaml"), "airflow:\n  variables:\n    - variable_name: environment\n      variable_value: preview\n");
    const plan = await sync({ dryRun: true });
    expect(plan.steps.map((s) => `${s.action} ${s.kind} ${s.key}`)).toEqual(["delete connection warehouse", "delete connection api", "unchanged variable environment", "delete variable api_key", "delete pool etl"]);
    expect(astro.environmentObjects).toHaveLength(5); // a dry run changes nothing
    await sync();
    expect(astro.environmentObjects.map((o) => o.objectKey).sort()).toEqual(["environment", "manual"]);
    expect([...airflow.pools.keys()].sort()).toEqual(["default_pool", "manual_pool"]);
  });

  it("never deletes an object whose description only mentions the marker (tester D, stop 31: 'NOT managed by astro-ci' was deleted)", async () => {
    astro.environmentObjects.push({ id: "clenvohandmade", objectKey: "prod_warehouse", objectType: "CONNECTION", scope: "DEPLOYMENT", scopeEntityId: deployment.id, description: "Created by hand ... NOT managed by astro-ci: do not touch", connection: { type: "postgres" } });
    airflow.pools.set("critical", { name: "critical", slots: 2, description: "hand-made, not managed by astro-ci" });
    airflow.pools.set("reporting", { name: "reporting", slots: 2, description: "managed by astro-ci? no" });
    await sync();
    expect(astro.environmentObjects.map((o) => o.objectKey)).toContain("prod_warehouse");
    expect([...airflow.pools.keys()]).toEqual(expect.arrayContaining(["critical", "reporting"]));
    expect(astro.requests.filter((r) => r.method === "DELETE")).toEqual([]);
    expect(airflow.requests.filter((r) => r.method === "DELETE")).toEqual([]);
  });

  it("stops before any change on a collision with an object astro-ci did not create", async () => {
    astro.environmentObjects.push({ id: "clenvohand", objectKey: "warehouse", objectType: "CONNECTION", scope: "DEPLOYMENT", scopeEntityId: deployment.id, connection: { type: "postgres" } });
    await expect(sync()).rejects.toMatchObject({ name: "ConfigurationError", message: expect.stringContaining("connection 'warehouse' (airflow_settings.preview.yaml:3) already exists on the Deployment and was not created by astro-ci") });
    expect(astro.requests.filter((r) => r.method !== "GET")).toEqual([]);
    expect(airflow.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("a missing ${SECRET} is a configuration error naming the file, line and variable, before any API call", async () => {
    await expect(sync({ env: { ASTRO_API_TOKEN: "test-token", ASTRO_API_URL: astro.url, ASTRO_ORGANIZATION_ID: astro.organizationId, API_KEY: "k" } })).rejects.toMatchObject({
      message: "${WAREHOUSE_PASSWORD} is not set in the job's environment",
      file: "airflow_settings.preview.yaml",
      line: 3,
    });
    expect(astro.requests).toEqual([]);
  });

  it("never injects the runner's own credentials, whatever the file says", async () => {
    writeFileSync(join(tree.dir, "airflow_settings.preview.yaml"), "airflow:\n  variables:\n    - variable_name: t\n      variable_value: ${ASTRO_API_TOKEN}\n");
    await expect(sync()).rejects.toMatchObject({ message: "${ASTRO_API_TOKEN} may not be injected: it holds the runner's own credentials", line: 3 });
    writeFileSync(join(tree.dir, "airflow_settings.preview.yaml"), "airflow:\n  variables:\n    - variable_name: t\n      variable_value: ${github_token}\n");
    await expect(sync({ env: { ASTRO_API_TOKEN: "test-token", ASTRO_API_URL: astro.url, ASTRO_ORGANIZATION_ID: astro.organizationId, github_token: "x" } })).rejects.toThrow(/may not be injected/);
    expect(astro.requests).toEqual([]);
  });

  it("skips the entries of the airflow_settings.yaml astro dev init writes (its empty connection keeps an example conn_extra)", async () => {
    // The template's shape (astronomer/astro-cli airflow/include/settingsyml.yml), followed by the team's own entry.
    writeFileSync(
      join(tree.dir, "airflow_settings.yaml"),
      "airflow:\n  connections:\n    - conn_id:\n      conn_type:\n      conn_host:\n      conn_schema:\n      conn_login:\n      conn_password:\n      conn_port:\n      conn_extra:\n        example_extra_field: example-value\n" +
        "    - conn_id: warehouse\n      conn_type: postgres\n      conn_host: db.example.com\n  pools:\n    - pool_name:\n      pool_slot:\n      pool_description:\n  variables:\n    - variable_name:\n      variable_value:\n",
    );
    const result = await sync({ settingsPath: "airflow_settings.yaml", dryRun: true });
    expect(result.steps.map((p) => `${p.action} ${p.kind} ${p.key}`)).toEqual(["create connection warehouse"]);
  });

  it("a dry run with a ${NAME} not set plans the sync and says which (tester 2, stop 30: it stopped with exit 2); a real run stops", async () => {
    const logger = new RecordingLogger();
    const env = { ASTRO_API_TOKEN: "test-token", ASTRO_API_URL: astro.url, ASTRO_ORGANIZATION_ID: astro.organizationId, WAREHOUSE_PASSWORD: secrets.WAREHOUSE_PASSWORD };
    const plan = await sync({ dryRun: true, env, logger });
    expect(plan.steps.map((p) => `${p.kind} ${p.key}`)).toContain("variable api_key");
    expect(logger.messages.filter((m) => m.level === "warning").map((m) => m.message)).toEqual([expect.stringMatching(/^airflow_settings\.preview\.yaml:\d+: \$\{API_KEY\} is not set: a real sync would stop here/)]);
    await expect(sync({ dryRun: false, env })).rejects.toMatchObject({ message: expect.stringMatching(/API_KEY/) });
  });

  it("a connection with values but no conn_id is still an error naming the line", async () => {
    writeFileSync(join(tree.dir, "airflow_settings.yaml"), "airflow:\n  connections:\n    - conn_type: postgres\n      conn_extra: {a: b}\n");
    await expect(sync({ settingsPath: "airflow_settings.yaml", dryRun: true })).rejects.toMatchObject({ message: "a connection without conn_id", line: 3 });
  });

  it("reads connection URIs as Airflow does", () => {
    expect(parseConnectionUri("google-cloud-platform://?__extra__=%7B%22project%22%3A+%22p%22%7D", "f", 1)).toMatchObject({ type: "google_cloud_platform", extra: { project: "p" } });
    expect(parseConnectionUri("postgres://u%2Fx:a%3Ab@h/db", "f", 1)).toMatchObject({ type: "postgres", login: "u/x", password: "a:b", host: "h", schema: "db" });
    // Airflow 2.10.5's _normalize_conn_type: Connection(uri="postgresql://...").conn_type is "postgres".
    expect(parseConnectionUri("postgresql://loader:p%40ss@db.example.com:5433/analytics?sslmode=require", "f", 1)).toEqual({ type: "postgres", login: "loader", password: "p@ss", host: "db.example.com", port: 5433, schema: "analytics", extra: { sslmode: "require" } });
    expect(() => parseConnectionUri("not a uri", "f", 7)).toThrow(/conn_uri is not a connection URI/);
  });

  it("creates a variable named like a secret (db_password) as secret even when its value is written in the file", async () => {
    writeFileSync(join(tree.dir, "airflow_settings.preview.yaml"), "airflow:\n  variables:\n    - variable_name: db_password\n      variable_value: literal-pw\n    - variable_name: region\n      variable_value: eu\n");
    await sync();
    expect(astro.environmentObjects.find((o) => o.objectKey === "db_password")?.airflowVariable).toEqual({ value: "literal-pw", isSecret: true });
    expect(astro.environmentObjects.find((o) => o.objectKey === "region")?.airflowVariable).toEqual({ value: "eu", isSecret: false });
  });

  it("refuses a conn_id Airflow rejects before any API call, with the file's line (exit 2)", async () => {
    writeFileSync(join(tree.dir, "airflow_settings.preview.yaml"), "airflow:\n  connections:\n    - conn_id: my conn\n      conn_type: http\n");
    await expect(sync()).rejects.toMatchObject({ name: "ConfigurationError", file: "airflow_settings.preview.yaml", line: 3 });
    expect(astro.requests).toEqual([]);
  });

  it("takes a settings file whose name starts with '..' (inside the repository); one that goes up out of it is refused in the one wording", async () => {
    writeFileSync(join(tree.dir, "..settings.yaml"), SETTINGS);
    await sync({ settingsPath: "..settings.yaml", dryRun: true });
    await expect(sync({ settingsPath: "../settings.yaml" })).rejects.toMatchObject({ name: "ConfigurationError", message: "the settings file '../settings.yaml' is outside the repository" });
    expect(astro.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("refuses a settings file that resolves through a symlink to a file outside the repository (--settings, or the entry's airflow-settings with astro-ci.yaml's line)", async () => {
    const outside = tempDirPath("astro-ci-outside-");
    writeFileSync(join(outside, "settings.yaml"), SETTINGS);
    symlinkSync(join(outside, "settings.yaml"), join(tree.dir, "linked.yaml"));
    mkdirSync(join(tree.dir, "conf"));
    symlinkSync(outside, join(tree.dir, "conf/shared"));
    await expect(sync({ settingsPath: "linked.yaml" })).rejects.toMatchObject({ name: "ConfigurationError", message: expect.stringMatching(/^the settings file 'linked\.yaml' resolves through a symlink to .*settings\.yaml, outside the repository$/), fix: expect.stringContaining("copy the file into the repository") });
    writeFileSync(join(tree.dir, "astro-ci.yaml"), `deployments:\n  - branch: main\n    deployment-id: ${deployment.id}\n    airflow-settings: conf/shared/settings.yaml\n`);
    await expect(sync({ settingsPath: undefined })).rejects.toMatchObject({ file: "astro-ci.yaml", line: 2, message: expect.stringContaining("resolves through a symlink to") });
    expect(astro.requests).toEqual([]);
  });
});
