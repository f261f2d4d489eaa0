// Differential fuzzer of validate-dags' schedule checks (src/dags/checks-schedule.ts, src/dags/cron.ts) against a
// real Airflow 2.10. Not a test: it needs Python and Airflow, and it prints disagreements.
//
//   node scripts/fuzz-schedules.mjs --python /opt/airflow-2.10.5/bin/python3 [--count 20000] [--seed 1]
//        [--start 2026-11-30T00:00:00Z] [--out disagreements.json]
//        [--baseline-src /tmp/old/src] [--table __tests__/specs/cron/airflow2-schedule-fuzz.jsonl --sample 2000 --max-long 20]
//        [--extra more-cases.jsonl (one JSON string a line)]
//
// It generates schedule strings (random and edge-case cron expressions of 0 to 9 fields: numbers in and out of bounds,
// leading zeros, negative and huge numbers, Unicode digits and spaces, names in any case, L/W/#/?/H/R, ranges,
// reversed ranges, steps (0 too), lists with empty items, presets and unknown @words, long strings), each for both
// `schedule=` and the deprecated `schedule_interval=`, has scripts/fuzz-schedules-judge.py judge them all in one
// Python process (DAG construction, `dag.validate()` as the DagBag calls it, the timetable's first run), and compares
// with our checkSchedule findings: rejected (and croniter's message), never fires, random, or fine.
// The DAG's start_date is --start, which our checks get as "now". Exit status 1 when we disagree with Airflow.
// The environment of the Python process sets AIRFLOW_HOME etc. from --airflow-home (default: next to --python).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { build } from "esbuild";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values: opts } = parseArgs({
  options: {
    python: { type: "string", default: "python3" },
    "airflow-home": { type: "string" },
    count: { type: "string", default: "20000" },
    seed: { type: "string", default: "1" },
    out: { type: "string" },
    table: { type: "string" },
    sample: { type: "string", default: "2000" },
    "max-long": { type: "string", default: "20" },
    extra: { type: "string" },
    start: { type: "string", default: "2026-11-30T00:00:00Z" },
    // A copy of an older src/ (e.g. `git archive <rev> src | tar -x -C /tmp/old`): rows where it disagreed with
    // Airflow are reported as fixed and go to --table.
    "baseline-src": { type: "string" },
  },
});

// ---- our side: bundle the checks once and import them ----
const work = mkdtempSync(join(tmpdir(), "astro-ci-fuzz-"));
const bundle = join(work, "checks.mjs");
await build({
  stdin: { contents: 'export { checkSchedule } from "./src/dags/checks-schedule.ts"; export { airflowScheduleVerdict } from "./src/dags/cron.ts";', resolveDir: repo, loader: "ts" },
  bundle: true,
  format: "esm",
  platform: "node",
  outfile: bundle,
  logLevel: "error",
});
const { checkSchedule: checkSchedule_, airflowScheduleVerdict: airflowScheduleVerdict_ } = await import(pathToFileURL(bundle).href);
let baseline;
if (opts["baseline-src"]) {
  const file = join(work, "baseline.mjs");
  await build({
    stdin: { contents: 'export { checkSchedule } from "./dags/checks-schedule.ts"; export { airflowScheduleVerdict } from "./dags/cron.ts";', resolveDir: opts["baseline-src"], loader: "ts" },
    bundle: true,
    format: "esm",
    platform: "node",
    outfile: file,
    logLevel: "error",
  });
  baseline = await import(pathToFileURL(file).href);
}

