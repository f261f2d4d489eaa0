import { describe, expect, it } from "vitest";
import { parseYamlText } from "../../src/util/yaml-file.js";
import { isConfigurationError } from "../../src/errors.js";

/** The ConfigurationError parseYamlText throws for `text` (read as astro-ci.yaml is): its message, line and fix. */
function refusal(text: string): { message: string; line?: number; fix?: string } {
  try {
    parseYamlText(text, "astro-ci.yaml", { refuseMergeKeys: true });
  } catch (error) {
    if (!isConfigurationError(error)) throw error;
    return { message: error.message, line: error.line, fix: error.fix };
  }
  throw new Error("accepted");
}

describe("YAML type tags", () => {
  it("refuses !!omap, !!set, !!pairs, !!binary and custom tags, naming the line (they turned settings into a Map, a Set or bytes)", () => {
    expect(refusal("version: 1\nvalidate: !!omap\n  - fail-on: never\n")).toMatchObject({ line: 2, message: expect.stringContaining("!!omap") });
    expect(refusal("version: 1\nvalidate: !!set {no-such-setting}\n")).toMatchObject({ line: 2, message: expect.stringContaining("!!set") });
    expect(refusal("version: 1\ncommands:\n  permissions: !!pairs [{deploy: admin}]\n")).toMatchObject({ line: 3, message: expect.stringContaining("!!pairs") });
    expect(refusal("!!binary aGVsbG8=\n")).toMatchObject({ line: 1, message: expect.stringContaining("!!binary") });
    expect(refusal("version: 1\nname: !secret x\n")).toMatchObject({ line: 2, message: expect.stringContaining("!secret") });
  });

  it("reads plain values, also explicitly tagged as plain ones", () => {
    expect(parseYamlText("a: !!str 1\nb: !!int '2'\nc: [1, {d: !!bool true}]\ne: !!map {f: !!null ''}\n", "x.yaml").value).toEqual({ a: "1", b: 2, c: [1, { d: true }], e: { f: null } });
    // `!`, YAML's non-specific tag, makes a string.
    expect(parseYamlText("fail-on: ! error\nvalue: ! 5\n", "x.yaml").value).toEqual({ "fail-on": "error", value: "5" });
  });
});

describe("empty YAML", () => {
  it("an empty file, an empty value and a null document read as nulls", () => {
    expect(parseYamlText("", "x.yaml").value).toBeNull();
    expect(parseYamlText("a:\nb: ~\n", "x.yaml").value).toEqual({ a: null, b: null });
    expect(parseYamlText("# only a comment\n", "x.yaml").value).toBeNull();
  });
});

describe("aliases and merge keys, in the file's words", () => {
  it("an alias to no anchor names itself, its line and the anchor to add (it said 'YAML aliases expand too far: Unresolved alias')", () => {
    const refused = refusal("base: &b\n  fail-on: error\nvalidate:\n  exclude: []\nprojects: *nope\n");
    expect(refused).toEqual({
      message: "*nope refers to no anchor: no value before it is marked &nope",
      line: 5,
      fix: "mark the value to repeat with &nope above this line (e.g. `base: &nope`), or write the value out instead of *nope",
    });
    // An anchor set after its alias is no anchor yet: the first use is named.
    expect(refusal("a: *later\nb: &later 1\nc: *later\n")).toMatchObject({ line: 1, message: expect.stringContaining("*later refers to no anchor") });
  });

  it("aliases that expand too far keep their own message", () => {
    const lol = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 5 }, (_, i) => `${"bcdef"[i]}: &${"bcdef"[i]} [${Array(10).fill(`*${"abcde"[i]}`).join(", ")}]`)].join("\n");
    expect(refusal(`${lol}\n`).message).toMatch(/^YAML aliases expand too far/);
  });

  it("refuses a `<<` merge key on its line: YAML 1.2 has none, so the anchor's settings were silently not merged", () => {
    const refused = refusal("defaults: &defaults\n  fail-on: warning\nvalidate:\n  exclude: []\n  <<: *defaults\n");
    expect(refused).toEqual({
      message: "`<<` merge keys are not supported: astro-ci reads YAML 1.2, which has no merge key, so the anchor's settings would not be copied here",
      line: 5,
      fix: "write the settings out in this mapping instead of `<<: *anchor`",
    });
    expect(refusal("projects:\n  - <<: {path: a}\n    name: x\n")).toMatchObject({ line: 2 });
    // A quoted "<<" is an ordinary key, and an anchor used plainly is fine.
    expect(parseYamlText('"<<": 1\nbase: &b [a]\nexclude: *b\n', "x.yaml", { refuseMergeKeys: true }).value).toEqual({ "<<": 1, base: ["a"], exclude: ["a"] });
    // Files the Astro CLI reads too (its Go reader merges) are not refused for one.
    expect(parseYamlText("connections:\n  - <<: {conn_type: http}\n    conn_id: x\n", "airflow_settings.yaml").value).toEqual({ connections: [{ "<<": { conn_type: "http" }, conn_id: "x" }] });
  });
});
