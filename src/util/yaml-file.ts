import { readNonRepositoryBytes, readUserBytes } from "./user-files.js";
import type { ErrorObject } from "ajv";
import { LineCounter, parseDocument, isMap, isPair, isScalar, isSeq, visit, type Node, type Document } from "yaml";
import { ConfigurationError } from "../errors.js";
import { nearestName } from "./nearest-name.js";

/** A parsed YAML file that remembers where each value came from, so errors can name a line. */
export interface YamlSource {
  file: string;
  value: unknown;
  /**
   * 1-based line of the node at `path` (or of its nearest existing parent). With `key`, the line of the last key
   * itself rather than of its value (they differ for a block mapping or list: `validat:` then its settings below).
   */
  lineOf(path: readonly (string | number)[], options?: { key?: boolean }): number | undefined;
  /**
   * The text as written of the plain (unquoted) scalar at `path` (`1.0`, `0755`, `yes`), which YAML 1.2 reads as a
   * number or boolean but a Go program unmarshalling into a string field (the Astro CLI) keeps as written; undefined
   * for anything else.
   */
  plainScalarText(path: readonly (string | number)[]): string | undefined;
}

/**
 * Options of {@link parseYamlText}: `refuseMergeKeys` for astro-ci's own files (astro-ci.yaml), where a `<<` merge
 * key is a ConfigurationError on its line. Files the Astro CLI reads too (airflow_settings.yaml, .astro/config.yaml),
 * whose Go YAML reader does merge, are not refused for one.
 */
export interface YamlReadOptions {
  refuseMergeKeys?: boolean;
}

export function parseYamlText(text: string, file: string, options: YamlReadOptions = {}): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const problem = doc.errors[0];
  if (problem) {
    const line = problem.linePos?.[0]?.line;
    // yaml's own words for a second document name its API; say what is in the file instead.
    const message =
      problem.code === "MULTIPLE_DOCS"
        ? "a second YAML document starts here (a `---` line after the settings): astro-ci reads one"
        : /Maximum call stack size exceeded/.test(problem.message)
          ? "the values nest too deep to read (hundreds of [ or { levels)"
          : firstLine(problem.message);
    throw new ConfigurationError(`invalid YAML: ${message}`, {
      file,
      line,
      fix: "correct the YAML syntax (indentation, quoting, a missing ':')",
    });
  }
  refuseTypeTags(doc, lineCounter, file);
  if (options.refuseMergeKeys) refuseMergeKeys(doc, lineCounter, file);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 }) as unknown;
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    // `*nope` with no `&nope` before it: yaml's words ("Unresolved alias (the anchor must be set before the alias)")
    // said it the parser's way, and were reported as aliases that "expand too far".
    const unresolved = /^Unresolved alias\b.*?:\s*(\S+)\s*$/.exec(error.message);
    if (unresolved) {
      const name = unresolved[1] as string;
      throw new ConfigurationError(`*${name} refers to no anchor: no value before it is marked &${name}`, {
        file,
        line: firstAliasLine(doc, lineCounter, name),
        fix: `mark the value to repeat with &${name} above this line (e.g. \`base: &${name}\`), or write the value out instead of *${name}`,
      });
    }
    // yaml refuses documents whose aliases expand past maxAliasCount ("billion laughs"): the file's fault, not ours.
    throw new ConfigurationError(`YAML aliases expand too far: ${firstLine(error.message)}`, {
      file,
      line: firstAliasLine(doc, lineCounter),
      fix: "write the values out instead of nesting *aliases of anchors that hold aliases",
    });
  }
  return {
    file,
    value,
    lineOf: (path, options) => lineOfPath(doc, lineCounter, path, options?.key === true),
    plainScalarText: (path) => {
      const node = doc.getIn(path, true);
      return isScalar(node) && node.type === "PLAIN" && typeof node.source === "string" ? node.source : undefined;
    },
  };
}

/** The tags of plain YAML values: what astro-ci's files are made of (`!`, the non-specific tag, makes a string). */
const PLAIN_TAGS = new Set(["!", "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"]);

