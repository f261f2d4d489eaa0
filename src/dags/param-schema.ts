import type { SyntaxNode as Node } from "./syntax-tree.js";

/**
 * A Param's default as python-jsonschema sees it: Airflow 2.10's `Param.resolve` (airflow/models/param.py at 2.10.5)
 * runs `jsonschema.validate(default, schema, format_checker=FormatChecker())`, the Param's schema being its keywords
 * (or its `schema=` dict) and the validator the newest draft (2020-12: no `$schema` is given). `int` and `float` are
 * kept apart: `multipleOf=2.0` divides, `multipleOf=2` takes the remainder. Tuples, sets and bytes are no JSON values
 * python-jsonschema types as such (a tuple is no "array"): not read.
 */
export type PyValue =
  | { kind: "none" }
  | { kind: "bool"; value: boolean }
  | { kind: "int" | "float"; value: number }
  | { kind: "str"; value: string }
  | { kind: "list"; items: PyValue[] }
  | { kind: "dict"; entries: Map<string, PyValue> };

/** A schema's keywords; undefined for a keyword whose value is no literal (not judged). */
export type ParamSchema = Map<string, PyValue | undefined>;

/** How pyLiteral reads names and strings (the inventory's module bindings and string decoding). */
export interface LiteralReader {
  /** A module-level name bound once to a value: that value's node; else the node itself. */
  follow(node: Node): Node;
  /** A str literal's value (undefined for f-strings, bytes, `\N{...}`). */
  string(node: Node): string | undefined;
}

/** Nesting read at most (a deeper literal is not judged). */
const MAX_DEPTH = 16;

/**
 * The Python value of a literal expression (`None`, `True`, numbers with a sign, str literals, lists and dicts of
 * those with str keys, module-level names bound once to one); undefined for anything else or an int beyond 2^53.
 */
export function pyLiteral(node: Node, read: LiteralReader, depth = 0): PyValue | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const value = node.type === "identifier" ? read.follow(node) : node;
  const items = (): Node[] => value.namedChildren.filter((c): c is Node => !!c && c.type !== "comment");
  switch (value.type) {
    case "none":
      return { kind: "none" };
    case "true":
    case "false":
      return { kind: "bool", value: value.type === "true" };
    case "integer":
    case "float":
      return numberOf(value.type, value.text, 1);
    case "unary_operator": {
      const sign = value.childForFieldName("operator")?.type;
      const operand = value.childForFieldName("argument");
      if ((sign !== "-" && sign !== "+") || (operand?.type !== "integer" && operand?.type !== "float")) return undefined;
      return numberOf(operand.type, operand.text, sign === "-" ? -1 : 1);
    }
    case "string":
    case "concatenated_string": {
      const text = read.string(value);
      return text === undefined ? undefined : { kind: "str", value: text };
    }
    case "parenthesized_expression": {
      const inner = items();
      return inner.length === 1 ? pyLiteral(inner[0] as Node, read, depth + 1) : undefined;
    }
    case "list": {
      const out: PyValue[] = [];
      for (const item of items()) {
        const v = pyLiteral(item, read, depth + 1);
        if (!v) return undefined;
        out.push(v);
      }
      return { kind: "list", items: out };
    }
    case "dictionary": {
      const entries = new Map<string, PyValue>();
      for (const pair of items()) {
        const key = pair.type === "pair" ? pair.childForFieldName("key") : undefined;
        const item = pair.type === "pair" ? pair.childForFieldName("value") : undefined;
        const name = key && (key.type === "string" || key.type === "concatenated_string") ? read.string(key) : undefined;
        const v = item ? pyLiteral(item, read, depth + 1) : undefined;
        if (name === undefined || !v) return undefined;
        entries.set(name, v);
      }
      return { kind: "dict", entries };
    }
    default:
      return undefined;
  }
}

function numberOf(type: "integer" | "float", text: string, sign: 1 | -1): PyValue | undefined {
  if (/[jJ]$/.test(text)) return undefined;
  const value = Number(text.replace(/_/g, "")) * sign;
  if (type === "integer") return Number.isSafeInteger(value) ? { kind: "int", value } : undefined;
  return Number.isFinite(value) ? { kind: "float", value } : undefined;
}

