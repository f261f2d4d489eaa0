import type { DatasetUriUse } from "./inventory.js";

/**
 * What Airflow 2's `Dataset(uri)` raises for a static URI, or undefined when it takes it. Its attrs converter
 * `_sanitize_uri` and validators (airflow/datasets/__init__.py at 2.10.5): an empty URI, one of only whitespace, one
 * with a non-ASCII character, the reserved scheme `airflow` (in any case: urlsplit's scheme, lower-cased), or more than
 * 3,000 characters (attrs' max_len, on the sanitized URI) all raise
 * ValueError when the Dataset is made, so at import where module-level code makes it.
 */
export function datasetUriProblem(uri: string): string | undefined {
  if (uri === "") return "Dataset URI cannot be empty";
  if (/^\s+$/.test(uri)) return "Dataset URI cannot be just whitespace";
  // eslint-disable-next-line no-control-regex
  if (!/^[\x00-\x7f]*$/.test(uri)) return "Dataset URI must only consist of ASCII characters";
  // urlsplit strips leading C0 controls and spaces, then reads a scheme: a letter, then letters, digits, "+-.", then ":".
  // eslint-disable-next-line no-control-regex
  const scheme = /^[\x00-\x20]*([A-Za-z][A-Za-z0-9+.-]*):/.exec(uri)?.[1];
  if (scheme?.toLowerCase() === "airflow") return "Dataset scheme 'airflow' is reserved";
  // A URI with a scheme is normalized first (its fragment and trailing slashes dropped), which only shortens it much.
  const kept = scheme ? uri.replace(/#[\s\S]*$/, "").replace(/\/+$/, "") : uri;
  if (kept.length > 3000) return "Length of 'uri' must be <= 3000";
  return undefined;
}

/** The finding's message and fix for one judged URI use (check `dataset-uri-invalid`). */
export function datasetUriFinding(use: DatasetUriUse, problem: string): { message: string; fix: string } {
  const shown = use.uri.length > 60 ? `${use.uri.slice(0, 57)}...` : use.uri;
  return {
    message: `Dataset(${JSON.stringify(shown)}) is refused when it is made: importing the file fails with ValueError: ${problem}`,
    fix: problem.includes("reserved") ? 'use your own scheme ("s3://bucket/key", "x-team://table") or a plain name; "airflow" is Airflow\'s own' : 'give the Dataset a non-empty ASCII URI such as "s3://bucket/key"',
  };
}
