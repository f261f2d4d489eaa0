import { beforeAll, describe, expect, it } from "vitest";
import { extractDagInventory } from "../../src/dags/inventory.js";
import { paramSchemaProblem, pyEqual, pyLiteral, type ParamSchema, type PyValue } from "../../src/dags/param-schema.js";
import { createPythonParser, type PythonParser } from "../../src/dags/python-parser.js";
import { SyntaxTree, type SyntaxNode } from "../../src/dags/syntax-tree.js";

/*
 * A Param default against its schema, as python-jsonschema judges it (Param.resolve, airflow/models/param.py at
 * 2.10.5). Each verdict below was checked with python-jsonschema (`jsonschema.validate(default, schema,
 * format_checker=FormatChecker())`); what DagBag does with such Params on a scheduled DAG is in the corpus
 * (dag-construction).
 */
let parser: PythonParser;
beforeAll(async () => {
  parser = await createPythonParser();
});

/** The value of a Python expression (plain str literals only: enough for these cases). */
function literal(expression: string): PyValue | undefined {
  const tree = new SyntaxTree(parser.parse(`x = ${expression}\n`));
  const value = tree.rootNode.namedChildren[0]?.namedChildren[0]?.childForFieldName("right") as SyntaxNode;
  return pyLiteral(value, { follow: (n) => n, string: (n) => (n.type === "string" && !/^[rbfu]/i.test(n.text) ? (JSON.parse(`"${n.text.slice(1, -1)}"`) as string) : undefined) });
}

/** paramSchemaProblem of `Param(<value>, **<schema>)` written as Python. */
function problem(value: string, schema: string): string | undefined {
  const given = literal(value);
  const keywords = literal(schema);
  if (!given || keywords?.kind !== "dict") throw new Error(`not a literal: ${value} / ${schema}`);
  return paramSchemaProblem(given, new Map(keywords.entries) as ParamSchema);
}

