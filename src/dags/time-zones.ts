import zones from "./data/time-zones.json" with { type: "json" };
import { nearestName } from "../util/nearest-name.js";

/** IANA names by lower case (the vendored list, see data/README.md). */
const KNOWN = new Set<string>(zones.names);
const BY_LOWER = new Map<string, string>(zones.names.map((name) => [name.toLowerCase(), name]));
const LOWER_NAMES = [...BY_LOWER.keys()];

/**
 * Names the IANA database removed (its NEWS: Canada/East-Saskatchewan in 2017c, US/Pacific-New and the SystemV/ names
 * in 2020b) that Node's ICU still takes, with the zone each meant: pendulum and zoneinfo no longer load them (checked
 * with Airflow 2.10.5's DagBag), so ICU's answer must not excuse them.
 */
const REMOVED = new Map<string, string | undefined>([
  ["Canada/East-Saskatchewan", "America/Regina"],
  ["US/Pacific-New", "America/Los_Angeles"],
  ...["AST4", "AST4ADT", "CST6", "CST6CDT", "EST5", "EST5EDT", "HST10", "MST7", "MST7MDT", "PST8", "PST8PDT", "YST9", "YST9YDT"].map((z): [string, undefined] => [`SystemV/${z}`, undefined]),
]);

/** Whether Node's own time zone data (ICU) knows the name: a zone newer than the vendored list. */
function knownToIcu(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * Why loading the time zone `name` fails, or undefined when it loads. Names are IANA time zone database keys, matched
 * exactly as pendulum (2.1, 3.0) and the stdlib's zoneinfo look them up in the runtime image's tz data: a wrong case
 * (`europe/paris`) fails on Linux, except that pendulum.timezone takes "UTC" in any case ("utc"); `ZoneInfo` does not.
 * A name missing from the vendored list (IANA 2025b) is accepted when Node's ICU knows it and no other case of it is
 * listed (a zone added since). Shapes: `{ message, fix }` for a finding; `suggestion` is the name probably meant.
 * Source: pendulum/tz/__init__.py `timezone()` (2.1.2) and CPython's zoneinfo; checked against Airflow 2.10.5's DagBag.
 */
export function timeZoneProblem(name: string, loader: "pendulum" | "zoneinfo"): { message: string; suggestion?: string } | undefined {
  if (KNOWN.has(name)) return undefined;
  // Files of the system's zoneinfo directory that are no IANA keys but load all the same (Debian's tzdata:
  // posixrules, localtime, the posix/ and right/ copies): the runtime image reads that directory.
  if (name === "posixrules" || name === "localtime") return undefined;
  const copy = /^(posix|right)\/(.+)$/.exec(name);
  if (copy && KNOWN.has(copy[2] as string)) return undefined;
  if (REMOVED.has(name)) return { message: `the IANA time zone database removed this name`, ...(REMOVED.get(name) ? { suggestion: REMOVED.get(name) } : {}) };
  if (loader === "pendulum" && name.toLowerCase() === "utc") return undefined;
  const sameLetters = BY_LOWER.get(name.toLowerCase());
  if (sameLetters) return { message: `time zone names are case-sensitive`, suggestion: sameLetters };
  if (knownToIcu(name) && !/^[+-]|^Z$/i.test(name)) return undefined;
  const near = nearestName(name, LOWER_NAMES);
  return { message: `no such time zone in the IANA time zone database`, ...(near ? { suggestion: BY_LOWER.get(near) } : {}) };
}