/** The JSON schema types python-jsonschema's draft 2020-12 type checker knows. */
const JSON_TYPES = new Set(["null", "boolean", "integer", "number", "string", "array", "object"]);

/** Not certain (a `$ref`, a `$schema`, a judged keyword of a shape the metaschema refuses): say nothing at all. */
const UNSURE = Symbol("unsure");
type Verdict = string | undefined | typeof UNSURE;

/**
 * Why python-jsonschema refuses `value` under `schema`, in words after "which" ("is no integer (its type=)", "has
 * item [0] = 1, which is no string (type= of its items= schema)"); undefined when it accepts it or when that is not
 * certain. Judged, as python-jsonschema 4.x judges them: `type`, `enum` and `const` (its `equal`: `1 == 1.0`, a bool
 * equals only a bool), `minimum`/`maximum` and their exclusive forms and `multipleOf` for numbers (not bools),
 * `minLength`/`maxLength` (code points), `pattern` (`re.search`, for patterns and values where Python's and
 * JavaScript's regular expressions agree: printable ASCII, no Python-only syntax) and `format` "date" and "ipv4" for
 * strings, `items` (a schema; not beside `prefixItems`), `minItems`/`maxItems` for lists, `required`, `properties`,
 * `minProperties`/`maxProperties` for dicts. Keywords not listed are not judged (an unknown one is ignored by
 * python-jsonschema too; others may refuse more); a schema with a `$` keyword anywhere judged (`$ref`, `$schema`,
 * `$defs`) and a judged keyword of a shape the metaschema refuses (SchemaError, not a validation error) say nothing.
 */
export function paramSchemaProblem(value: PyValue, schema: ParamSchema, options: ParamSchemaOptions = {}): string | undefined {
  const verdict = judge(value, schema, undefined, options);
  return verdict === UNSURE ? undefined : verdict;
}

/** What the judgement depends on beyond the schema. */
export interface ParamSchemaOptions {
  /**
   * The Python of the runtime image ("3.12"): its `datetime.date.fromisoformat` decides format "date" (isIsoDate).
   * Unknown: what any Python accepts is accepted.
   */
  pythonVersion?: string;
}

