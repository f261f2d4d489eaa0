import { droppedForCredentialValues } from "../dynamic/command-runner.js";
import type { Logger } from "../util/logger.js";

/** Loggers already told, per recipient: the warning is said once per run (a logger is made per command run). */
const told = new WeakMap<Logger, Set<string>>();

/**
 * Say once, by name only (never a value), which inherited variables project code does not get because their value
 * holds a URL with a user and password or a token of a known format (projectCodeEnvironment drops them: `AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=
 * postgresql://u:secret@host/db` from CI). `recipient` names what runs without them ("the tests", "the DAG imports").
 * The one warning of `astro-ci test` and of validate-dags' dynamic tier.
 */
export function warnWithheldUrlCredentials(logger: Logger, recipient: string, env: NodeJS.ProcessEnv = process.env): void {
  const withheld = droppedForCredentialValues(env);
  if (!withheld.length) return;
  const said = told.get(logger) ?? new Set<string>();
  if (said.has(recipient)) return;
  said.add(recipient);
  told.set(logger, said);
  logger.warning(`not passed to ${recipient}: ${withheld.join(", ")} (the value holds a URL with a user and password, or a token; project code never gets credentials)`);
}