describe("paramSchemaProblem", () => {
  it.each([
    ['"w"', '{"const": "v"}', "is not its const='v'"],
    ["[1, 2]", '{"type": "array", "items": {"type": "string"}}', "has item [0] = 1, which is no string (type= of its items= schema)"],
    ["{}", '{"type": "object", "required": ["k"]}', "has no key 'k', which its required= asks for"],
    ['["a"]', '{"minItems": 2}', "has fewer items than its minItems=2"],
    ["[1, 2, 3]", '{"maxItems": 2}', "has more items than its maxItems=2"],
    ['"ab1"', '{"pattern": "^[a-z]+$"}', "does not match its pattern='^[a-z]+$'"],
    ['"a"', '{"minLength": 2}', "is shorter than its minLength=2"],
    ["True", '{"type": "integer"}', "is no integer (its type=)"],
    ["1", '{"enum": [True, "1"]}', "is not one of its enum= values"],
    ["True", '{"const": 1}', "is not its const=1"],
    ["2.5", '{"multipleOf": 1}', "is not a multiple of its multipleOf=1"],
    ["0.3", '{"multipleOf": 0.1}', "is not a multiple of its multipleOf=0.1"],
    ['{"k": "x"}', '{"properties": {"k": {"type": "integer"}}}', "has 'k': 'x', which is no integer (type= of its properties= schema for 'k')"],
    ['{"a": 1}', '{"maxProperties": 0}', "has more keys than its maxProperties=0"],
    ["[1]", '{"items": False}', "has items, which its items=False refuses"],
    ["-1", '{"minimum": 0}', "is less than its minimum=0"],
    // re.search without MULTILINE (checked with python3 re and real DagBag): `^` is the start only, `$` the end or
    // before a final newline only, `.` takes no newline.
    ['"a\\nb"', '{"pattern": "^b"}', "does not match its pattern='^b'"],
    ['"a\\nb"', '{"pattern": "a$"}', "does not match its pattern='a$'"],
    ['"a\\n\\n"', '{"pattern": "a$"}', "does not match its pattern='a$'"],
    ['"a\\nb"', '{"pattern": "a.b"}', "does not match its pattern='a.b'"],
  ])("Param(%s, **%s) is refused", (value, schema, reason) => {
    expect(problem(value, schema)).toBe(reason);
  });

  it.each([
    ['"v"', '{"const": "v"}'],
    ["1.0", '{"const": 1}'],
    ["[1.0]", '{"const": [1]}'],
    ['["x"]', '{"type": "array", "items": {"type": "string"}}'],
    ['{"k": 1}', '{"type": "object", "required": ["k"], "properties": {"k": {"type": "integer"}}}'],
    ["2.0", '{"type": "integer"}'],
    ["3", '{"type": "number", "multipleOf": 0.5}'],
    ['"abc"', '{"type": "string", "pattern": "^[a-z]+$", "minLength": 1}'],
    ['"xabcx"', '{"pattern": "abc"}'],
    ['"2024-01-01"', '{"format": "date"}'],
    ["5", '{"minLength": 10, "items": {"type": "string"}, "required": ["k"]}'],
    ["None", '{"type": ["null", "string"]}'],
    ['"ab\\n"', '{"pattern": "b$"}'],
    ['"a\\nb"', '{"pattern": "^a"}'],
    ['"a\\tb\\nc"', '{"pattern": "a\\\\sb\\\\s+c$"}'],
    ['"x$"', '{"pattern": "[$]"}'],
    ['"x$"', '{"pattern": "\\\\$"}'],
  ])("Param(%s, **%s) is accepted", (value, schema) => {
    expect(problem(value, schema)).toBeUndefined();
  });

  it.each([
    // $ref and $schema: resolution and another draft are not judged.
    ['"w"', '{"const": "v", "$ref": "#/$defs/x"}'],
    ['"w"', '{"$schema": "http://json-schema.org/draft-07/schema#", "const": "v"}'],
    ["[1]", '{"items": {"$ref": "#"}, "minItems": 0}'],
    // Keywords of a shape the metaschema refuses raise SchemaError, not the validation error the check words.
    ['"a"', '{"minLength": "2"}'],
    ['"a"', '{"type": "text"}'],
    ["{}", '{"required": ["k", "k"]}'],
    ["[1]", '{"items": [{"type": "string"}]}'],
    // items beside prefixItems (the items after the prefix).
    ["[1, 2]", '{"prefixItems": [{"type": "integer"}], "items": {"type": "string"}}'],
    // Patterns where Python's re and JavaScript's RegExp may differ.
    ['"ab"', '{"pattern": "(?P<x>c)"}'],
    ['"ab"', '{"pattern": "c\\\\Z"}'],
    ['"é"', '{"pattern": "^a"}'],
    ['"ab"', '{"pattern": "[]c]"}'],
    // A carriage return: Python's `.` takes it, JavaScript's does not.
    ['"a\\rb"', '{"pattern": "a.b"}'],
    // Containers holding bools: python-jsonschema's versions compare them differently in enum=.
    ["[True]", '{"enum": [[1]]}'],
  ])("Param(%s, **%s) is not judged", (value, schema) => {
    expect(problem(value, schema)).toBeUndefined();
  });

  it("judges format=\"date\" as the runtime's datetime.date.fromisoformat: Python 3.11+ also takes YYYYMMDD and week dates", () => {
    const date = (value: string, pythonVersion?: string): string | undefined => paramSchemaProblem({ kind: "str", value }, new Map([["format", { kind: "str", value: "date" }]]), { pythonVersion });
    // Python 3.11+ (and an unknown version): checked with python3.11's date.fromisoformat.
    for (const version of ["3.12", "3.11", undefined]) {
      for (const fine of ["2024-01-01", "20240101", "2024-W01-1", "2024W011", "2024-W01", "2024W01", "2020-W53-7", "2024-02-29", "20240229"]) expect(date(fine, version), `${fine} on ${version}`).toBeUndefined();
      for (const bad of ["2024-0101", "202401-01", "2024-W011", "2024W01-1", "2024-W00-1", "2024-W01-8", "2024-W54", "20240230", "2023-02-29", "2024-001", "2024-1-1", "2024-w01-1", "2024-01-01T00"]) {
        expect(date(bad, version), `${bad} on ${version}`).toContain("is no date of its format=\"date\"");
      }
    }
    // Python 3.10 and below: YYYY-MM-DD only.
    expect(date("2024-01-01", "3.10")).toBeUndefined();
    expect(date("20240101", "3.10")).toBe('is no date of its format="date" (YYYY-MM-DD on Python 3.10: Python\'s datetime.date.fromisoformat)');
    expect(date("2024-W01-1", "3.9")).toContain("is no date");
  });

  it("reads only what python-jsonschema types as JSON: no tuples, sets, bytes or big ints", () => {
    for (const expression of ["(1, 2)", "{1, 2}", 'b"x"', "2 ** 3", "9007199254740993", "{1: 2}", "[*a]"]) expect(literal(expression)).toBeUndefined();
    expect(literal("-2.0")).toEqual({ kind: "float", value: -2 });
    expect(literal("0x1F")).toEqual({ kind: "int", value: 31 });
  });

  it("compares as python-jsonschema's equal does: 1 == 1.0, a bool only equals a bool", () => {
    const eq = (a: string, b: string): boolean => pyEqual(literal(a) as PyValue, literal(b) as PyValue);
    expect(eq("1", "1.0")).toBe(true);
    expect(eq("True", "1")).toBe(false);
    expect(eq('{"a": [1]}', '{"a": [1.0]}')).toBe(true);
    expect(eq('"1"', "1")).toBe(false);
    expect(eq("None", "False")).toBe(false);
  });
});