/** `owner`: the sub-schema judged ("its items= schema"), undefined for the Param's own. */
function judge(value: PyValue, schema: ParamSchema, owner: string | undefined, options: ParamSchemaOptions): Verdict {
  if ([...schema.keys()].some((k) => k.startsWith("$"))) return UNSURE;
  const known = (name: string): PyValue | undefined => schema.get(name);
  /** A keyword with its value as the words name it: `its minimum=1`, `minimum=1 of its items= schema`. */
  const where = (name: string, shown: string | number = ""): string => (owner === undefined ? `its ${name}=${shown}` : `${name}=${shown} of ${owner}`);
  const numeric = value.kind === "int" || value.kind === "float" ? value.value : undefined;

  const typeValue = known("type");
  if (typeValue) {
    const types = typeValue.kind === "str" ? [typeValue.value] : typeValue.kind === "list" && typeValue.items.length && typeValue.items.every((t) => t.kind === "str") ? typeValue.items.map((t) => (t as { value: string }).value) : undefined;
    if (!types || types.some((t) => !JSON_TYPES.has(t)) || new Set(types).size !== types.length) return UNSURE;
    if (!types.some((t) => isOfType(value, t))) return `is no ${types.join(" or ")} (${where("type")})`;
  }
  const enumValue = known("enum");
  if (enumValue) {
    if (enumValue.kind !== "list") return UNSURE;
    // python-jsonschema 4.10 compares containers with `in` (True == 1 there), 4.18+ with `equal`: only bool-free ones.
    if ((value.kind === "list" || value.kind === "dict") && holdsBool(value)) return UNSURE;
    if (enumValue.items.some((item) => (item.kind === "list" || item.kind === "dict") && holdsBool(item))) return UNSURE;
    if (!enumValue.items.some((item) => pyEqual(item, value))) return owner === undefined ? "is not one of its enum= values" : `is not one of the enum= values of ${owner}`;
  }
  const constValue = known("const");
  if (constValue && !pyEqual(constValue, value)) return `is not ${where("const", shortRepr(constValue))}`;

  if (numeric !== undefined) {
    const bound = (name: string): number | undefined | typeof UNSURE => {
      const v = known(name);
      if (!v) return undefined;
      return v.kind === "int" || v.kind === "float" ? v.value : UNSURE;
    };
    const minimum = bound("minimum");
    const maximum = bound("maximum");
    const exclusiveMinimum = bound("exclusiveMinimum");
    const exclusiveMaximum = bound("exclusiveMaximum");
    if (minimum === UNSURE || maximum === UNSURE || exclusiveMinimum === UNSURE || exclusiveMaximum === UNSURE) return UNSURE;
    if (minimum !== undefined && numeric < minimum) return `is less than ${where("minimum", minimum)}`;
    if (maximum !== undefined && numeric > maximum) return `is more than ${where("maximum", maximum)}`;
    if (exclusiveMinimum !== undefined && numeric <= exclusiveMinimum) return `is not above ${where("exclusiveMinimum", exclusiveMinimum)}`;
    if (exclusiveMaximum !== undefined && numeric >= exclusiveMaximum) return `is not below ${where("exclusiveMaximum", exclusiveMaximum)}`;
    const multipleOf = known("multipleOf");
    if (multipleOf) {
      if ((multipleOf.kind !== "int" && multipleOf.kind !== "float") || multipleOf.value <= 0) return UNSURE;
      // `instance % dB` for an int dB, else whether `instance / dB` is a whole number (_validators.multipleOf).
      const quotient = numeric / multipleOf.value;
      if (multipleOf.kind === "float" && !Number.isFinite(quotient)) return UNSURE;
      const failed = multipleOf.kind === "int" ? numeric % multipleOf.value !== 0 : Math.trunc(quotient) !== quotient;
      if (failed) return `is not a multiple of ${where("multipleOf", multipleOf.value)}`;
    }
  }

  if (value.kind === "str") {
    const length = [...value.value].length;
    const minLength = count(known("minLength"));
    const maxLength = count(known("maxLength"));
    if (minLength === UNSURE || maxLength === UNSURE) return UNSURE;
    if (minLength !== undefined && length < minLength) return `is shorter than ${where("minLength", minLength)}`;
    if (maxLength !== undefined && length > maxLength) return `is longer than ${where("maxLength", maxLength)}`;
    const pattern = known("pattern");
    if (pattern) {
      if (pattern.kind !== "str") return UNSURE;
      const found = searchesAlike(pattern.value, value.value);
      if (found === false) return `does not match ${where("pattern", shortRepr(pattern))}`;
    }
    const format = known("format");
    if (format?.kind === "str") {
      if (format.value === "date" && !isIsoDate(value.value, options.pythonVersion)) {
        return `is no date of ${where("format", '"date"')} (${isoDateForms(options.pythonVersion)}: Python's datetime.date.fromisoformat)`;
      }
      if (format.value === "ipv4" && !/^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(value.value)) return `is no IPv4 address of ${where("format", '"ipv4"')}`;
    }
  }

  if (value.kind === "list") {
    const minItems = count(known("minItems"));
    const maxItems = count(known("maxItems"));
    if (minItems === UNSURE || maxItems === UNSURE) return UNSURE;
    if (minItems !== undefined && value.items.length < minItems) return `has fewer items than ${where("minItems", minItems)}`;
    if (maxItems !== undefined && value.items.length > maxItems) return `has more items than ${where("maxItems", maxItems)}`;
    const items = known("items");
    if (items && !schema.has("prefixItems")) {
      if (items.kind === "bool") {
        if (!items.value && value.items.length) return `has items, which ${where("items", "False")} refuses`;
      } else if (items.kind === "dict") {
        for (const [index, item] of value.items.entries()) {
          const inner = judge(item, items.entries, owner === undefined ? "its items= schema" : `the items= schema of ${owner}`, options);
          if (inner === UNSURE) return UNSURE;
          if (inner) return `has item [${index}] = ${shortRepr(item)}, which ${inner}`;
        }
      } else return UNSURE;
    }
  }

  if (value.kind === "dict") {
    const required = known("required");
    if (required) {
      if (required.kind !== "list" || !required.items.every((r) => r.kind === "str")) return UNSURE;
      const names = required.items.map((r) => (r as { value: string }).value);
      if (new Set(names).size !== names.length) return UNSURE;
      const missing = names.find((name) => !value.entries.has(name));
      if (missing !== undefined) return `has no key '${missing}', which ${where("required")} asks for`;
    }
    const minProperties = count(known("minProperties"));
    const maxProperties = count(known("maxProperties"));
    if (minProperties === UNSURE || maxProperties === UNSURE) return UNSURE;
    if (minProperties !== undefined && value.entries.size < minProperties) return `has fewer keys than ${where("minProperties", minProperties)}`;
    if (maxProperties !== undefined && value.entries.size > maxProperties) return `has more keys than ${where("maxProperties", maxProperties)}`;
    const properties = known("properties");
    if (properties) {
      if (properties.kind !== "dict") return UNSURE;
      for (const [name, sub] of properties.entries) {
        const item = value.entries.get(name);
        if (!item) continue;
        if (sub.kind === "bool") {
          if (!sub.value) return `has the key '${name}', which ${where("properties")} refuses`;
          continue;
        }
        if (sub.kind !== "dict") return UNSURE;
        const inner = judge(item, sub.entries, owner === undefined ? `its properties= schema for '${name}'` : `the properties= schema for '${name}' of ${owner}`, options);
        if (inner === UNSURE) return UNSURE;
        if (inner) return `has '${name}': ${shortRepr(item)}, which ${inner}`;
      }
    }
  }
  return undefined;
}

