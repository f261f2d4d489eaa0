/**
 * Options every command parses the same way (src/cli/parse-args.ts): one that takes a single value given twice, or
 * given an empty value, is exit 2 naming it and the fix. Node's parser kept the last value (`--format json --format
 * text` printed text) and took `--output ""` (the report then went to the current folder's path).
 */
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { parseCommandArgs } from "../../src/cli/parse-args.js";
import { isConfigurationError } from "../../src/errors.js";
import { makeTempTree } from "../support/temp-dir.js";

const trees: { cleanup(): void }[] = [];
afterEach(() => trees.splice(0).forEach((t) => t.cleanup()));

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const t = makeTempTree({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.7.1\n", "dags/.keep": "", "tests/test_a.py": "def test_a():\n    pass\n" });
  trees.push(t);
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: t.dir, isTty: false, env: {} });
  return { code, stdout, stderr };
}

function refusal(args: string[]): { message: string; fix?: string } {
  try {
    parseCommandArgs("validate-dags", args, { format: { type: "string", default: "text" }, path: { type: "string", multiple: true }, force: { type: "boolean" } });
  } catch (error) {
    if (!isConfigurationError(error)) throw error;
    return { message: error.message, fix: error.fix };
  }
  throw new Error("accepted");
}

describe("an option that takes one value, given twice", () => {
  it("is refused naming the option and both values", () => {
    expect(refusal(["--format", "json", "--format", "text"])).toEqual({ message: "--format was given twice ('json', then 'text'): it takes one value", fix: "give --format once" });
    expect(refusal(["--format=json", "--format", "json"]).message).toBe("--format was given twice ('json', then 'json'): it takes one value");
  });

  it("a repeatable option (multiple) and a repeated switch are taken", () => {
    const { values } = parseCommandArgs("test", ["--path", "a", "--path", "b", "--force", "--force"], { path: { type: "string", multiple: true }, force: { type: "boolean" } });
    expect(values).toEqual({ path: ["a", "b"], force: true });
  });

  it.each([
    [["validate-dags", ".", "--format", "json", "--format", "text"], "--format was given twice ('json', then 'text')"],
    [["validate-dags", ".", "--config", "a.yaml", "--config", "b.yaml"], "--config was given twice ('a.yaml', then 'b.yaml')"],
    [["test", ".", "--timeout", "10m", "--timeout", "1h"], "--timeout was given twice ('10m', then '1h')"],
    [["deploy", ".", "--deployment-id", "a", "--deployment-id", "b"], "--deployment-id was given twice ('a', then 'b')"],
    [["drift", ".", "--deployment", "a", "--deployment", "b"], "--deployment was given twice ('a', then 'b')"],
    [["teardown", "--stale", "--ttl", "1d", "--ttl", "2d"], "--ttl was given twice ('1d', then '2d')"],
  ])("%j: exit 2", async (args, expected) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`astro-ci: ${expected}: it takes one value Fix: give ${expected.split(" ")[0]} once`);
    expect(run.stdout).toBe("");
  });

  it("test --path is repeatable, as documented", async () => {
    const run = await cli(["test", ".", "--airflow", "none", "--path", "tests", "--path", "tests/test_a.py", "--repo-root", "."]);
    expect(run.stderr).not.toContain("given twice");
  });
});

describe("an empty value", () => {
  it.each([
    [["validate-dags", ".", "--output", ""], "--output"],
    [["validate-dags", ".", "--output="], "--output"],
    [["validate-dags", ".", "--config", ""], "--config"],
    [["validate-dags", ".", "--cache", ""], "--cache"],
    [["validate-dags", ".", "--repo-root", ""], "--repo-root"],
    [["validate-dags", ".", "--base="], "--base"],
    [["test", ".", "--path", ""], "--path"],
    [["test", ".", "--work-dir", ""], "--work-dir"],
    [["deploy", ".", "--output", ""], "--output"],
    [["drift", ".", "--write-file", ""], "--write-file"],
    [["connections", "sync", ".", "--settings", ""], "--settings"],
    [["command", "--event", ""], "--event"],
  ])("%j: exit 2 naming the option and the fix", async (args, option) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`astro-ci: ${option} was given an empty value Fix: give ${option} a value, or leave it out for its default (run \`astro-ci ${args[0] === "connections" ? "connections sync" : args[0]} --help\` for its options)\n`);
  });
});