/** Our verdict, in the fuzzer's terms: {outcome: "error"|"ok", error, sometimes, random, fires}. */
function ours(expr, keyword, now, { checkSchedule, airflowScheduleVerdict } = { checkSchedule: checkSchedule_, airflowScheduleVerdict: airflowScheduleVerdict_ }) {
  const findings = [];
  const dag = {
    dagId: "fuzz",
    file: "dags/fuzz.py",
    line: 1,
    definedBy: "DAG()",
    schedule: expr,
    tags: undefined,
    owner: undefined,
    retries: undefined,
    catchup: undefined,
    startDate: "datetime(2026, 11, 30)",
    taskCount: 0,
    arguments: [
      { name: "dag_id", line: 1, column: 1, endLine: 1, endColumn: 2, literal: "fuzz" },
      { name: keyword, line: 1, column: 1, endLine: 1, endColumn: 2, literal: expr },
      { name: "start_date", line: 1, column: 1, endLine: 1, endColumn: 2 },
    ],
  };
  checkSchedule(dag, { airflowMajor: 2, now }, (checkId, finding) => findings.push({ checkId, ...finding }));
  const invalid = findings.find((f) => f.checkId === "schedule-valid");
  if (invalid) {
    const at = invalid.message.indexOf("importing it fails with ");
    // With R fields, which field fails first depends on the draws: the message is not comparable.
    const random = airflowScheduleVerdict(expr, 2).randomFields.length > 0;
    return { outcome: "error", error: invalid.message.slice(at + "importing it fails with ".length), sometimes: /at some parses/.test(invalid.message), random, fires: null };
  }
  if (findings.some((f) => f.checkId === "schedule-random")) return { outcome: "ok", error: null, sometimes: false, random: true, fires: null };
  if (findings.some((f) => f.checkId === "schedule-never-fires")) return { outcome: "ok", error: null, sometimes: false, random: false, fires: false };
  return { outcome: "ok", error: null, sometimes: false, random: false, fires: true };
}

const cut = (text) => (text.length > 240 ? `${text.slice(0, 200)}...(${text.length} characters)` : text);
/** A Python traceback's last line is what matters (the frames name the machine's paths). */
const lastLine = (error) => (error && error.includes("Traceback (most recent call last)") ? error.trimEnd().split("\n").pop() : error);
export const normaliseError = (error) =>
  error && error.includes("Traceback (most recent call last)")
    ? error.replace(/Traceback \(most recent call last\):\n[\s\S]*\n(\w+: [^\n]*)\n?$/, "Traceback (most recent call last):\n  ...\n$1\n")
    : error;

/** How our verdict differs from Airflow's, or undefined. */
function compare(mine, theirs) {
  if (mine.outcome !== theirs.outcome) return mine.outcome === "ok" ? "we accept, Airflow rejects" : "we reject, Airflow accepts";
  if (theirs.outcome === "error") {
    if (mine.sometimes !== theirs.sometimes) return "sometimes-failing differs";
    if (!theirs.random && !mine.random && lastLine(mine.error) !== lastLine(theirs.error)) return "error message differs";
    return undefined;
  }
  if (mine.random !== theirs.random) return "random differs";
  if (!theirs.random && theirs.fires !== null && mine.fires !== theirs.fires) return theirs.fires ? "we say never fires, Airflow finds a run" : "we say fires, Airflow finds no run";
  return undefined;
}

// ---- the generator ----
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(Number(opts.seed));
const pick = (list) => list[Math.floor(rnd() * list.length)];
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const chance = (p) => rnd() < p;

const BOUNDS = [
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  [0, 7],
  [0, 59],
  [1970, 2099],
];
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const UNICODE_ZEROS = [0x660, 0x6f0, 0x966, 0xe50, 0xff10, 0x1d7ce, 0x104a0, 0x1e950];
const ODD = ["-1", "-0", "+5", "5.0", "1_0", "0x1", "²", "½", "", " ", "1e2", "99999999999999999999", "0000000000000000000001", "٣", "５", "𝟎", "Ⅻ", "一"];
const WORDS = ["L", "l", "W", "w", "LW", "lw", "H", "h", "R", "r", "?", "*", "#", "l0", "L5", "l7", "L8", "5L", "15W", "W15", "foo", "january", "monday", "thur", "sept", "MonDay", "jAn", "sUn", "JUL", "Dec", "ß", "ǅ", "İ"];
const SEPARATORS = [" ", " ", " ", " ", "  ", "\t", "\n", "\r\n", "\v", "\f", "\u00a0", "\u2003", "\u3000", "\u200b", "\x1c", "\x85", "\u2028", " \t "];