/** python-jsonschema's type checker (draft 2020-12): a bool is no number, a whole float is an integer. */
function isOfType(value: PyValue, type: string): boolean {
  switch (type) {
    case "null":
      return value.kind === "none";
    case "boolean":
      return value.kind === "bool";
    case "integer":
      return value.kind === "int" || (value.kind === "float" && Number.isInteger(value.value));
    case "number":
      return value.kind === "int" || value.kind === "float";
    case "string":
      return value.kind === "str";
    case "array":
      return value.kind === "list";
    default:
      return value.kind === "dict";
  }
}

/** A non-negative whole count of the metaschema (`minLength=2`, `2.0` too); UNSURE for another value. */
function count(value: PyValue | undefined): number | undefined | typeof UNSURE {
  if (!value) return undefined;
  return (value.kind === "int" || value.kind === "float") && Number.isInteger(value.value) && value.value >= 0 ? value.value : UNSURE;
}

function holdsBool(value: PyValue): boolean {
  if (value.kind === "bool") return true;
  if (value.kind === "list") return value.items.some(holdsBool);
  if (value.kind === "dict") return [...value.entries.values()].some(holdsBool);
  return false;
}

/** python-jsonschema's `_utils.equal`: strings only equal strings, containers item by item, a bool only a bool, `1 == 1.0`. */
export function pyEqual(a: PyValue, b: PyValue): boolean {
  if (a.kind === "str" || b.kind === "str") return a.kind === "str" && b.kind === "str" && a.value === b.value;
  if (a.kind === "list" && b.kind === "list") return a.items.length === b.items.length && a.items.every((item, i) => pyEqual(item, b.items[i] as PyValue));
  if (a.kind === "dict" && b.kind === "dict") {
    return a.entries.size === b.entries.size && [...a.entries].every(([key, item]) => b.entries.has(key) && pyEqual(item, b.entries.get(key) as PyValue));
  }
  if (a.kind === "none" || b.kind === "none") return a.kind === b.kind;
  if (a.kind === "bool" || b.kind === "bool") return a.kind === "bool" && b.kind === "bool" && a.value === b.value;
  if ((a.kind === "int" || a.kind === "float") && (b.kind === "int" || b.kind === "float")) return a.value === b.value;
  return false;
}

