import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";
import { describeWithRealAirflow } from "../support/real-airflow.js";
import { tempDirPath } from "../support/temp-dir.js";
import { airflowCoreAttributeProblem, airflowCoreImportProblems } from "../../src/dags/airflow-core-names.js";
import coreNames from "../../src/dags/data/airflow-core-names.json" with { type: "json" };

/**
 * airflow-core-names.json against the Airflow it was derived from: for every module whose names are known, `import m`
 * succeeds, a few of its names import, a near miss of one of them (its last letter dropped) and of the module's own
 * name fail with the very exception the check quotes, and so does a module attribute lookup of the near miss.
 */
const MODULES = coreNames.modules as Record<string, string | null>;
const ALIASES = coreNames.aliases as Record<string, string>;

type Case = { code: string; expected?: string };

function cases(): Case[] {
  const out: Case[] = [];
  for (const [module, listed] of Object.entries(MODULES)) {
    if (listed === null) continue;
    out.push({ code: `import ${module}` });
    const names = listed.split(" ").filter((n) => n.length > 0);
    // A submodule whose import fails here for want of an extra (its names null) is left out.
    const importable = names.filter((n) => MODULES[`${module}.${n}`] !== null);
    if (!(module in ALIASES)) for (const name of importable.slice(0, 3)) out.push({ code: `from ${module} import ${name}` });
    const sample = names.find((n) => n.length >= 6 && !names.includes(n.slice(0, -1)) && !(`${module}.${n.slice(0, -1)}` in MODULES));
    // A shadowed submodule (`airflow.decorators.task_group` is a function there) is not judged as a module.
    if (sample && !coreNames.shadowed.includes(module)) {
      const miss = sample.slice(0, -1);
      out.push({ code: `from ${module} import ${miss}`, expected: airflowCoreImportProblems(module, [miss])[0]?.error });
      out.push({ code: `import ${module}\n${module}.${miss}`, expected: airflowCoreAttributeProblem(`${module}.${miss}`)?.error });
    }
    const shortened = module.slice(0, -1);
    if (module.split(".").length > 2 && !(shortened in MODULES)) out.push({ code: `import ${shortened}`, expected: airflowCoreImportProblems(shortened)[0]?.error });
  }
  return out;
}

const RUNNER = `
import json, sys, warnings
warnings.simplefilter("ignore")
results = []
for code in json.load(sys.stdin):
    try:
        exec(code, {})
        results.append(None)
    except Exception as error:
        results.append(f"{type(error).__name__}: {error}")
print(json.dumps(results))
`;

describeWithRealAirflow("airflow-core-names.json agrees with real Airflow", (airflow) => {
  it("the version the data describes", () => {
    expect(airflow.version, "the data is from Airflow 2.10.5: run these tests with that version").toBe(coreNames.version);
  });

  it("imports succeed and fail exactly where the data says, with the exception it quotes", () => {
    const all = cases();
    expect(all.filter((c) => c.expected !== undefined).length).toBeGreaterThan(500);
    const home = tempDirPath("astro-ci-core-names-");
    const env = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: home, AIRFLOW_HOME: home, PYTHONDONTWRITEBYTECODE: "1", AIRFLOW__CORE__LOAD_EXAMPLES: "False", AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: `sqlite:///${join(home, "airflow.db")}` };
    const run = spawnSync(airflow.python, ["-c", RUNNER], { input: JSON.stringify(all.map((c) => c.code)), encoding: "utf8", env, timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
    const results = JSON.parse(run.stdout.trim().split("\n").pop() as string) as (string | null)[];
    const wrong: string[] = [];
    all.forEach((c, i) => {
      const got = results[i] ?? undefined;
      // CPython adds the module's file to "cannot import name" errors: the check leaves the path out.
      // A name served lazily from a module needing an extra missing here (flask_appbuilder...) fails here only.
      const extraMissing = got !== undefined && /^ModuleNotFoundError: No module named '(?!airflow)/.test(got);
      const agrees = c.expected === undefined ? got === undefined || extraMissing : got !== undefined && (got === c.expected || got.startsWith(`${c.expected} (/`));
      if (!agrees) wrong.push(`${c.code.replace(/\n/g, "; ")}: data says ${c.expected ?? "ok"}, Airflow says ${got ?? "ok"}`);
    });
    expect(wrong).toEqual([]);
  }, 300_000);
});