function caseOf(word) {
  const roll = rnd();
  if (roll < 0.4) return word;
  if (roll < 0.6) return word.toUpperCase();
  if (roll < 0.8) return word.slice(0, 1).toUpperCase() + word.slice(1);
  return [...word].map((c) => (chance(0.5) ? c.toUpperCase() : c)).join("");
}
function unicodeDigits(text) {
  const zero = pick(UNICODE_ZEROS);
  return [...text].map((c) => (/[0-9]/.test(c) && chance(0.7) ? String.fromCodePoint(zero + Number(c)) : c)).join("");
}
function number(field) {
  const [lo, hi] = BOUNDS[field];
  const roll = rnd();
  let n;
  if (roll < 0.7) n = String(int(lo, hi));
  else if (roll < 0.85) n = String(pick([lo - 1, hi + 1, lo, hi, 0, 7, 31, 32, 60, 24, 13, 100, 1969, 2100, 2026, 2030]));
  else if (roll < 0.92) n = "0".repeat(int(1, 3)) + String(int(lo, hi));
  else if (roll < 0.995) return pick(ODD);
  // Python's int() refuses more than 4,300 digits.
  else return "0".repeat(4300 + int(-2, 2)) + String(int(0, 9));
  if (chance(0.03)) n = unicodeDigits(n);
  return n;
}
function atom(field) {
  const roll = rnd();
  if (roll < 0.62) return number(field);
  if (roll < 0.74 && field === 3) return caseOf(pick(MONTHS));
  if (roll < 0.74 && field === 4) return caseOf(pick(DAYS));
  if (roll < 0.8) return caseOf(pick(chance(0.5) ? MONTHS : DAYS));
  if (roll < 0.93) return pick(WORDS);
  if (field === 4 && roll < 0.98) {
    const day = chance(0.5) ? caseOf(pick(DAYS)) : String(int(0, 8));
    return pick([`${day}#${int(0, 6)}`, `L${int(0, 8)}`, `l${day}`, `${day}L`, `${day}-${caseOf(pick(DAYS))}#${int(1, 5)}`, `${int(0, 7)}-${int(0, 7)}#${int(1, 5)}`, `*#${int(1, 5)}`, `${day}#L`]);
  }
  const hash = pick(["H", "h", "R", "r"]);
  return pick([hash, `${hash}/${int(0, 70)}`, `${hash}(${int(0, 40)}-${int(0, 80)})`, `${hash}(${int(0, 30)}-${int(0, 70)})/${int(0, 20)}`, `${hash}(${int(0, 9)}-${int(0, 9)})`]);
}
function item(field) {
  const roll = rnd();
  if (roll < 0.45) return atom(field);
  if (roll < 0.68) return `${atom(field)}-${atom(field)}`;
  if (roll < 0.84) return `${pick(["*", atom(field), ""])}/${pick(["0", "1", "2", "3", "5", "7", "15", "30", "60", "61", "00", "", atom(field)])}`;
  if (roll < 0.95) return `${atom(field)}-${atom(field)}/${pick(["1", "2", "3", "0", "10", "100", ""])}`;
  return pick(["-", "--", "/", "//", "*-*", "*/*", "**", "1--2", "1-2-3", "1/2/3", "-5", "5-", "?/2", "*?", "#", "##2", "l-l", "L-5", "1-L", "5,l"]);
}
function field(fieldIndex, clean) {
  if (chance(clean ? 0.5 : 0.35)) return pick(["*", "*", "*", "?", "*/5"]);
  const n = chance(0.78) ? 1 : int(2, 5);
  const items = [];
  for (let i = 0; i < n; i++) items.push(chance(0.03) ? "" : item(fieldIndex));
  return items.join(",");
}
const PRESETS = ["@once", "@continuous", "@hourly", "@daily", "@weekly", "@monthly", "@quarterly", "@yearly", "@annually", "@midnight", "@reboot", "@every", "@minutely", "@never", "@", "@@daily", "@DAILY", "@once ", " @daily"];
function preset() {
  const p = pick(PRESETS);
  const roll = rnd();
  if (roll < 0.4) return p;
  if (roll < 0.7) return caseOf(p.slice(1)).replace(/^/, "@");
  if (roll < 0.85) return pick(["", " ", "\t", "\n"]) + p + pick(["", " ", "\t", "\n"]);
  return p + pick([" *", " 0 0 * * *", "s", "!", "\u200b"]);
}
const REAL = ["0 6 * * *", "*/15 * * * *", "0 0 * * 1-5", "30 2 1 * *", "0 */2 * * *", "0 0 1 1 *", "0 9-17 * * mon-fri", "0 0 L * *", "0 0 * * 5#3", "0 0 * * L1", "0 12 15 */3 *", "0 0 * * * 0 2030", "0 0 29 2 *", "5 4 * * sun", "0 22 * * 1-5", "23 0-20/2 * * *", "0 0,12 1 */2 *", "0 0 ? * mon", "0 0 31 * *"];
function mutate(text) {
  const chars = [...text];
  const at = int(0, chars.length);
  const roll = rnd();
  if (roll < 0.3) chars.splice(at, 1);
  else if (roll < 0.6) chars.splice(at, 0, pick(["0", "1", "-", "/", ",", "*", " ", "L", "#", "?", "W", "7", "\t", "9"]));
  else if (roll < 0.8) chars.splice(at, 1, pick(["0", "5", "-", "/", ",", "*", " ", "l", "#", "?", "R", "H"]));
  else return chars.join("").replace(/\d+/, (d) => String(Number(d) + pick([-1, 1, 10, 30, 60])));
  return chars.join("");
}
function longExpression() {
  const roll = rnd();
  const f = int(0, 4);
  const [lo, hi] = BOUNDS[f];
  const n = pick([50, 200, 800, 1500]);
  const list = Array.from({ length: n }, () => String(chance(0.97) ? int(lo, hi) : hi + 1)).join(",");
  const fields = ["*", "*", "*", "*", "*"];
  fields[f] = roll < 0.5 ? list : Array.from({ length: Math.min(n, 300) }, () => `${int(lo, hi)}-${int(lo, hi)}/${int(1, 5)}`).join(",");
  if (chance(0.2)) return fields.join(" ") + " " + "0 ".repeat(int(1, 3));
  return fields.join(" ");
}
/** A field croniter is likely to accept: numbers in bounds, names, steps, L, nth weekdays, ? where allowed. */
function validField(f, length) {
  const [lo, hi] = BOUNDS[f];
  const value = () => {
    if (f === 3 && chance(0.3)) return caseOf(pick(MONTHS));
    if (f === 4 && chance(0.3)) return caseOf(pick(DAYS));
    return String(int(lo, f === 4 && length !== 5 ? 6 : hi));
  };
  const roll = rnd();
  if (roll < 0.3) return "*";
  if (roll < 0.35 && (f === 2 || f === 4)) return "?";
  if (roll < 0.42 && f === 2) return pick(["L", "l", `${int(1, 31)},L`, `${int(1, 28)}-L`]);
  if (roll < 0.5 && f === 4) return pick([`${value()}#${int(1, 5)}`, `L${int(0, 6)}`, `${value()}-${value()}#${int(1, 5)}`]);
  if (roll < 0.6) return `*/${int(1, hi)}`;
  if (roll < 0.7) return `${value()}-${value()}${chance(0.3) ? `/${int(1, 5)}` : ""}`;
  if (roll < 0.8) return Array.from({ length: int(2, 4) }, value).join(",");
  if (roll < 0.83) return `${value()}/${int(1, 12)}`;
  return value();
}
function validExpression() {
  const length = pick([5, 5, 5, 5, 6, 7, 7]);
  const fields = Array.from({ length }, (_, f) => validField(f, length));
  // Impossible and rare days are what never-fires is about: February 30th, the 5th Monday, 31st of short months.
  if (chance(0.25)) fields[2] = pick(["30", "31", "29", "30,31", "31", "L"]);
  if (chance(0.25)) fields[3] = pick(["2", "feb", "4,6", "apr,jun,sep,nov", "2,4", "*"]);
  if (length === 7 && chance(0.5)) fields[6] = pick(["2020", "2026", "2027", "2030", "2020,2030", "2025-2027", "1970", "2099", "2076-2099", `${int(1970, 2099)}`, `${int(2015, 2026)},${int(2026, 2040)}`]);
  // One match a year (or fewer): the first and last matches of a year field matter to Airflow 2's timetable.
  if (length === 7 && chance(0.3)) {
    fields[0] = String(int(0, 59));
    fields[1] = String(int(0, 23));
    fields[2] = pick([String(int(1, 31)), "L", "29"]);
    fields[3] = pick([String(int(1, 12)), "2", "11", "12"]);
    fields[4] = pick(["*", "*", "?", caseOf(pick(DAYS))]);
    fields[5] = String(int(0, 59));
  }
  return fields.join(" ");
}
function expression() {
  if (chance(0.35)) return validExpression();
  const roll = rnd();
  if (roll < 0.05) return preset();
  if (roll < 0.2) {
    let text = pick(REAL);
    for (let i = int(1, 3); i > 0; i--) text = mutate(text);
    return text;
  }
  if (roll < 0.205) return longExpression();
  if (roll < 0.21) return pick(["", " ", "\t\n", "*", "* * * *", "* * * * * * * *", "0 0 0 0 0 0 0 0 0"]);
  const n = [3, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 6, 7, 7, 8][int(0, 16)];
  const clean = chance(0.5);
  const fields = Array.from({ length: n }, (_, i) => field(Math.min(i, 6), clean));
  const spaced = chance(0.15);
  let text = fields[0];
  for (const f of fields.slice(1)) text += (spaced ? pick(SEPARATORS) : " ") + f;
  if (chance(0.05)) text = pick(SEPARATORS) + text + pick(SEPARATORS);
  return text;
}

