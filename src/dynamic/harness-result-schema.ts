/**
 * JSON Schema of one line the import harness (harness/astro_ci_harness.py) writes for a DAG file: the FileImportResult
 * shape run-harness.ts reads (checked with a validator compiled ahead of time by scripts/generate-validators.mjs).
 * The harness checks what its workers report, since DAG code runs there and can write to their pipes; this checks the
 * harness. Only what the reader relies on is required; `dags[]` entries carry further fields of any type (owner,
 * schedule...).
 */
const line = { type: ["integer", "null"] };
const text = { type: "string" };
const texts = { type: "array", items: text };

export const HARNESS_RESULT_SCHEMA = {
  type: "object",
  required: ["file", "status", "import_errors", "warnings", "dags"],
  properties: {
    file: text,
    status: { enum: ["ok", "error", "timeout", "crash"] },
    import_errors: {
      type: "array",
      items: {
        type: "object",
        required: ["message"],
        properties: { message: text, traceback: text, line, dag_id: { type: ["string", "null"] }, kind: { const: "timeout" }, member: { type: ["string", "null"] }, member_line: line, raised_file: { type: ["string", "null"] }, raised_line: line },
      },
    },
    warnings: { type: "array", items: { type: "object", required: ["message"], properties: { message: text, line, where: { type: ["string", "null"] } } } },
    dags: {
      type: "array",
      items: { type: "object", required: ["dag_id", "tags", "task_ids"], properties: { dag_id: text, tags: texts, task_ids: texts, line, fileloc: text } },
    },
    not_loaded: { type: "array", items: { type: "object", required: ["dag_id"], properties: { dag_id: text, line } } },
    duplicates: {
      type: "array",
      items: { type: "object", required: ["dag_id", "lines"], properties: { dag_id: text, lines: { type: "array", items: { type: "integer" } }, count: { type: "integer" }, kept_line: line } },
    },
    project_writes: {
      type: "array",
      items: { type: "object", required: ["path", "action", "line"], properties: { path: text, action: { enum: ["writes", "creates", "renames", "deletes"] }, line, process: { type: "boolean" } } },
    },
    duration_ms: { type: "number" },
    output: text,
    excepted: { type: "boolean" },
  },
} as const;
