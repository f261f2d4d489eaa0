import * as VALIDATORS from "./answer-validators.generated.js";
import type { AnswerShape } from "./answer-schemas.js";
import type { SchemaValidator } from "../util/yaml-file.js";

export { ASTRO_ID_PATTERN, COMMIT_SHA_PATTERN, IMAGE_REPOSITORY_PATTERN, IMAGE_TAG_PATTERN, type AnswerShape } from "./answer-schemas.js";

/**
 * Whether an Astro API answer has the shape the client relies on, checked at the client boundary (JSON Schemas in
 * answer-schemas.ts, compiled ahead of time with Ajv into answer-validators.generated.ts): undefined when it has,
 * else what is wrong (`/deploys/0/git/commitSha must match pattern …`, at most three).
 */
export function answerShapeProblem(shape: AnswerShape, body: unknown): string | undefined {
  const validate = VALIDATORS[shape] as SchemaValidator;
  if (validate(body)) return undefined;
  return (validate.errors ?? [])
    .filter((e) => e.keyword !== "anyOf" && e.keyword !== "const")
    .slice(0, 3)
    .map((e) => {
      const value = e.instancePath ? valueAt(body, e.instancePath) : undefined;
      return `${e.instancePath || "the answer"} ${e.message ?? "is invalid"}${typeof value === "string" ? ` (got ${JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)})` : ""}`;
    })
    .join("; ");
}

function valueAt(body: unknown, pointer: string): unknown {
  let node = body;
  for (const key of pointer.split("/").slice(1)) node = (node as Record<string, unknown> | undefined)?.[key.replace(/~1/g, "/").replace(/~0/g, "~")];
  return node;
}
