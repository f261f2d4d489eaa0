/**
 * Upper limits of the numeric settings the CLI's flags and astro-ci.yaml share: the flag's parser and the schema
 * (schema/astro-ci.schema.json's `maximum`, which __tests__/config/limits.test.ts holds equal to these) refuse the
 * same values, exit 2 naming the allowed range. A small module of its own: the CLI reads it at start-up, before it
 * loads the config reader.
 */

/**
 * `validate.import-timeout` and `--import-timeout`: seconds one DAG file may take to import, at most an hour
 * (Airflow's own default is 30 s). Unbounded, `1e12` made the whole run's time limit overflow Node's timers (2^31-1
 * ms, about 24.8 days), which then fire at once.
 */
export const MAX_IMPORT_TIMEOUT_SECONDS = 3600;

/**
 * `validate.max-file-size` and `--max-file-size`: bytes, at most 1 GiB. Node reads no file above 2 GiB into memory,
 * so a larger limit let such a DAG file fail the run instead of getting its `file-too-large` finding.
 */
export const MAX_FILE_SIZE_CEILING = 1024 ** 3;
