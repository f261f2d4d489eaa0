import { readFile } from "node:fs/promises";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { LineCounter, parseDocument, isMap, isSeq, type Node, type Document } from "yaml";
import { ConfigurationError } from "../errors.js";

/** A parsed YAML file that remembers where each value came from, so errors can name a line. */
export interface YamlSource {
  file: string;
  value: unknown;
  /** 1-based line of the node at `path` (or of its nearest existing parent). */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

export function parseYamlText(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const problem = doc.errors[0];
  if (problem) {
    const line = problem.linePos?.[0]?.line;
    throw new ConfigurationError(`invalid YAML: ${firstLine(problem.message)}`, {
      file,
      line,
      fix: "correct the YAML syntax (indentation, quoting, a missing ':')",
    });
  }
  return {
    file,
    value: doc.toJS({ maxAliasCount: 100 }) as unknown,
    lineOf: (path) => lineOfPath(doc, lineCounter, path),
  };
}

export async function readYamlFile(path: string, displayPath: string): Promise<YamlSource> {
  const text = await readFile(path, "utf8");
  return parseYamlText(text, displayPath);
}

function lineOfPath(doc: Document, counter: LineCounter, path: readonly (string | number)[]): number | undefined {
  let node: unknown = doc.contents;
  let best: number | undefined = rangeLine(node, counter);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => String((item.key as { value?: unknown } | null)?.value ?? item.key) === String(key));
      if (!pair) break;
      best = rangeLine(pair.key, counter) ?? best;
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number") {
      node = node.items[key];
    } else break;
    best = rangeLine(node, counter) ?? best;
  }
  return best;
}

function rangeLine(node: unknown, counter: LineCounter): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? counter.linePos(range[0]).line : undefined;
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
const compiled = new WeakMap<object, ValidateFunction>();

/** Validate a YAML source against a JSON Schema; the first error becomes a ConfigurationError naming its line. */
export function validateYamlAgainstSchema(source: YamlSource, schema: object, fix: string): void {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(source.value)) return;
  const error = pickMostSpecific(validate.errors ?? []);
  if (!error) return;
  const path = instancePathToKeys(error.instancePath);
  const extra = error.keyword === "additionalProperties" ? (error.params as { additionalProperty: string }).additionalProperty : undefined;
  const line = source.lineOf(extra ? [...path, extra] : path);
  const where = path.length ? path.join(".") : "the top level";
  const message =
    extra !== undefined
      ? `unknown setting '${[...path, extra].join(".")}'`
      : error.keyword === "enum"
        ? `'${where}' must be one of: ${((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String).join(", ")}`
        : `'${where}' ${error.message ?? "is invalid"}`;
  throw new ConfigurationError(message, { file: source.file, line, fix });
}

function instancePathToKeys(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Prefer the deepest error, and an unknown-key error over oneOf noise. */
function pickMostSpecific(errors: ErrorObject[]): ErrorObject | undefined {
  const useful = errors.filter((e) => e.keyword !== "oneOf" && e.keyword !== "anyOf" && e.keyword !== "if");
  const pool = useful.length ? useful : errors;
  return [...pool].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
}
