import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readDeclaredObjects, variableIsSecret } from "../../src/connections/declared.js";
import { makeTempTree } from "../support/temp-dir.js";

// What injection adds on top of the Astro CLI's decoding of airflow_settings.yaml (settings-agreement.test.ts checks
// that both readers load the same entries): ${NAME}, masking, conn_uri, and refusals where injecting would surprise.

const trees: { cleanup(): void }[] = [];
afterEach(() => trees.splice(0).forEach((t) => t.cleanup()));

async function read(text: string, env: NodeJS.ProcessEnv = {}) {
  const t = makeTempTree({ "airflow_settings.yaml": text });
  trees.push(t);
  const masked: string[] = [];
  const declared = await readDeclaredObjects(join(t.dir, "airflow_settings.yaml"), "airflow_settings.yaml", t.dir, env, (v) => void masked.push(v));
  return { declared, masked };
}

describe("readDeclaredObjects", () => {
  it("tells of an entry a later one with the same key replaces, naming the line (the later one is injected, as the Astro CLI loads it)", async () => {
    const t = makeTempTree({ "airflow_settings.yaml": "airflow:\n  variables:\n    - variable_name: team\n      variable_value: a\n    - variable_name: team\n      variable_value: b\n" });
    trees.push(t);
    const notices: string[] = [];
    const declared = await readDeclaredObjects(join(t.dir, "airflow_settings.yaml"), "airflow_settings.yaml", t.dir, {}, () => undefined, (m) => void notices.push(m));
    expect(declared.variables).toEqual([{ key: "team", value: "b", isSecret: false, line: 5 }]);
    expect(notices).toEqual(["airflow_settings.yaml:5: variable 'team' is also defined at line 3: the Astro CLI keeps this later one"]);
  });

  it("refuses a YAML boolean where text belongs: the Astro CLI would store it as 1 or 0", async () => {
    await expect(read("airflow:\n  variables:\n    - variable_name: enabled\n      variable_value: true\n")).rejects.toMatchObject({
      name: "ConfigurationError",
      line: 4,
      message: 'variable_value of variable \'enabled\' is the YAML boolean true: the Astro CLI stores it as "1"',
      fix: expect.stringContaining('variable_value: "true"'),
    });
    const quoted = await read("airflow:\n  variables:\n    - variable_name: enabled\n      variable_value: 'true'\n");
    expect(quoted.declared.variables).toEqual([{ key: "enabled", value: "true", isSecret: false, line: 3 }]);
  });

  it("a dry run is told which ${NAME} are missing (never a value) instead of stopping; without it a missing one is an error", async () => {
    const file = "airflow:\n  connections:\n    - conn_id: db\n      conn_type: postgres\n      conn_password: ${DB_PASSWORD}\n  variables:\n    - variable_name: key\n      variable_value: ${API_KEY}\n";
    await expect(read(file, { API_KEY: "k" })).rejects.toMatchObject({ message: "${DB_PASSWORD} is not set in the job's environment" });
    const t = makeTempTree({ "settings.yaml": file });
    trees.push(t);
    const missing: string[] = [];
    const declared = await readDeclaredObjects(join(t.dir, "settings.yaml"), "settings.yaml", t.dir, { API_KEY: "k" }, () => undefined, () => undefined, (name, line) => void missing.push(`${name}:${line}`));
    expect(missing).toEqual(["DB_PASSWORD:3"]);
    expect(declared.connections[0]).toMatchObject({ connId: "db", secrets: ["conn_password", "${DB_PASSWORD}"] });
    expect(declared.variables[0]).toMatchObject({ key: "key", value: "k", isSecret: true });
  });

  it("uses conn_uri alone, as the Astro CLI passes it to Airflow, with conn_extra replacing the URI's extra", async () => {
    const { declared, masked } = await read("airflow:\n  connections:\n    - conn_id: db\n      conn_uri: postgres://u:${DB_PW}@db.example.com:5433/sales?sslmode=disable\n      conn_extra: {sslmode: require}\n", { DB_PW: "s3cret" });
    expect(declared.connections).toEqual([{ connId: "db", type: "postgres", login: "u", password: "s3cret", host: "db.example.com", port: 5433, schema: "sales", extra: { sslmode: "require" }, line: 3, secrets: ["conn_uri", "${DB_PW}"] }]);
    expect(masked).toEqual(expect.arrayContaining(["s3cret", "postgres://u:s3cret@db.example.com:5433/sales?sslmode=disable"]));
    expect(masked).not.toContain("require");
    // What holds a secret, by name (a fork's preview gets none of these entries), never the values.
    const more = await read("airflow:\n  connections:\n    - conn_id: api\n      conn_type: http\n      conn_host: ${API_HOST}\n      conn_extra: {auth: {api_token: t0k}, region: eu}\n    - conn_id: docs\n      conn_type: http\n      conn_host: docs.example.com\n      conn_password: literal\n    - conn_id: plain\n      conn_type: http\n      conn_host: plain.example.com\n", { API_HOST: "api.example.com" });
    expect(more.declared.connections.map((c) => [c.connId, c.secrets])).toEqual([["api", ["${API_HOST}", "conn_extra.auth.api_token"]], ["docs", ["conn_password"]], ["plain", undefined]]);
    await expect(read("airflow:\n  connections:\n    - conn_id: db\n      conn_uri: postgres://db.example.com\n      conn_host: other.example.com\n")).rejects.toMatchObject({
      line: 3,
      message: "connection 'db' has conn_uri and conn_host: the Astro CLI then ignores conn_uri",
    });
  });

  it("substitutes and masks values nested in a conn_extra mapping, keeping its keys as written", async () => {
    const { declared, masked } = await read("airflow:\n  connections:\n    - conn_id: gcp\n      conn_type: google_cloud_platform\n      conn_extra:\n        keyfileDict: {private_key: pk-literal, token: '${KEY}'}\n        Project: p1\n", { KEY: "k-123" });
    expect(declared.connections[0]?.extra).toEqual({ keyfileDict: { private_key: "pk-literal", token: "k-123" }, Project: "p1" });
    // Substituted values and those under names Airflow hides (private_key, token) are masked; the project name is not.
    expect(masked).toEqual(expect.arrayContaining(["k-123", "pk-literal"]));
    expect(masked).not.toContain("p1");
  });

  it("refuses a conn_extra that is neither a mapping nor a JSON object, and a port outside 1-65535, on their lines", async () => {
    await expect(read("airflow:\n  connections:\n    - conn_id: a\n      conn_type: http\n      conn_extra: [1, 2]\n")).rejects.toMatchObject({ line: 5, message: expect.stringContaining("neither a mapping nor a JSON object") });
    await expect(read("airflow:\n  connections:\n    - conn_id: a\n      conn_type: http\n      conn_extra: 'not json'\n")).rejects.toMatchObject({ line: 5 });
    await expect(read("airflow:\n  connections:\n    - conn_id: a\n      conn_type: http\n      conn_port: 70000\n")).rejects.toMatchObject({ line: 5, message: "conn_port of connection 'a' is 70000, not a TCP port" });
  });

  it("keeps pool_include_deferred (Airflow's include_deferred) and accepts the descriptions; refuses a key written twice in different case", async () => {
    const { declared } = await read("airflow:\n  pools:\n    - pool_name: etl\n      pool_slot: 2\n      pool_include_deferred: true\n  connections:\n    - conn_id: a\n      conn_type: http\n      conn_description: x\n");
    expect(declared.pools).toEqual([{ name: "etl", slots: 2, includeDeferred: true, line: 3 }]);
    expect(declared.connections.map((c) => c.connId)).toEqual(["a"]);
    await expect(read("airflow:\n  pools:\n    - pool_name: etl\n      pool_slot: 2\n      pool_include_deferred: sometimes\n")).rejects.toMatchObject({ line: 5, message: "pool_include_deferred of pool 'etl' is not true or false" });
    await expect(read("airflow:\n  connections:\n    - conn_id: a\n      Conn_Id: b\n      conn_type: http\n")).rejects.toMatchObject({ line: 4, message: "'conn_id' and 'Conn_Id' are the same key" });
  });

  it("keeps the later of two pools or variables with the same name, as `pools set` and `variables set` overwrite", async () => {
    const { declared } = await read("airflow:\n  pools:\n    - pool_name: etl\n      pool_slot: 2\n    - pool_name: etl\n      pool_slot: 5\n  variables:\n    - variable_name: v\n      variable_value: one\n    - variable_name: v\n      variable_value: two\n");
    expect(declared.pools).toMatchObject([{ name: "etl", slots: 5, line: 5 }]);
    expect(declared.variables).toMatchObject([{ key: "v", value: "two", line: 10 }]);
  });

  it("refuses a conn_id Airflow 2.10's sanitize_conn_id rejects (ASCII letters, digits and _#!()-.:/\\ only, at most 250), naming the line and the fix (tester: 'my conn' and '${{ secrets.X }}' synced, exit 0)", async () => {
    const file = (connId: string) => `airflow:\n  connections:\n    - conn_type: http\n      conn_id: ${JSON.stringify(connId)}\n`;
    for (const bad of ["my conn", "${{ secrets.X }}", "café_db", "a".repeat(251), "tab\there"]) {
      await expect(read(file(bad)), bad).rejects.toMatchObject({ name: "ConfigurationError", file: "airflow_settings.yaml", line: 3, message: expect.stringContaining("Airflow refuses it"), fix: expect.stringContaining("letters, digits") });
    }
    // Airflow's own checks, run in apache-airflow 2.10.5 (sanitize_conn_id uses google-re2, whose \w is ASCII only).
    for (const good of ["a".repeat(250), "x/y:z", "a#b!(c)-d.e", "back\\slash", "_0"]) {
      expect((await read(file(good))).declared.connections.map((c) => c.connId), good).toEqual([good]);
    }
    // Once ${NAME} is substituted, too.
    await expect(read("airflow:\n  connections:\n    - conn_id: db_${SUFFIX}\n      conn_type: http\n", { SUFFIX: "a b" })).rejects.toMatchObject({ line: 3, message: expect.stringContaining("Airflow refuses it") });
  });

  it("variables whose name Airflow hides (db_password, api_token...) are secret, whatever their value's origin; others written in the file are not", async () => {
    const { declared, masked } = await read("airflow:\n  variables:\n    - variable_name: db_password\n      variable_value: literal-pw\n    - variable_name: API_TOKEN\n      variable_value: t0k\n    - variable_name: region\n      variable_value: eu\n");
    expect(declared.variables.map((v) => [v.key, variableIsSecret(v)])).toEqual([["db_password", true], ["API_TOKEN", true], ["region", false]]);
    expect(masked).toEqual(expect.arrayContaining(["literal-pw", "t0k"]));
    expect(masked).not.toContain("eu");
  });

  it("refuses ${NAME} of a variable the runner or its shell sets (USER, HOME, PATH, GITHUB_*, RUNNER_*...): the value would be the runner's, not a secret", async () => {
    for (const name of ["USER", "HOME", "PATH", "GITHUB_WORKSPACE", "RUNNER_TEMP", "github_sha"]) {
      await expect(read(`airflow:\n  variables:\n    - variable_name: v\n      variable_value: x-\${${name}}\n`, { [name]: "runner-value" }), name).rejects.toMatchObject({
        line: 3,
        message: expect.stringContaining(`\${${name}} is set by the runner`),
        fix: expect.stringMatching(/\$\$\{.*\}.*literal/),
      });
    }
  });

  it("$${NAME} is the literal text ${NAME}: not substituted, not a secret", async () => {
    const { declared, masked } = await read("airflow:\n  variables:\n    - variable_name: template\n      variable_value: hello $${USER}, from ${GREETER} and $$${GREETER}\n", { GREETER: "astro" });
    expect(declared.variables).toEqual([{ key: "template", value: "hello ${USER}, from astro and $${GREETER}", isSecret: true, line: 3 }]);
    const plain = await read("airflow:\n  variables:\n    - variable_name: template\n      variable_value: \"$${HOME}/data\"\n");
    expect(plain.declared.variables).toEqual([{ key: "template", value: "${HOME}/data", isSecret: false, line: 3 }]);
    expect(masked).not.toContain("hello ${USER}, from astro and $${GREETER}");
  });
});
