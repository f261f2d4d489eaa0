import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDockerfile } from "../project/dockerfile.js";

/**
 * The project's own Airflow settings, as its runtime image would have them: `AIRFLOW__*` variables from the
 * Dockerfile's `ENV` (final stage) and from `.env` (which `astro dev` loads last, so it wins). Only `AIRFLOW__*`
 * names are read; every other `.env` value is left alone. Names that look like credentials (`*_KEY`, `*SECRET*`...)
 * are dropped later by `projectCodeEnvironment`. An unreadable or unparsable file contributes nothing here: the
 * project model reports it.
 */
export function projectAirflowSettings(projectRoot: string): Record<string, string> {
  const settings: Record<string, string> = {};
  try {
    const dockerfile = join(projectRoot, "Dockerfile");
    if (existsSync(dockerfile)) {
      for (const [name, value] of Object.entries(parseDockerfile(readFileSync(dockerfile, "utf8"), "Dockerfile").env)) {
        if (name.startsWith("AIRFLOW__")) settings[name] = value;
      }
    }
  } catch {
    // a Dockerfile without a runtime image: no ENV to take
  }
  try {
    const dotenv = join(projectRoot, ".env");
    if (existsSync(dotenv)) {
      for (const line of readFileSync(dotenv, "utf8").split(/\r?\n/)) {
        const match = /^\s*(?:export\s+)?(AIRFLOW__[A-Za-z0-9_]+)\s*=\s*(.*)$/.exec(line);
        if (match) settings[match[1] as string] = (match[2] ?? "").trim().replace(/^(["'])(.*)\1$/, "$2");
      }
    }
  } catch {
    // unreadable .env: the project model reports it
  }
  return settings;
}