/** Hand-written cases always judged first: the corners the random generator reaches rarely. */
const EDGE = [
  "0 0 31 2 mon", "0 0 31 2 5#3", "0 0 1 * 5#3", "0 0 15 * 5#3", "0 0 L 2 L5", "0 0 1,31 2 mon", "0 0 30 2 1-5", "0 0 31 4 sun#1",
  "0 0 * * * 0 2030", "0 0 * * * 0 2020", "0 0 * * * 0 2020,2030", "0 0 1 1 * 0 1970,2030", "0 0 1 1 * 0 1975,2030", "0 0 * * * 0 2026",
  "0 0 * * * 0 2026-2027", "0 0 30 11 * 0 2026", "0 0 1 12 * 0 2026", "* * * * * * 2099", "0 0 29 2 * 0 2028", "0 0 29 2 * 0 2100",
  "0 0 * 2 1#5 0 2027-2030", "0 0 * * 0#5 0 2026", "0 0 29 2 1#5", "0 0 L * L0", "0 0 31 * 1#1",
  "", " ", "\t\n", "@", "@ daily", "@daily ", "@DAILY", "@Midnight", "@annually", "@reboot", "@once", "@continuous", "@ONCE", "@Continuous",
  "* * * * *", "* * * * * *", "* * * * * * *", "* * * * * * * *", "* * * *", "0 0 ? * ?", "? ? ? ? ?",
  "0 0 * * 7", "0 0 * * 7 0", "0 0 * * 7 0 2030", "0 0 0 * * 0", "0 0 0 * *", "0 0 * 0 *", "0 0 * 0 * 0 2030",
  "*/0 * * * *", "0-59/0 * * * *", "5-1/0 * * * *", "59-0 * * * *", "0 23-1 * * *", "0 0 31-1 * *", "0 0 * dec-jan *", "0 0 * * sat-sun",
  "0 0 * * sun-sat", "0 0 * jan-jan *", "0 0 * * mon-mon", "0 0 * * 6-0", "0 0 1-l * *", "0 0 l-1 * *", "0 0 L-L * *",
  "0 0 * * mon#0", "0 0 * * mon#6", "0 0 * * 8#1", "0 0 * * 7#1", "0 0 * * l7", "0 0 * * L", "0 0 * * 1,1#2", "0 0 * * 0-6,1#2",
  "0 0 * * 1#1,2#2", "0 0 * * mon-fri#2", "0 0 * * 1-5#6", "0 0 * * jan#2",
  "H * * * *", "R * * * *", "R(0-59) * * * *", "R(0-60) * * * *", "R(60-70) * * * *", "R(5-5) * * * *", "R(6-5) * * * *", "R/0 * * * *",
  "R/61 * * * *", "R(0-30)/0 * * * *", "R(0-30)/31 * * * *", "R(0-30)/60 * * * *", "0 R * * *", "0 0 R * *", "0 0 * R *", "0 0 * * R",
  "0 0 * * * R", "0 0 * * * 0 R", "0 0 * * * 0 R(1970-2099)", "0 0 * * * 0 R/2", "r r r r r",
  "٠ ٠ * * *", "０ ０ * * *", "𝟎 𝟎 * * *", "² * * * *", "0\u00a00 * * *", "0\u20030 * * *", "0\u200b0 * * *", "0\x1c0\x1d*\x1e*\x1f*",
  "0\x850 * * *", "0\u30000 * * *", "0 0 * * *\n", "\n0 0 * * *",
  "-1 * * * *", "-0 * * * *", "1-- * * * *", "--1 * * * *", "0 0 , * *", "0 0 1, * *", "0 0 ,1 * *", "0 0 1,,2 * *", "00 00 01 01 00",
  "007 * * * *", "60 * * * *", "0 24 * * *", "0 0 32 * *", "0 0 * 13 *", "0 0 * * 8", "0 0 * * * 60", "0 0 * * * 0 1969", "0 0 * * * 0 2100",
  "0 0 1W * *", "0 0 LW * *", "0 0 W * *", "0 0 15W * *", "0 0 * * 5L", "0 0 L * *", "0 0 l * *", "0 0 L * * 0", "0 0 L * * 0 2030",
  "0 0 * JAN,feb,Mar *", "0 0 * * MON,tue,Wed", "0 0 * january *", "0 0 * * monday", "0 0 * * thur",
  "0 0 1 1 * 0 2020,2030", "0 0 1 1 * 0 2020,2030,2031", "0 0 30 11 * 0 2020,2026", "0 0 1 12 * 0 2020,2026", "0 0 1 12 * 0 2020,2026,2027",
  "0 0 29 2 * 0 2024,2028", "0 0 29 2 * 0 2024,2028,2032", "30 23 L 12 * 59 2026,2040", "0 0 31 2 mon 0 2027-2030",
  "0 0 30,L 2 *", "0 0 31,L 4 *", "0 0 15,L 2 *", "0 0 31,L * *", "0 0 30,L 4,5 *", "0 0 29,L 2 * 0 2027-2030", "*/55 * 30,L feb * */43 2020,2030",
  "0 12 31,L * * 0 2026", "0 12 31,L 11,12 * 0 2026,2027", "0 0 29,31,L 4 *", "0 0 15,31,L 4 * 0 2027",
  "R/1 * * * *", "0 R(3-9)/1 * * *", "0 0 * * * 0 R(2020-2030)/1", "R(0-1) * * * *",
  // Python's int() refuses more than 4,300 digits: in a value, a range, a step, an nth weekday, an R range.
  `${"0".repeat(4300)}5 * * * *`, `${"0".repeat(4299)}5 * * * *`, `0-${"0".repeat(4301)} * * * *`, `*/${"0".repeat(4300)}1 * * * *`,
  `0 0 * * 1#${"0".repeat(4300)}1`, `r(${"0".repeat(4301)}-5) * * * *`,
];
// ---- run ----
const count = Number(opts.count);
const seen = new Set();
const cases = [];
for (const expr of EDGE) {
  if (!seen.has(expr)) cases.push(expr);
  seen.add(expr);
}
for (const line of opts.extra ? readFileSync(opts.extra, "utf8").split("\n").filter(Boolean) : []) {
  const expr = JSON.parse(line);
  if (!seen.has(expr)) cases.push(expr);
  seen.add(expr);
}
let attempts = 0;
while (cases.length < count && attempts++ < count * 20) {
  const expr = expression();
  if (seen.has(expr)) continue;
  seen.add(expr);
  cases.push(expr);
}
const jobs = cases.flatMap((expr) => [
  { expr, keyword: "schedule" },
  { expr, keyword: "schedule_interval" },
]);
const python = opts.python;
const home = opts["airflow-home"] ?? join(dirname(dirname(python)), "home");
const started = Date.now();
// The DAG's start_date, which our checks read as "now" (they do not evaluate start_date expressions).
const now = new Date(opts.start);
if (Number.isNaN(now.getTime())) throw new Error(`--start ${opts.start} is not a date`);
const startParts = [now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate(), now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds()];
const run = spawnSync(python, [join(repo, "scripts/fuzz-schedules-judge.py"), JSON.stringify(startParts)], {
  input: JSON.stringify(jobs),
  encoding: "utf8",
  maxBuffer: 1024 * 1024 * 1024,
  env: {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    AIRFLOW_HOME: home,
    AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: `sqlite:///${join(home, "airflow.db")}`,
    AIRFLOW__CORE__LOAD_EXAMPLES: "False",
    PYTHONHASHSEED: "0",
  },
});
if (run.status !== 0) {
  console.error(run.stderr);
  process.exit(2);
}
const verdicts = JSON.parse(run.stdout);
const pythonSeconds = (Date.now() - started) / 1000;
const disagreements = [];
const fixed = [];
const byKind = new Map();
for (let i = 0; i < jobs.length; i++) {
  const theirs = { ...verdicts[i], error: normaliseError(verdicts[i].error) };
  const mine = ours(jobs[i].expr, jobs[i].keyword, now);
  const kind = compare(mine, theirs);
  jobs[i].airflow = theirs;
  if (baseline) {
    const before = ours(jobs[i].expr, jobs[i].keyword, now, baseline);
    const old = compare(before, theirs);
    if (old) fixed.push({ kind: old, ...jobs[i], baseline: before });
  }
  if (!kind) continue;
  const row = { kind, ...jobs[i], airflow: theirs, ours: mine };
  disagreements.push(row);
  byKind.set(kind, [...(byKind.get(kind) ?? []), row]);
}
console.log(`${cases.length} schedule strings x 2 keywords = ${jobs.length} cases judged by Airflow in ${pythonSeconds.toFixed(1)} s; ${disagreements.length} disagreements`);
const tally = new Map();
for (const { airflow } of jobs) {
  const kind =
    airflow.outcome === "error"
      ? `rejected at ${airflow.at}${airflow.sometimes ? " (sometimes)" : ""}: ${(lastLine(airflow.error) ?? "")
          .replace(/^(AirflowTimetableInvalid: )[\s\S]* is out of bands$/, "$1… is out of bands")
          .replace(/\[[\s\S]*\]|'[^']*'|\d+/g, "…")
          .slice(0, 70)}`
      : airflow.random
        ? "accepted, random"
        : airflow.fires === false
          ? `accepted, never fires: ${airflow.next_error}`
          : "accepted";
  tally.set(kind, (tally.get(kind) ?? 0) + 1);
}
console.log("Airflow's verdicts:");
for (const [kind, n] of [...tally].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(6)}  ${kind}`);
for (const [kind, rows] of byKind) {
  console.log(`\n## ${kind}: ${rows.length}`);
  for (const row of rows.slice(0, 8)) console.log(`  ${cut(JSON.stringify(row.expr))} [${row.keyword}]\n    ours:    ${cut(JSON.stringify(row.ours))}\n    airflow: ${cut(JSON.stringify(row.airflow))}`);
}
if (baseline) {
  const fixedKinds = new Map();
  for (const row of fixed) fixedKinds.set(row.kind, [...(fixedKinds.get(row.kind) ?? []), row]);
  console.log(`\n# The baseline (${opts["baseline-src"]}) disagreed on ${fixed.length} cases`);
  for (const [kind, rows] of fixedKinds) {
    console.log(`## ${kind}: ${rows.length}`);
    for (const row of rows.slice(0, 5)) console.log(`  ${cut(JSON.stringify(row.expr))} [${row.keyword}]\n    baseline: ${cut(JSON.stringify(row.baseline))}\n    airflow:  ${cut(JSON.stringify(row.airflow))}`);
  }
}
if (opts.out) writeFileSync(opts.out, JSON.stringify({ disagreements, fixed }, null, 1));
if (opts.table) {
  // The vendored table: every disagreement found (by expression and keyword) plus a random sample of the rest.
  const sample = Number(opts.sample);
  const chosen = new Set([...disagreements, ...fixed].map((d) => `${d.keyword}\0${d.expr}`));
  const fixedKeys = new Set(fixed.map((d) => `${d.keyword}\0${d.expr}`));
  const rest = jobs.filter((j) => !chosen.has(`${j.keyword}\0${j.expr}`));
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [rest[i], rest[j]] = [rest[j], rest[i]];
  }
  // Long strings (4,300-digit numbers, lists of hundreds of items) weigh much and teach one thing each: a few do.
  const edge = new Set(EDGE);
  let long = 0;
  const kept = jobs.filter((j) => {
    if (!chosen.has(`${j.keyword}\0${j.expr}`) && !edge.has(j.expr)) return false;
    if (j.expr.length <= 1000 || edge.has(j.expr)) return true;
    return long++ < Number(opts["max-long"]);
  });
  const rows = [...kept, ...rest.filter((j) => !edge.has(j.expr)).slice(0, sample)];
  const lines = rows.map(({ expr, keyword, airflow }) => {
    const verdict = { outcome: airflow.outcome, error: airflow.error, at: airflow.at, sometimes: airflow.sometimes, random: airflow.random, fires: airflow.fires };
    const key = `${keyword}\0${expr}`;
    const why = fixedKeys.has(key) ? "fixed" : chosen.has(key) ? "disagrees" : edge.has(expr) ? "edge" : "sample";
    return JSON.stringify({ expr, keyword, start: now.toISOString(), airflow2: verdict, row: why });
  });
  writeFileSync(opts.table, lines.join("\n") + "\n");
  console.log(`\nwrote ${lines.length} rows to ${opts.table}`);
}
rmSync(work, { recursive: true, force: true });
if (disagreements.length) process.exitCode = 1;
