import { describe, expect, it } from "vitest";
import { isRepositoryName } from "../../src/github/context.js";

describe("a repository as GitHub names one", () => {
  it.each(["octo/hello-world", "a/b", "Octo-Org/repo.name_1", "o/.github", "o/..x", "emu-user_acme/r", `${"a".repeat(39)}/${"r".repeat(100)}`])("%s is owner/name", (name) => {
    expect(isRepositoryName(name)).toBe(true);
  });

  it.each(["../x", "o/..", "o/.", "-o/r", "o/r/x", "o r/x", "https://github.com/o/r", "o/", "/r", `${"a".repeat(101)}/r`, `o/${"r".repeat(101)}`, "o/r\n", "_o/r"])("%j is not (it would reach another API path, or GitHub has no such name)", (name) => {
    expect(isRepositoryName(name)).toBe(false);
  });
});