/**
 * Refuses a value tagged as anything but a plain string, number, boolean, null, mapping or list: `!!omap`, `!!set`
 * and `!!pairs` become a JavaScript Map or Set, `!!binary` a byte array, which the settings' checks do not see as
 * mappings, so their settings vanished without a word (a tester's `commands: !!omap [...]` dropped a deploy
 * permission); a custom `!tag` means nothing to astro-ci.
 */
function refuseTypeTags(doc: Document, counter: LineCounter, file: string): void {
  let found: { tag: string; line?: number } | undefined;
  visit(doc, (_key, node, path) => {
    const tag = (node as { tag?: string } | null)?.tag;
    if (typeof tag !== "string" || PLAIN_TAGS.has(tag)) return undefined;
    // A block value starts on the line below its key, where the tag is written: the key's line.
    const parent = path[path.length - 1];
    const at = isPair(parent) && parent.value === node && parent.key ? parent.key : node;
    found = { tag: tag.replace(/^tag:yaml\.org,2002:/, "!!"), line: rangeLine(at, counter) };
    return visit.BREAK;
  });
  if (found) {
    throw new ConfigurationError(`the YAML tag ${found.tag} is not supported here: astro-ci reads plain mappings, lists, strings, numbers and booleans`, {
      file,
      line: found.line,
      fix: `remove ${found.tag} and write the value plainly (a mapping, a list, or a string, number or boolean)`,
    });
  }
}

/**
 * Refuses a merge key (`<<: *base`, YAML 1.1's way of copying an anchor's settings into a mapping): YAML 1.2, which
 * astro-ci reads, has none, so `<<` was read as an ordinary key and refused as an unknown setting (or, in a mapping
 * of free-form keys, kept as one) with the anchor's settings never merged. A quoted `"<<"` is an ordinary key.
 */
function refuseMergeKeys(doc: Document, counter: LineCounter, file: string): void {
  let line: number | undefined;
  let found = false;
  visit(doc, {
    Pair(_key, pair) {
      if (!isScalar(pair.key) || pair.key.type !== "PLAIN" || pair.key.value !== "<<") return undefined;
      found = true;
      line = rangeLine(pair.key, counter);
      return visit.BREAK;
    },
  });
  if (found) {
    throw new ConfigurationError("`<<` merge keys are not supported: astro-ci reads YAML 1.2, which has no merge key, so the anchor's settings would not be copied here", {
      file,
      line,
      fix: "write the settings out in this mapping instead of `<<: *anchor`",
    });
  }
}

/** 1-based line of the document's first `*alias` (of the anchor `name` when given). */
function firstAliasLine(doc: Document, counter: LineCounter, name?: string): number | undefined {
  let line: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (name !== undefined && node.source !== name) return undefined;
      line = rangeLine(node, counter);
      return visit.BREAK;
    },
  });
  return line;
}

/**
 * Read and parse a YAML file of the user's repository (readUserBytes' errors: only a file whose real path is in
 * `repoRoot` is opened).
 */
export async function readYamlFile(path: string, displayPath: string, options: YamlReadOptions & { repoRoot: string }): Promise<YamlSource> {
  return parseYamlText(decodeUtf8(await readUserBytes(path, { repoRoot: options.repoRoot }), displayPath), displayPath, options);
}

/**
 * Read and parse a YAML file that is not the repository's, wherever it is (`--config FILE` on the command line):
 * readNonRepositoryBytes' errors.
 */
export async function readNonRepositoryYamlFile(path: string, displayPath: string, options: YamlReadOptions = {}): Promise<YamlSource> {
  return parseYamlText(decodeUtf8(await readNonRepositoryBytes(path), displayPath), displayPath, options);
}

/**
 * A YAML file's bytes as text. YAML files are UTF-8 here (as for the Astro CLI's Go YAML reader, which refuses
 * anything else): bytes that are not UTF-8 are a ConfigurationError naming the line, never silently turned into U+FFFD
 * (which made "`fail-on` must be one of..." out of a file saved as Latin-1). A UTF-8 byte order mark is dropped.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    let line = 1;
    let start = 0;
    const strict = new TextDecoder("utf-8", { fatal: true });
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      try {
        strict.decode(bytes.subarray(start, i));
      } catch {
        break;
      }
      line++;
      start = i + 1;
    }
    throw new ConfigurationError("not UTF-8 text: this line holds a byte that is not valid UTF-8", {
      file,
      line,
      fix: "save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8), or remove the character",
    });
  }
}

function lineOfPath(doc: Document, counter: LineCounter, path: readonly (string | number)[], keyLine: boolean): number | undefined {
  let node: unknown = doc.contents;
  let best: number | undefined = rangeLine(node, counter);
  for (const [index, key] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((item) => String((item.key as { value?: unknown } | null)?.value ?? item.key) === String(key));
      if (!pair) break;
      best = rangeLine(pair.key, counter) ?? best;
      if (keyLine && index === path.length - 1) return best;
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

/** The message's first line, without the colon yaml's pretty errors end it with before the source excerpt. */
function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/:\s*$/, "");
}

