import stdlib from "./data/stdlib-modules.json" with { type: "json" };
import airflowProvided from "./data/airflow-provided-modules.json" with { type: "json" };
import preinstalled from "./data/runtime-preinstalled-providers.json" with { type: "json" };

export type ModuleResolution =
  | { provided: true; by: "stdlib" | "airflow" | "airflow-dependency" | "requirements" | "local" | "preinstalled-provider" }
  | { provided: false; fix: string };

export interface ModuleResolver {
  resolve(moduleName: string): ModuleResolution;
}

/** Distribution names whose import name is not the normalized distribution name. */
const IMPORT_NAMES: Record<string, string[]> = {
  pyyaml: ["yaml"],
  "scikit-learn": ["sklearn"],
  beautifulsoup4: ["bs4"],
  "python-dateutil": ["dateutil"],
  pillow: ["PIL"],
  "opencv-python": ["cv2"],
  "opencv-python-headless": ["cv2"],
  "psycopg2-binary": ["psycopg2"],
  "psycopg-binary": ["psycopg"],
  "snowflake-connector-python": ["snowflake"],
  "snowflake-snowpark-python": ["snowflake"],
  "snowflake-sqlalchemy": ["snowflake"],
  pyjwt: ["jwt"],
  protobuf: ["google"],
  "python-dotenv": ["dotenv"],
  "python-slugify": ["slugify"],
  "pymysql": ["pymysql"],
  "mysqlclient": ["MySQLdb"],
  "mysql-connector-python": ["mysql"],
  "google-api-python-client": ["googleapiclient"],
  "msgpack-python": ["msgpack"],
  "attrs": ["attr", "attrs"],
  "dbt-core": ["dbt"],
  "astronomer-cosmos": ["cosmos"],
  "apache-beam": ["apache_beam"],
  "great-expectations": ["great_expectations"],
  "elasticsearch-dsl": ["elasticsearch_dsl"],
  "kubernetes": ["kubernetes"],
  "pyarrow": ["pyarrow"],
  "duckdb": ["duckdb"],
  "delta-spark": ["delta"],
  "pyspark": ["pyspark"],
  "typing-extensions": ["typing_extensions"],
  "ruamel.yaml": ["ruamel"],
  "ruamel-yaml": ["ruamel"],
};

function versionAtLeast(version: string, minimum: string): boolean {
  const [a1, a2] = version.split(".").map(Number);
  const [b1, b2] = minimum.split(".").map(Number);
  return (a1 ?? 0) > (b1 ?? 0) || ((a1 ?? 0) === (b1 ?? 0) && (a2 ?? 0) >= (b2 ?? 0));
}

/** Import names a distribution provides: its known import names, else its normalized name with `_`. */
export function importNamesOf(distribution: string): string[] {
  const known = IMPORT_NAMES[distribution];
  if (known) return known;
  // Namespace families: google-cloud-*, azure-*, opentelemetry-*.
  if (distribution.startsWith("google-")) return ["google"];
  if (distribution.startsWith("azure-")) return ["azure"];
  if (distribution.startsWith("opentelemetry-")) return ["opentelemetry"];
  if (distribution.startsWith("apache-airflow")) return ["airflow"];
  return [distribution.replace(/-/g, "_"), distribution.replace(/-/g, "")];
}

export function createModuleResolver(options: {
  pythonVersion: string;
  airflowMajor?: 2 | 3;
  /** PEP 503 normalized distribution names from requirements.txt. */
  requirementNames: string[];
  localModules: string[];
}): ModuleResolver {
  const stdlibNames = new Set(
    stdlib.modules.filter((name) => {
      const removed = (stdlib.removedIn as Record<string, string>)[name];
      const added = (stdlib.addedIn as Record<string, string>)[name];
      return !(removed && versionAtLeast(options.pythonVersion, removed)) && !(added && !versionAtLeast(options.pythonVersion, added));
    }),
  );
  const requirementImports = new Map<string, string>();
  for (const dist of options.requirementNames) for (const name of importNamesOf(dist)) requirementImports.set(name.toLowerCase(), dist);
  const requirementDists = new Set(options.requirementNames);
  const airflowDeps = new Set(airflowProvided.modules);
  const local = new Set(options.localModules);
  const preinstalledProviders = new Set(options.airflowMajor === 3 ? preinstalled.airflow3 : preinstalled.airflow2);

  return {
    resolve(moduleName) {
      const top = moduleName.split(".")[0] ?? moduleName;
      if (top === "airflow") {
        const provider = /^airflow\.providers\.([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)?)/.exec(moduleName);
        if (!provider) return { provided: true, by: "airflow" };
        // `airflow.providers.common.sql` → apache-airflow-providers-common-sql; single-word providers use one part.
        const parts = (provider[1] as string).split(".");
        const candidates = [parts.join("-"), parts[0] as string].map((p) => `apache-airflow-providers-${p.replace(/_/g, "-")}`);
        const dist = candidates.find((c) => requirementDists.has(c));
        if (dist) return { provided: true, by: "requirements" };
        if (candidates.some((c) => preinstalledProviders.has(c))) return { provided: true, by: "preinstalled-provider" };
        const wanted = parts.length > 1 && ["common", "cncf", "microsoft", "apache"].includes(parts[0] as string) ? candidates[0] : candidates[1];
        return { provided: false, fix: `add ${wanted} to requirements.txt` };
      }
      if (stdlibNames.has(top)) return { provided: true, by: "stdlib" };
      if (local.has(top)) return { provided: true, by: "local" };
      if (requirementImports.has(top.toLowerCase())) return { provided: true, by: "requirements" };
      if (airflowDeps.has(top)) return { provided: true, by: "airflow-dependency" };
      return {
        provided: false,
        fix: `add the package that provides '${top}' to requirements.txt, or put the module in include/ or plugins/`,
      };
    },
  };
}