describe("a DAG's params= (the inventory's DagInfo.invalidParams)", () => {
  /** The reasons given for `params={...}` of a DAG, after `from airflow.models.param import Param` and `before`. */
  function reasons(params: string, before = ""): string[] {
    const source = `from datetime import datetime\nfrom airflow import DAG\nfrom airflow.models.param import Param\n${before}\nwith DAG("d", schedule="@daily", start_date=datetime(2024, 1, 1), params={${params}}):\n    pass\n`;
    const inventory = extractDagInventory(parser.parse(source), source, "dags/x.py");
    return (inventory.dags[0]?.invalidParams ?? []).map((p) => `${p.name}: ${p.reason}`);
  }

  it("judges the schema keywords without type=, through module constants, and a schema= dict", () => {
    expect(reasons('"c": Param("w", const="v")')).toEqual(["c: has the default \"w\", which is not its const='v'"]);
    expect(reasons('"t": Param(TABLES, type="array", items=ITEM)', 'TABLES = [1]\nITEM = {"type": "string"}')).toEqual([
      "t: has the default TABLES, which has item [0] = 1, which is no string (type= of its items= schema)",
    ]);
    expect(reasons('"m": Param("fast", schema={"enum": ["full"]}, const="fast")')).toEqual(["m: has the default \"fast\", which is not one of its enum= values"]);
    expect(reasons('"o": Param({}, type="object", required=["k"])')).toEqual(["o: has the default {}, which has no key 'k', which its required= asks for"]);
  });

  it("judges format=\"date\" by the Python extractDagInventory is given (the runtime image's)", () => {
    const source = `from datetime import datetime\nfrom airflow import DAG\nfrom airflow.models.param import Param\nwith DAG("d", schedule="@daily", start_date=datetime(2024, 1, 1), params={"d": Param("20240101", type="string", format="date")}):\n    pass\n`;
    const invalid = (pythonVersion?: string): number => extractDagInventory(parser.parse(source), source, "dags/x.py", pythonVersion).dags[0]?.invalidParams?.length ?? 0;
    expect(invalid("3.12")).toBe(0);
    expect(invalid()).toBe(0);
    expect(invalid("3.10")).toBe(1);
  });

  it("says nothing for defaults or schemas it cannot read", () => {
    expect(reasons('"a": Param(make(), const="v")', "make = dict")).toEqual([]);
    expect(reasons('"b": Param("w", schema=SCHEMA)', "SCHEMA = build()")).toEqual([]);
    expect(reasons('"c": Param("w", const="v", **extra)', "extra = {}")).toEqual([]);
    expect(reasons('"d": Param(("a",), type="array", minItems=2)')).toEqual([]);
  });
});