/**
 * A JSON Schema validator compiled ahead of time (Ajv's standalone code, see scripts/generate-validators.mjs): true or
 * false, and the errors of the last call. validateYamlAgainstSchema needs one compiled with `allErrors` and `verbose`.
 */
export type SchemaValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** One schema problem, in the user's words: where, what is expected. */
export interface SchemaProblem {
  line?: number;
  /** Dotted path like `projects[0].validate.fail-on`; "" for the top level. */
  path: string;
  message: string;
}

/**
 * Validate a YAML source against a JSON Schema, compiled ahead of time into `validate`. Every problem is reported (not only the first), each with its line
 * and the value expected ("`version` must be 1", "`validate.fail-on` must be one of: error, warning, never"), in one
 * ConfigurationError whose fix is `fix` (point it at the schema's documentation).
 */
export function validateYamlAgainstSchema(source: YamlSource, validate: SchemaValidator, fix: string): void {
  if (validate(source.value)) return;
  const problems = describeSchemaErrors(validate.errors ?? [], source);
  if (!problems.length) return;
  if (problems.length === 1) {
    const [only] = problems as [SchemaProblem];
    throw new ConfigurationError(only.message, { file: source.file, line: only.line, fix });
  }
  const list = problems.map((p) => `\n  ${p.line ? `line ${p.line}: ` : ""}${p.message}`).join("");
  throw new ConfigurationError(`${problems.length} problems:${list}\n`, { file: source.file, fix });
}

