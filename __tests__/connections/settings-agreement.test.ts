import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readDeclaredObjects } from "../../src/connections/declared.js";
import { parseAirflowSettings } from "../../src/project/airflow-settings.js";
import { ConfigurationError } from "../../src/errors.js";
import { makeTempTree } from "../support/temp-dir.js";

// One airflow_settings.yaml, two readers: validate-dags and drift (parseAirflowSettings, the Astro CLI's view) and
// the injection into Deployments (readDeclaredObjects). Each file below is fed to both; they must agree on which
// connections, pools and variables exist. The shapes are the ones the Astro CLI decodes (astronomer/astro-cli
// settings/types.go through viper + mapstructure's weak decoding, skip rules in settings/settings.go).

const trees: { cleanup(): void }[] = [];
afterEach(() => trees.splice(0).forEach((t) => t.cleanup()));

async function both(text: string, env: NodeJS.ProcessEnv = {}) {
  const t = makeTempTree({ "airflow_settings.yaml": text });
  trees.push(t);
  const path = join(t.dir, "airflow_settings.yaml");
  const parsed = await parseAirflowSettings(path, "airflow_settings.yaml", t.dir);
  let declared: Awaited<ReturnType<typeof readDeclaredObjects>> | undefined;
  let refused: unknown;
  try {
    declared = await readDeclaredObjects(path, "airflow_settings.yaml", t.dir, env, () => {});
  } catch (error) {
    refused = error;
  }
  return { parsed, declared, refused };
}

const keys = (s: { connections: { connId: string }[]; pools: { name: string }[]; variables: ({ name: string } | { key: string })[] }) => ({
  connections: s.connections.map((c) => c.connId),
  pools: s.pools.map((p) => p.name),
  variables: s.variables.map((v) => ("key" in v ? v.key : v.name)),
});

