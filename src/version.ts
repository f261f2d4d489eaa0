/** The toolkit's version, reported in JSON, SARIF and summaries. Kept equal to package.json by a test. */
export const TOOL_VERSION = "0.1.0";
export const TOOL_NAME = "astro-ci";

/**
 * A digest of the sources the bundle was built from (build.mjs defines it); "source" when running from sources.
 * Part of the analysis cache's fingerprint: results cached by other code are never reused.
 */
export const BUILD_ID: string = process.env.ASTRO_CI_BUILD_ID ?? "source";