/** Python's repr of a value, cut at 40 characters. */
function shortRepr(value: PyValue): string {
  const text = repr(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function repr(value: PyValue): string {
  switch (value.kind) {
    case "none":
      return "None";
    case "bool":
      return value.value ? "True" : "False";
    case "int":
      return String(value.value);
    case "float":
      return Number.isInteger(value.value) ? `${value.value}.0` : String(value.value);
    case "str":
      return `'${value.value.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n")}'`;
    case "list":
      return `[${value.items.map(repr).join(", ")}]`;
    default:
      return `{${[...value.entries].map(([k, v]) => `'${k}': ${repr(v)}`).join(", ")}}`;
  }
}

/**
 * `re.search(pattern, text)` when Python's `re` and JavaScript's RegExp (unicode mode) certainly agree on it, else
 * undefined: a printable ASCII pattern and a text of printable ASCII, tabs and newlines (so `\d`, `\w`, `\s`, `\b`,
 * `.` and `^` mean the same: neither `.` matches a newline, `^` is the string's start without MULTILINE), no group
 * syntax but `(?:`, `(?=` and `(?!` (Python's `(?P<name>`, inline flags, lookbehind), no escaped letter but
 * `\d \D \w \W \s \S \b \B` and no escaped digit (backreferences, octal), no `[]`/`[^]` (a literal `]` in Python, an
 * empty set in JavaScript) and no `{,n}`; what JavaScript cannot compile is not judged either. Python's `$` also
 * matches before a newline ending the text (`re.search("b$", "ab\n")` finds it): it is run as `(?=\n?$)`.
 */
function searchesAlike(pattern: string, text: string): boolean | undefined {
  if (!/^[\x20-\x7e]*$/.test(pattern) || !/^[\x20-\x7e\t\n]*$/.test(text)) return undefined;
  if (/\(\?(?![:=!])/.test(pattern) || /\\(?![dDwWsSbB])[A-Za-z0-9]/.test(pattern) || /\[\^?\]/.test(pattern) || /\{,/.test(pattern)) return undefined;
  try {
    return new RegExp(pythonEndAnchors(pattern), "u").test(text);
  } catch {
    return undefined;
  }
}

/** `pattern` with each `$` outside a character class and not escaped written as `(?=\n?$)`, Python's `$` without MULTILINE. */
function pythonEndAnchors(pattern: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === "\\") {
      out += pattern.slice(i, i + 2);
      i++;
    } else if (inClass) {
      out += c;
      if (c === "]") inClass = false;
    } else {
      if (c === "[") inClass = true;
      out += c === "$" ? "(?=\\n?$)" : c;
    }
  }
  return out;
}

/**
 * python-jsonschema's "date" format (`instance.isascii() and datetime.date.fromisoformat(instance)`, jsonschema
 * `_format.is_date`): on Python 3.10 and below `YYYY-MM-DD` only; from Python 3.11 also `YYYYMMDD` and ISO week dates
 * (`YYYY-Www`, `YYYY-Www-D`, `YYYYWww`, `YYYYWwwD`: week 01–53, day 1–7; a week 53 the year lacks, or a week date outside
 * years 1–9999, is not judged). A real calendar date either way. `pythonVersion` unknown: what 3.11+ accepts.
 */
function isIsoDate(text: string, pythonVersion: string | undefined): boolean {
  const modern = !isPythonBefore311(pythonVersion);
  const match = (modern ? /^(\d{4})(?:-(\d{2})-|(\d{2}))(\d{2})$/ : /^(\d{4})-(\d{2})-()(\d{2})$/).exec(text);
  if (!match) {
    const week = modern ? /^\d{4}(?:-W(\d{2})(?:-([1-7]))?|W(\d{2})([1-7])?)$/.exec(text) : null;
    const number = Number(week?.[1] ?? week?.[3]);
    return !!week && number >= 1 && number <= 53;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2] || match[3]), Number(match[4])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate() || (month === 2 && day === 29 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
}

/** The forms isIsoDate accepts, in words. */
function isoDateForms(pythonVersion: string | undefined): string {
  return isPythonBefore311(pythonVersion) ? `YYYY-MM-DD on Python ${pythonVersion}` : "YYYY-MM-DD, YYYYMMDD or an ISO week date such as 2024-W01-1";
}

/** A known Python version ("3.10", "3.9.18") older than 3.11. */
function isPythonBefore311(pythonVersion: string | undefined): boolean {
  const parts = /^(\d+)\.(\d+)/.exec(pythonVersion ?? "");
  return !!parts && (Number(parts[1]) < 3 || (Number(parts[1]) === 3 && Number(parts[2]) < 11));
}