/** Turns ajv's errors into one problem per place, without the oneOf/anyOf noise, sorted by line. */
export function describeSchemaErrors(errors: ErrorObject[], source: YamlSource): SchemaProblem[] {
  const groups = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    if (error.keyword === "oneOf" || error.keyword === "anyOf" || error.keyword === "if") continue;
    const extra = error.keyword === "additionalProperties" ? `/${(error.params as { additionalProperty: string }).additionalProperty}` : "";
    const key = `${error.instancePath}${extra}\u0000${error.keyword === "additionalProperties" ? "extra" : ""}`;
    groups.set(key, [...(groups.get(key) ?? []), error]);
  }
  // A oneOf with no more specific error (e.g. both of two exclusive settings given) still says something.
  for (const error of errors) {
    if (error.keyword !== "oneOf") continue;
    const covered = [...groups.values()].some((g) => g.some((e) => e.instancePath === error.instancePath || e.instancePath.startsWith(`${error.instancePath}/`)));
    if (!covered) groups.set(`${error.instancePath}\u0000oneOf`, [error]);
  }
  // A value that took one branch of an anyOf/oneOf (a mapping) and failed deeper in it: the other branches' complaints
  // about the value itself ("must be one of: error, warning..." for a string shorthand) are noise beside the deeper one.
  const paths = [...groups.keys()].map((key) => key.split("\u0000")[0] as string);
  for (const [key, group] of groups) {
    const [path, kind] = key.split("\u0000") as [string, string];
    if (kind || !group.every((e) => e.keyword === "type" || e.keyword === "enum" || e.keyword === "const")) continue;
    if (paths.some((other) => other.startsWith(`${path}/`))) groups.delete(key);
  }
  const problems: SchemaProblem[] = [];
  for (const group of groups.values()) {
    const first = group[0] as ErrorObject;
    const keys = instancePathToKeys(first.instancePath);
    if (first.keyword === "additionalProperties") {
      const extra = (first.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys((first.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      problems.push({
        line: source.lineOf([...keys, extra], { key: true }),
        path: dotted([...keys, extra]),
        message: `unknown setting \`${dotted([...keys, extra])}\`${meant(extra, allowed)}${allowed.length ? ` (allowed here: ${allowed.join(", ")})` : ""}`,
      });
      continue;
    }
    const where = keys.length ? `\`${dotted(keys)}\`` : "the file";
    // Several branches of a oneOf: a type mismatch on one branch is noise when another branch got further. One of the
    // same schema as a more specific error is not (`min: -1.5`: a whole number, and at least 0).
    const specific = group.filter((e) => e.keyword !== "type");
    const relevant = specific.length ? group.filter((e) => e.keyword !== "type" || specific.some((s) => s.parentSchema === e.parentSchema)) : group;
    // A number is quoted as written (`1e12`, `.inf`, `2.5`): "must be a whole number, not 2.5".
    const number = typeof first.data === "number" ? (source.plainScalarText(keys) ?? String(first.data)) : undefined;
    const parts = new Set<string>();
    const required = relevant.filter((e) => e.keyword === "required").map((e) => (e.params as { missingProperty: string }).missingProperty);
    if (required.length) parts.add(`needs \`${[...new Set(required)].join("` or `")}\``);
    const types = relevant.filter((e) => e.keyword === "type").map((e) => String((e.params as { type: string | string[] }).type));
    const bounded = relevant.find((e) => RANGE_KEYWORDS.has(e.keyword));
    const range = bounded ? rangeOf(bounded.parentSchema) : undefined;
    if (types.length) parts.add(`must be ${[...new Set(types.flatMap((t) => t.split(",")))].map(article).join(" or ")}${range ? ` ${range}` : ""}`);
    else if (range) parts.add(`must be ${range}`);
    for (const e of relevant) {
      if (e.keyword === "required" || e.keyword === "type" || RANGE_KEYWORDS.has(e.keyword)) continue;
      parts.add(expectation(e));
    }
    const not = number !== undefined && (types.length || range) ? `, not ${number}` : "";
    problems.push({ line: source.lineOf(keys), path: dotted(keys), message: `${where} ${[...parts].join("; ")}${not}` });
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || a.path.localeCompare(b.path));
}

const RANGE_KEYWORDS = new Set(["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"]);

/** The allowed range a schema states, as "above 0 and at most 3600" (its bounds, both when it has two). */
function rangeOf(schema: unknown): string {
  const bounds = (schema ?? {}) as { minimum?: number; maximum?: number; exclusiveMinimum?: number; exclusiveMaximum?: number };
  const lower = bounds.exclusiveMinimum !== undefined ? `above ${bounds.exclusiveMinimum}` : bounds.minimum !== undefined ? `at least ${bounds.minimum}` : undefined;
  const upper = bounds.exclusiveMaximum !== undefined ? `below ${bounds.exclusiveMaximum}` : bounds.maximum !== undefined ? `at most ${bounds.maximum}` : undefined;
  return [lower, upper].filter(Boolean).join(" and ");
}

/** ": did you mean `fail-on`?" for a misspelt setting, else "". */
function meant(written: string, allowed: string[]): string {
  const nearest = nearestName(written, allowed);
  return nearest ? `: did you mean \`${nearest}\`?` : "";
}

function expectation(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "const":
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case "enum":
      return `must be one of: ${((params.allowedValues as unknown[]) ?? []).map(String).join(", ")}`;
    case "pattern": {
      const description = (error.parentSchema as { description?: string } | undefined)?.description;
      if (!description) return `must match ${String(params.pattern)}`;
      // "a size like 5MB" completes "must be"; a description written as a sentence ("A preview idle longer...") does not.
      return /^(a|an) /.test(description) ? `must be ${description.replace(/\.$/, "")} (pattern ${String(params.pattern)})` : `must match ${String(params.pattern)}: ${description.replace(/\.$/, "")}`;
    }
    case "oneOf":
      return "must match exactly one of the allowed forms (e.g. not two settings that exclude each other)";
    default:
      return error.message ?? "is invalid";
  }
}

function article(type: string): string {
  if (type === "integer") return "a whole number";
  if (type === "object") return "a mapping (key: value)";
  if (type === "array") return "a list";
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function dotted(keys: (string | number)[]): string {
  return keys.map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? k : `.${k}`)).join("");
}

function instancePathToKeys(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
