/** The toolkit's version, reported in JSON, SARIF and summaries. Kept equal to package.json by a test. */
export const TOOL_VERSION = "0.1.0";
export const TOOL_NAME = "astro-ci";
