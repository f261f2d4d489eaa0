// Compiles the JSON Schemas astro-ci checks data against into standalone validators (Ajv's standalone code), so no
// run compiles a schema: compiling at run time cost ~140 ms for astro-ci.yaml's schema (plus ~70 ms loading Ajv) on
// every validate-dags run of a project with a config, ~85 ms of every Astro API command, ~80 ms of a warm run for
// the analysis cache's records. Each target is one generated module beside the code that uses it.
// Run after changing a schema: `node scripts/generate-validators.mjs`. `--check` exits 1 when a committed module
// differs from what it would write (__tests__/util/generated-validators.test.ts runs the same comparison).
import { build } from "esbuild";
import { Ajv } from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import { Buffer } from "node:buffer";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");

const loaded = new Map();
/** The schemas exported by a TypeScript module of src/ (bundled on the fly to read them, once per module). */
function schemasOf(module) {
  if (!loaded.has(module)) {
    loaded.set(
      module,
      build({ entryPoints: [join(repo, module)], bundle: true, format: "esm", platform: "node", write: false, logLevel: "error" }).then((bundled) =>
        import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString("base64")}`),
      ),
    );
  }
  return loaded.get(module);
}
const jsonFile = (path) => JSON.parse(readFileSync(join(repo, path), "utf8"));

/**
 * Each generated module: where it goes, where its schemas come from, Ajv's options (as the code reading the errors
 * needs them), the exported validator name → schema, and schemas they only refer to (`shared`).
 */
export const TARGETS = [
  {
    out: "src/dags/analysis-record-validators.generated.ts",
    source: "src/dags/analysis-record-schemas.ts",
    // No messages: a failed check only makes a cache miss, nobody reads why. No inlined $refs: the shapes both record
    // schemas use (SHARED_SCHEMA) become one function each, not a copy in each validator.
    options: { allErrors: false, messages: false, inlineRefs: false },
    schemas: async () => {
      const { ANALYSIS_SCHEMA, JUDGED_SCHEMA } = await schemasOf("src/dags/analysis-record-schemas.ts");
      return { validateAnalysisRecord: ANALYSIS_SCHEMA, validateJudgedRecord: JUDGED_SCHEMA };
    },
    // The shapes both refer to (by $id), compiled once for the two.
    shared: async () => [(await schemasOf("src/dags/analysis-record-schemas.ts")).SHARED_SCHEMA],
  },
  {
    out: "src/config/config-validator.generated.ts",
    source: "schema/astro-ci.schema.json",
    // Every problem, with the schema beside it (yaml-file.ts's describeSchemaErrors reads parentSchema).
    options: { allErrors: true, allowUnionTypes: true, verbose: true },
    schemas: async () => ({ validateConfig: jsonFile("schema/astro-ci.schema.json") }),
  },
  {
    out: "src/drift/deployment-file-validator.generated.ts",
    source: "schema/deployment-file.schema.json",
    options: { allErrors: true, allowUnionTypes: true, verbose: true },
    schemas: async () => ({ validateDeploymentFile: jsonFile("schema/deployment-file.schema.json") }),
  },
  {
    out: "src/dynamic/harness-result-validator.generated.ts",
    source: "src/dynamic/harness-result-schema.ts",
    // No messages: a line of another shape only counts as unreadable (its file gets a crash result).
    options: { allErrors: false, messages: false, allowUnionTypes: true },
    schemas: async () => ({ validateHarnessResult: (await schemasOf("src/dynamic/harness-result-schema.ts")).HARNESS_RESULT_SCHEMA }),
  },
  {
    out: "src/astro/answer-validators.generated.ts",
    source: "src/astro/answer-schemas.ts",
    options: { allErrors: true },
    schemas: async () => {
      const { ANSWER_SCHEMAS } = await schemasOf("src/astro/answer-schemas.ts");
      return Object.fromEntries(Object.entries(ANSWER_SCHEMAS).map(([shape, schema]) => [shape, schema]));
    },
  },
];

/** The text of one target's generated module. */
export async function generateValidators(target) {
  const ajv = new Ajv({ strict: false, ...target.options, code: { source: true, esm: true, lines: true } });
  const schemas = await target.schemas();
  for (const schema of (await target.shared?.()) ?? []) ajv.addSchema(schema);
  for (const [name, schema] of Object.entries(schemas)) ajv.addSchema(schema, name);
  let code = standaloneCode(ajv, Object.fromEntries(Object.keys(schemas).map((name) => [name, name])));
  // Ajv's runtime helpers (ucs2length for minLength, deep equality for const/enum of objects) come from its package,
  // which the bundle includes. Its ESM output still requires them (CommonJS): they become imports.
  // A CommonJS module's export arrives differently under Node's ESM, vitest and esbuild's bundle: `runtimeExport`
  // takes it from wherever it is.
  const imports = [];
  code = code.replace(/const (\w+) = require\("(ajv\/dist\/runtime\/[\w-]+)"\)\.(\w+);/g, (_, name, module, member) => {
    imports.push(`import * as ${name}_module from "${module}.js";`);
    return `const ${name} = runtimeExport(${name}_module, "${member}");`;
  });
  if (imports.length) {
    imports.push(
      "const runtimeExport = (module, name) => {",
      "  const found = name === \"default\" ? (typeof module.default === \"function\" ? module.default : module.default?.default) : (module[name] ?? module.default?.[name]);",
      "  if (typeof found !== \"function\") throw new Error(`Ajv's runtime helper ${name} is missing`);",
      "  return found;",
      "};",
    );
  }
  if (/\brequire\(/.test(code)) throw new Error(`${target.out}: the generated code requires a module other than Ajv's runtime helpers`);
  return [
    "/* eslint-disable */",
    "// @ts-nocheck -- generated JavaScript",
    `// Generated by scripts/generate-validators.mjs from ${target.source} (Ajv standalone): do not edit.`,
    ...imports,
    code.trim().replace(/^"use strict";/, ""),
    "",
  ].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const target of TARGETS) {
    const text = await generateValidators(target);
    const path = join(repo, target.out);
    if (check) {
      let current = "";
      try {
        current = readFileSync(path, "utf8");
      } catch {
        // missing: stale
      }
      if (current !== text) {
        stale++;
        console.log(`${target.out} is stale: run node scripts/generate-validators.mjs`);
      }
    } else {
      writeFileSync(path, text);
      console.log(`wrote ${target.out}`);
    }
  }
  process.exit(stale ? 1 : 0);
}
