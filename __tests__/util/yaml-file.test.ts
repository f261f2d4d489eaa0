import { describe, expect, it } from "vitest";
import { parseYamlText } from "../../src/util/yaml-file.js";
import { isConfigurationError } from "../../src/errors.js";

/** The ConfigurationError parseYamlText throws for `text`: its message, line and fix. */
function refusal(text: string): { message: string; line?: number; fix?: string } {
  try {
    parseYamlText(text, "astro-ci.yaml");
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