describe("airflow_settings.yaml: validate-dags/drift and injection read the same entries", () => {
  const agreeing: [string, string, { connections: string[]; pools: string[]; variables: string[] }][] = [
    [
      "keys in any case (viper lowercases them)",
      "AIRFLOW:\n  Connections:\n    - Conn_Id: pg\n      CONN_TYPE: postgres\n      Conn_Host: db\n  Pools:\n    - Pool_Name: etl\n      Pool_Slot: 2\n  Variables:\n    - Variable_Name: env\n      Variable_Value: ci\n",
      { connections: ["pg"], pools: ["etl"], variables: ["env"] },
    ],
    [
      "numeric strings read as strconv.ParseInt(s, 0, 64) does (conn_port: \"0x10\", pool_slot: \"010\")",
      "airflow:\n  connections:\n    - conn_id: api\n      conn_type: http\n      conn_port: \"0x10\"\n  pools:\n    - pool_name: etl\n      pool_slot: \"010\"\n",
      { connections: ["api"], pools: ["etl"], variables: [] },
    ],
    [
      "a single mapping instead of a list (a one-element list)",
      "airflow:\n  connections:\n    conn_id: api\n    conn_type: http\n  pools:\n    pool_name: etl\n    pool_slot: 3\n  variables:\n    variable_name: env\n    variable_value: ci\n",
      { connections: ["api"], pools: ["etl"], variables: ["env"] },
    ],
    [
      "null values are the empty value",
      "airflow:\n  connections:\n    - conn_id: api\n      conn_type: http\n      conn_host: null\n      conn_port: ~\n      conn_extra: null\n  pools:\n    - pool_name: etl\n      pool_slot: 1\n      pool_description: null\n  variables:\n    - variable_name: env\n      variable_value: ci\n",
      { connections: ["api"], pools: ["etl"], variables: ["env"] },
    ],
    [
      "a later connection with the same conn_id replaces the earlier one",
      "airflow:\n  connections:\n    - conn_id: dup\n      conn_type: http\n      conn_host: first\n    - conn_id: other\n      conn_type: http\n    - conn_id: dup\n      conn_type: postgres\n      conn_host: second\n",
      { connections: ["other", "dup"], pools: [], variables: [] },
    ],
    [
      "a later pool or variable with the same name replaces the earlier one (pools set, variables set)",
      "airflow:\n  pools:\n    - pool_name: etl\n      pool_slot: 2\n    - pool_name: etl\n      pool_slot: 4\n  variables:\n    - variable_name: v\n      variable_value: a\n    - variable_name: v\n      variable_value: b\n",
      { connections: [], pools: ["etl"], variables: ["v"] },
    ],
    [
      "numbers written for text fields",
      "airflow:\n  connections:\n    - conn_id: 42\n      conn_type: http\n      conn_password: 12345\n  variables:\n    - variable_name: threshold\n      variable_value: 0.5\n",
      { connections: ["42"], pools: [], variables: ["threshold"] },
    ],
    [
      "the astro dev init template is nothing configured",
      "airflow:\n  connections:\n    - conn_id:\n      conn_type:\n      conn_host:\n      conn_schema:\n      conn_login:\n      conn_password:\n      conn_port:\n      conn_extra:\n        example_extra_field: example-value\n  pools:\n    - pool_name:\n      pool_slot:\n      pool_description:\n  variables:\n    - variable_name:\n      variable_value:\n",
      { connections: [], pools: [], variables: [] },
    ],
  ];

  it.each(agreeing)("%s", async (_, text, expected) => {
    const { parsed, declared, refused } = await both(text);
    expect(refused).toBeUndefined();
    expect(parsed.problems.filter((p) => p.severity === "warning")).toEqual([]);
    expect(keys(parsed.settings)).toEqual(expected);
    expect(keys(declared!)).toEqual(expected);
  });

  it("the injected values are the ones the Astro CLI decodes", async () => {
    const port = await both("airflow:\n  connections:\n    conn_id: api\n    conn_type: http\n    conn_port: \"0x10\"\n");
    expect(port.parsed.settings.connections[0]?.port).toBe(16);
    expect(port.declared?.connections[0]).toMatchObject({ connId: "api", type: "http", port: 16 });
    const dup = await both("airflow:\n  connections:\n    - conn_id: dup\n      conn_type: http\n      conn_host: first\n    - conn_id: dup\n      conn_type: postgres\n      conn_host: second\n");
    expect(dup.parsed.settings.connections).toMatchObject([{ connId: "dup", connType: "postgres", host: "second", line: 6 }]);
    expect(dup.declared?.connections).toMatchObject([{ connId: "dup", type: "postgres", host: "second", line: 6 }]);
  });

  // What the Astro CLI skips, ignores or cannot decode, injection refuses: on a line the validate-dags reader reports
  // too (a notice for what the CLI skips or ignores, a warning when it loads nothing).
  const refused: [string, string][] = [
    ["a connection without conn_id", "airflow:\n  connections:\n    - conn_type: postgres\n      conn_host: db\n"],
    ["a connection without conn_type or conn_uri", "airflow:\n  connections:\n    - conn_id: a\n      conn_host: db\n"],
    ["a pool without pool_slot", "airflow:\n  pools:\n    - pool_name: etl\n"],
    ["a variable without variable_name", "airflow:\n  variables:\n    - variable_value: orphan\n"],
    ["a port that is no number", "airflow:\n  connections:\n    - conn_id: a\n      conn_type: http\n      conn_port: abc\n"],
    ["a list where text belongs", "airflow:\n  variables:\n    - variable_name: v\n      variable_value: [1, 2]\n"],
    ["invalid YAML", "airflow:\n  connections:\n  - conn_id: a\n   conn_type: x\n"],
  ];

  it.each(refused)("%s: the Astro CLI does not load it, injection refuses it on the reported line", async (_, text) => {
    const { parsed, declared, refused: error } = await both(text);
    expect(declared).toBeUndefined();
    expect(error).toBeInstanceOf(ConfigurationError);
    const e = error as ConfigurationError;
    expect(e.file).toBe("airflow_settings.yaml");
    expect(e.fix).toBeTruthy();
    expect(parsed.problems.map((p) => p.line)).toContain(e.line);
    expect(parsed.settings.connections.length + parsed.settings.pools.length + parsed.settings.variables.length).toBe(0);
  });

  it("an ignored key is refused for injection, while the Astro CLI loads the entry without it", async () => {
    const { parsed, refused } = await both("airflow:\n  connections:\n    - conn_id: a\n      conn_type: http\n      conn_pasword: x\n");
    expect(parsed.settings.connections).toMatchObject([{ connId: "a", hasPassword: false }]);
    expect(parsed.problems).toMatchObject([{ line: 5, severity: "notice" }]);
    expect(refused).toMatchObject({ line: 5, message: expect.stringContaining("'conn_pasword' is not a key of a connection") });
  });
});
