// One esbuild config for every action and the CLI: shared chunks, thin entries, wasm copied beside them.
import { build } from "esbuild";
import { chmodSync, cpSync, mkdirSync, readFileSync, rmSync, readdirSync, existsSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
// `--outdir DIR` builds elsewhere: the dist freshness test compares such a build with the committed dist/.
const outdirFlag = process.argv.indexOf("--outdir");
const outdir = outdirFlag > 0 ? process.argv[outdirFlag + 1] : "dist";

/** Output name → source entry. Each actions/<name>/action.yml runs dist/<name>.js. */
const entryPoints = {
  "validate-dags": "src/entries/validate-dags.ts",
  cli: "src/entries/cli.ts",
  "ruff-lane": "src/entries/ruff-lane.ts",
  "deep-files": "src/entries/deep-files.ts",
  test: "src/entries/test.ts",
  deploy: "src/entries/deploy.ts",
  drift: "src/entries/drift.ts",
  "branch-deploy": "src/entries/branch-deploy.ts",
  teardown: "src/entries/teardown.ts",
  "comment-command": "src/entries/comment-command.ts",
};

/** A digest of every file under src/ (path and bytes, in sorted order): the bundle's build id (src/version.ts). */
function sourceDigest(dir = "src") {
  const hash = createHash("sha256");
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      // Python's bytecode caches (a harness module imported from src/ in a test) are no source, and git ignores them.
      if (name === "__pycache__") continue;
      const path = `${d}/${name}`;
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(`${path}\0`).update(readFileSync(path)).update("\0");
    }
  };
  walk(dir);
  return hash.digest("hex").slice(0, 16);
}

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

await build({
  entryPoints,
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  chunkNames: "chunk-[hash]",
  legalComments: "none",
  logLevel: "warning",
  // Reproducible output: no absolute paths, no timestamps.
  sourcemap: false,
  minifyWhitespace: false,
  define: { "process.env.ASTRO_CI_BUNDLE": '"1"', "process.env.ASTRO_CI_BUILD_ID": JSON.stringify(sourceDigest()) },
  banner: {
    // Bundled CommonJS dependencies (ruff's wasm glue, octokit bits) expect require/__dirname in ESM output.
    js: [
      'import { createRequire as __astroCiCreateRequire } from "node:module";',
      'import { fileURLToPath as __astroCiFileURLToPath } from "node:url";',
      'import { dirname as __astroCiDirname } from "node:path";',
      "const require = __astroCiCreateRequire(import.meta.url);",
      "const __filename = __astroCiFileURLToPath(import.meta.url);",
      "const __dirname = __astroCiDirname(__filename);",
    ].join("\n"),
  },
});

// Assets the bundle loads at run time, next to the chunks that load them.
const assets = [
  require.resolve("@astral-sh/ruff-wasm-nodejs/ruff_wasm_bg.wasm"),
  join(dirname(require.resolve("web-tree-sitter")), "tree-sitter.wasm"),
  require.resolve("tree-sitter-python/tree-sitter-python.wasm"),
];
for (const asset of assets) cpSync(asset, join(outdir, asset.split("/").pop()));
if (existsSync("src/dynamic/harness")) {
  for (const file of readdirSync("src/dynamic/harness").filter((f) => f.endsWith(".py"))) {
    cpSync(join("src/dynamic/harness", file), join(outdir, file));
  }
}
// dist/ is ESM regardless of where it is copied to.
writeFileSync(join(outdir, "package.json"), JSON.stringify({ type: "module" }, null, 2) + "\n");

// The CLI is run directly by `npx astro-ci` / `node dist/cli.js`.
const cliPath = join(outdir, "cli.js");
writeFileSync(cliPath, "#!/usr/bin/env node\n" + readFileSync(cliPath, "utf8"));
chmodSync(cliPath, 0o755);
