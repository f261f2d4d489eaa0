// Extracts the operations astro-ci calls from GitHub's official OpenAPI description (npm package @octokit/openapi)
// into __tests__/fixtures/github/openapi-subset.json, which the GitHub API emulator validates every request against.
// The package is ~400 MB, so it is not a dependency: install it anywhere and pass its folder:
//   npm i --prefix /tmp/octokit-openapi @octokit/openapi && node scripts/extract-github-openapi-subset.mjs /tmp/octokit-openapi/node_modules/@octokit/openapi
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const OPERATIONS = [
  "checks/create",
  "checks/update",
  "checks/get",
  "checks/list-annotations",
  "checks/list-for-ref",
  "issues/list-comments",
  "issues/create-comment",
  "issues/update-comment",
  "issues/delete-comment",
  "issues/create",
  "issues/get",
  "issues/update",
  "issues/list-for-repo",
  "issues/create-label",
  "issues/get-label",
  "git/create-ref",
  "git/get-ref",
  "git/delete-ref",
  "git/list-matching-refs",
  "pulls/list",
  "reactions/create-for-issue-comment",
  "pulls/get",
  "repos/create-commit-status",
  "repos/create-deployment",
  "repos/create-deployment-status",
  "repos/list-deployments",
  "repos/list-deployment-statuses",
  "repos/delete-deployment",
  "repos/get-collaborator-permission-level",
  "repos/get",
  "rate-limit/get",
  "users/get-authenticated",
];

const packageDir = process.argv[2];
if (!packageDir) {
  console.error("usage: node scripts/extract-github-openapi-subset.mjs <path to node_modules/@octokit/openapi>");
  process.exit(2);
}
const version = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")).version;
const spec = JSON.parse(readFileSync(join(packageDir, "generated", "api.github.com.deref.json"), "utf8"));

// Examples and GitHub's doc extensions are not needed to validate, and make up most of the size.
function strip(value) {
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === "object") {
    const out = {};
    for (const [key, child] of Object.entries(value)) {
      if (key === "examples" || key === "example" || key.startsWith("x-")) continue;
      out[key] = strip(child);
    }
    return out;
  }
  return value;
}

const paths = {};
const found = new Set();
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, operation] of Object.entries(item)) {
    if (!OPERATIONS.includes(operation?.operationId)) continue;
    found.add(operation.operationId);
    paths[path] ??= {};
    paths[path][method] = strip(operation);
  }
}
const missing = OPERATIONS.filter((op) => !found.has(op));
if (missing.length) {
  console.error(`operations not in the spec: ${missing.join(", ")}`);
  process.exit(1);
}
const subset = {
  openapi: spec.openapi,
  info: { ...spec.info, "x-astro-ci-source": `@octokit/openapi@${version} generated/api.github.com.deref.json`, "x-astro-ci-operations": OPERATIONS },
  servers: spec.servers,
  paths,
};
writeFileSync(new URL("../__tests__/fixtures/github/openapi-subset.json", import.meta.url), JSON.stringify(subset) + "\n");
console.log(`wrote ${Object.keys(paths).length} paths, ${found.size} operations from @octokit/openapi@${version}`);
