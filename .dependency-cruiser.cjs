// The layers of src/, checked by `npm run lint` (dependency-cruiser): what DEVELOPERS.md and the README's
// "Architecture" section say in words, held by a tool so a change that breaks it fails the build.
//
//   entries/                   thin bundle entries
//   actions/  cli/             one per surface: settings, wiring, exit codes
//   reports/                   renderers of what commands return (text, JSON, SARIF, Markdown, check runs)
//   commands/                  each command's orchestration, and the result types reports render
//   domains                    dags/ dynamic/ project/ astro/ airflow-api/ deploy/ github/ testing/ test-report/
//                              config/ connections/ previews/ drift/ comment-commands/
//   core/  util/  errors.ts  version.ts    shared types and helpers, importing no layer above them
//
// A layer imports only from layers below it (domains may import each other, never in a circle).
const DOMAINS = "(dags|dynamic|project|astro|airflow-api|deploy|github|testing|test-report|config|connections|previews|drift|comment-commands)";
const ABOVE_DOMAINS = "(commands|reports|actions|cli|entries)";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Modules import each other in a circle: move what both need into a module below them.",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "domains-not-upward",
      severity: "error",
      comment: "A domain imports from commands, reports, actions, cli or entries: move the shared type or helper down (core/, util/ or the domain).",
      from: { path: `^src/${DOMAINS}/` },
      to: { path: `^src/${ABOVE_DOMAINS}/` },
    },
    {
      name: "shared-is-lowest",
      severity: "error",
      comment: "core/, util/ and src/*.ts are the bottom layer: they import only each other.",
      from: { path: "^src/(core/|util/|[^/]+\\.ts$)" },
      to: { path: "^src/", pathNot: "^src/(core/|util/|[^/]+\\.ts$)" },
    },
    {
      name: "commands-not-upward",
      severity: "error",
      comment: "A command imports a reporter or a surface: commands return results, reports render them.",
      from: { path: "^src/commands/" },
      to: { path: "^src/(reports|actions|cli|entries)/" },
    },
    {
      name: "reports-not-upward",
      severity: "error",
      comment: "A reporter imports a surface (actions, cli, entries).",
      from: { path: "^src/reports/" },
      to: { path: "^src/(actions|cli|entries)/" },
    },
    {
      name: "surfaces-apart",
      severity: "error",
      comment: "The actions and the CLI share code through commands and reports, not through each other or the entries.",
      from: { path: "^src/(actions|cli)/" },
      to: { path: "^src/entries/" },
    },
    {
      name: "actions-not-cli",
      severity: "error",
      comment: "An action imports from the CLI: move what both need into commands/ or reports/.",
      from: { path: "^src/actions/" },
      to: { path: "^src/cli/" },
    },
    {
      name: "cli-not-actions",
      severity: "error",
      comment: "The CLI imports from an action: move what both need into commands/ or reports/.",
      from: { path: "^src/cli/" },
      to: { path: "^src/actions/" },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment: "An import that resolves to nothing.",
      from: { path: "^src/" },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    includeOnly: "^src/",
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
  },
};
