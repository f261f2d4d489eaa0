import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_PREVIEW_NAME, previewName, readPreviewSettings } from "../../src/previews/settings.js";
import { parseYamlText } from "../../src/util/yaml-file.js";

const anyBranch = fc.string({ minLength: 1, maxLength: 300, unit: fc.oneof(fc.constantFrom("/", "-", "_", ".", " ", "é", "🚀", "\u0000", "'"), fc.string({ minLength: 1, maxLength: 1 })) });
const anyPr = fc.integer({ min: 1, max: 10_000_000 });
const patterns = fc.constantFrom("{project}-pr-{pr}", "{repo}/{branch}#{pr}", "{branch}-{pr}", "pr-{pr}-{branch}-{project}-{repo}", "{pr}", "{branch}-{pr}-{branch}");

describe("preview names", () => {
  it("any branch and PR number give a valid Astro name within the cap", () => {
    fc.assert(
      fc.property(patterns, anyBranch, anyPr, fc.string({ maxLength: 80 }), (pattern, branch, pr, project) => {
        const name = previewName(pattern, { project, pr, branch, repo: "octo/repo" });
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(MAX_PREVIEW_NAME);
        expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]*$/);
        expect(name).not.toMatch(/[-_]$/);
      }),
      { numRuns: 2000 },
    );
  });

  it("distinct pull requests get distinct names, whatever the branches", () => {
    fc.assert(
      fc.property(patterns, anyBranch, anyBranch, anyPr, anyPr, (pattern, b1, b2, pr1, pr2) => {
        fc.pre(pr1 !== pr2);
        const a = previewName(pattern, { project: "analytics", pr: pr1, branch: b1, repo: "octo/repo" });
        const b = previewName(pattern, { project: "analytics", pr: pr2, branch: b2, repo: "octo/repo" });
        expect(a).not.toBe(b);
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps short names readable, and cuts long ones with a hash", () => {
    expect(previewName("{project}-pr-{pr}", { project: "analytics", pr: 42, branch: "feature/x", repo: "o/r" })).toBe("analytics-pr-42");
    expect(previewName("{branch}-{pr}", { project: "p", pr: 7, branch: "feature/x", repo: "o/r" })).toBe("feature-x-7");
    const long = previewName("{branch}-{pr}", { project: "p", pr: 7, branch: "x".repeat(200), repo: "o/r" });
    expect(long).toMatch(/^x{54}-[0-9a-f]{8}$/);
  });

  it("reads previews: with defaults, a per-project override, and rejects a name without {pr}", () => {
    const source = parseYamlText("previews:\n  template-deployment-name: staging\n  ttl: 72h\nprojects:\n  - path: ml\n    previews:\n      template-deployment-id: clx\n      max: 3\n", "astro-ci.yaml");
    expect(readPreviewSettings(source, "")).toMatchObject({ template: { deploymentName: "staging" }, name: "{project}-pr-{pr}", ttlMs: 72 * 3_600_000, max: 10, forks: false, developmentMode: true, copyFromTemplate: true });
    expect(() => readPreviewSettings(source, "ml")).toThrow(/both template-deployment-id and template-deployment-name/);
    expect(readPreviewSettings(parseYamlText("version: 1\n", "astro-ci.yaml"), "")).toBeUndefined();
    expect(() => readPreviewSettings(parseYamlText("previews:\n  template-deployment-id: x\n  name: \"{branch}\"\n", "astro-ci.yaml"), "")).toThrow(expect.objectContaining({ message: expect.stringContaining("does not contain {pr}"), line: 3 }));
  });
});

describe("preview name patterns", () => {
  it("refuse {pr} run into a letter, digit or token", () => {
    for (const name of ["{branch}{pr}", "pr{pr}", "{pr}x", "{pr}{branch}"]) {
      expect(() => readPreviewSettings(parseYamlText(`previews:\n  template-deployment-id: x\n  name: "${name}"\n`, "astro-ci.yaml"), ""), name).toThrow(/runs \{pr\} into/);
    }
    expect(readPreviewSettings(parseYamlText(`previews:\n  template-deployment-id: x\n  name: "{repo}/pr-{pr}"\n`, "astro-ci.yaml"), "")?.name).toBe("{repo}/pr-{pr}");
  });
});
