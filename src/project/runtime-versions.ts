import table from "./runtime-versions.json" with { type: "json" };

/** What an Astro Runtime image tag tells about the Airflow and Python inside it. */
export interface RuntimeInfo {
  image: string;
  repository: string;
  tag: string;
  format: "semver" | "airflow3" | "legacy-ap-airflow";
  runtimeVersion: string;
  /** `2.10` or `3.1`: the minor is what the table knows; patch levels are not guessed. */
  airflowVersion: string;
  airflowMajor: 2 | 3;
  /** A tag without a patch level (`runtime:3.1`) follows the newest release. */
  floating: boolean;
  pythonVersion: string;
  /** The Python version came from a `-python-X.Y` tag suffix rather than the runtime's default. */
  pythonFromTag: boolean;
  /** False when the mapping is not verified (shown as such in reports). */
  confirmed: boolean;
}

/** An image that is an Astro runtime, but whose tag is not one we know: an error, not a guess. */
export class UnknownRuntimeTagError extends Error {
  constructor(
    readonly image: string,
    readonly reason: string,
  ) {
    super(`unknown Astro Runtime tag in ${image}: ${reason}`);
  }
}

const RUNTIME_REPOSITORY = /(^|\/)(astronomer\/astro-runtime|astro-runtime|runtime)$/;
const LEGACY_REPOSITORY = /(^|\/)astronomer\/ap-airflow$/;
const AIRFLOW3_TAG = /^(\d+)\.(\d+)(?:-(\d+))?$/;
const SEMVER_TAG = /^(\d+)\.(\d+)\.(\d+)$/;

function splitImage(image: string): { repository: string; tag: string } {
  const withoutDigest = image.split("@")[0] ?? image;
  const slash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.lastIndexOf(":");
  if (colon > slash) return { repository: withoutDigest.slice(0, colon), tag: withoutDigest.slice(colon + 1) };
  return { repository: withoutDigest, tag: "latest" };
}

/** Astronomer's runtime repositories only: a generic `python:3.12` image is not a runtime. */
function isAstroRepository(repository: string): boolean {
  if (!RUNTIME_REPOSITORY.test(repository)) return false;
  return /astronomer|astrocrpublic|astro-runtime/.test(repository);
}

/** Strip `-python-X.Y` and `-base`/`-slim` suffixes, remembering the Python version. */
function stripSuffixes(tag: string): { core: string; python?: string } {
  let core = tag;
  let python: string | undefined;
  const pythonMatch = /-python-(3\.\d+)/.exec(core);
  if (pythonMatch) {
    python = pythonMatch[1];
    core = core.replace(pythonMatch[0], "");
  }
  core = core.replace(/-(base|slim|onbuild)$/, "");
  return { core, python };
}

export function resolveRuntimeImage(image: string): RuntimeInfo | undefined {
  const { repository, tag } = splitImage(image.trim());
  if (LEGACY_REPOSITORY.test(repository)) {
    const { core, python } = stripSuffixes(tag);
    const match = /^(2)\.(\d+)(?:\.(\d+))?/.exec(core);
    if (!match) throw new UnknownRuntimeTagError(image, `'${tag}' is not an ap-airflow version like 2.2.5-onbuild`);
    return {
      image,
      repository,
      tag,
      format: "legacy-ap-airflow",
      runtimeVersion: core,
      airflowVersion: `${match[1]}.${match[2]}`,
      airflowMajor: 2,
      floating: match[3] === undefined,
      pythonVersion: python ?? table.legacyApAirflow.python,
      pythonFromTag: python !== undefined,
      confirmed: table.legacyApAirflow.confirmed,
    };
  }
  if (!isAstroRepository(repository)) return undefined;
  const { core, python } = stripSuffixes(tag);
  const semver = SEMVER_TAG.exec(core);
  if (semver) {
    const entry = (table.semverMajors as Record<string, { airflow: string; python: string; confirmed: boolean }>)[semver[1] as string];
    if (!entry) {
      throw new UnknownRuntimeTagError(image, `Astro Runtime ${core} is not in the version table (known: ${Object.keys(table.semverMajors).join(", ")}.x, and 3.Y-N)`);
    }
    return {
      image,
      repository,
      tag,
      format: "semver",
      runtimeVersion: core,
      airflowVersion: entry.airflow,
      airflowMajor: 2,
      floating: false,
      pythonVersion: python ?? entry.python,
      pythonFromTag: python !== undefined,
      confirmed: entry.confirmed,
    };
  }
  const v3 = AIRFLOW3_TAG.exec(core);
  if (v3 && v3[1] === "3") {
    const minor = `3.${v3[2]}`;
    const entry = (table.airflow3.minors as Record<string, { python: string; confirmed: boolean }>)[minor];
    return {
      image,
      repository,
      tag,
      format: "airflow3",
      runtimeVersion: core,
      airflowVersion: minor,
      airflowMajor: 3,
      floating: v3[3] === undefined,
      pythonVersion: python ?? entry?.python ?? table.airflow3.defaultPython,
      pythonFromTag: python !== undefined,
      // A 3.Y the table does not list yet is still Airflow 3.Y by the tag's format.
      confirmed: entry?.confirmed ?? false,
    };
  }
  throw new UnknownRuntimeTagError(image, `'${tag}' is neither a runtime version like 12.1.0 (Airflow 2) nor 3.1-12 (Airflow 3)`);
}
