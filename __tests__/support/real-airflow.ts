/**
 * The one gate of the tests that must meet real Apache Airflow (issue 9): they run when ASTRO_CI_TEST_PYTHON names a
 * python3 that imports Airflow 2.10 or newer (`.ci/run` sets it up where Airflow can be installed; the project's
 * GitHub workflow installs it from PyPI), and are skipped otherwise, with the reason in the suite's name. A user's
 * fresh clone has no Airflow: that is the only skip this repository allows (see
 * __tests__/distribution/no-skipped-tests.test.ts, which exempts this file alone).
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { tempDirPath } from "./temp-dir.js";
import { afterAll, beforeAll, describe } from "vitest";

export interface RealAirflow {
  /** The python3 executable that imports Airflow. */
  python: string;
  /** `airflow.__version__`, e.g. "2.10.5". */
  version: string;
}

let probed: { airflow?: RealAirflow; reason?: string } | undefined;

/** The real Airflow named by ASTRO_CI_TEST_PYTHON, probed once per test file; `reason` says why there is none. */
export function realAirflow(): { airflow?: RealAirflow; reason?: string } {
  if (probed) return probed;
  const python = process.env.ASTRO_CI_TEST_PYTHON;
  if (!python) return (probed = { reason: "ASTRO_CI_TEST_PYTHON is not set (a python3 that imports Airflow 2.10+)" });
  const probe = spawnSync(python, ["-c", "import airflow, sys; sys.stdout.write(airflow.__version__)"], { encoding: "utf8", timeout: 120_000 });
  if (probe.status !== 0) return (probed = { reason: `${python} cannot import airflow: ${(probe.stderr || String(probe.error ?? "")).trim().split("\n").pop()}` });
  const version = probe.stdout.trim();
  const [major, minor] = version.split(".").map(Number);
  if (!((major ?? 0) > 2 || ((major ?? 0) === 2 && (minor ?? 0) >= 10))) return (probed = { reason: `${python} imports Airflow ${version}, older than 2.10` });
  return (probed = { airflow: { python, version } });
}

/** A suite that runs against real Airflow, or shows as skipped with the reason in its name. */
export function describeWithRealAirflow(title: string, body: (airflow: RealAirflow) => void): void {
  const found = realAirflow();
  if (found.airflow) describe(`${title} (real Airflow ${found.airflow.version})`, () => body(found.airflow as RealAirflow));
  else describe.skip(`${title}: skipped, ${found.reason}`, () => undefined);
}

/**
 * Inside a describeWithRealAirflow body: for the suite's tests, the real Airflow's python3 first on PATH (the tool
 * finds Airflow as users have it) and an AIRFLOW_HOME (a temporary one unless set); both restored afterwards.
 */
export function realAirflowOnPath(airflow: RealAirflow): void {
  const savedPath = process.env.PATH;
  const savedHome = process.env.AIRFLOW_HOME;
  let home: string | undefined;
  beforeAll(() => {
    process.env.PATH = `${dirname(airflow.python)}:${savedPath ?? ""}`;
    if (!process.env.AIRFLOW_HOME) process.env.AIRFLOW_HOME = home = tempDirPath("astro-ci-airflow-home-");
  });
  afterAll(() => {
    process.env.PATH = savedPath;
    if (savedHome === undefined) delete process.env.AIRFLOW_HOME;
    else process.env.AIRFLOW_HOME = savedHome;
    if (home) rmSync(home, { recursive: true, force: true });
  });
}
