/**
 * Schedule strings exactly as Airflow judges them: `create_timetable` and `CronMixin` (apache/airflow
 * airflow/models/dag.py and airflow/timetables/_cron.py at 2.10.5; the task SDK's `_create_timetable` in Airflow 3),
 * Airflow's `cron_presets` (airflow/utils/dates.py at 2.10.5), and croniter's parser (`croniter._expand` and its
 * `HashExpander`): croniter 5.0.1 for Airflow 2.10 (its pinned version) and croniter 6.0.0 for Airflow 3
 * (kiorky/croniter, src/croniter/croniter.py). The two versions parse alike; 6.0.0 only rewords two messages.
 *
 * This is a port of croniter's parser, not a cron grammar of our own: the same steps in the same order, with
 * Python's semantics where they matter (`str.split()` whitespace, `\d` and `int()` taking any Unicode decimal digit,
 * `\w` taking Unicode letters and numbers, list items popped from the end), so the verdict and the message are the
 * ones Airflow gives. No JavaScript cron library reproduces croniter (`L`, `#`, `?`, `7` as Sunday only in 5-field
 * expressions, names in ranges, `R` random fields, 6 and 7 fields), hence the port.
 */

/** croniter version whose parser is reproduced, per Airflow major. */
export type CroniterVersion = "5.0.1" | "6.0.0";
export const CRONITER_FOR_AIRFLOW: Record<2 | 3, CroniterVersion> = { 2: "5.0.1", 3: "6.0.0" };

/** Airflow's own presets (`cron_presets`), matched exactly; croniter adds its own, matched case-insensitively. */
export const AIRFLOW_CRON_PRESETS: Record<string, string> = {
  "@hourly": "0 * * * *",
  "@daily": "0 0 * * *",
  "@weekly": "0 0 * * 0",
  "@monthly": "0 0 1 * *",
  "@quarterly": "0 0 1 */3 *",
  "@yearly": "0 0 1 1 *",
};
/** croniter's `expr_aliases` (without hash_id), looked up after lower-casing the whole expression. */
const CRONITER_ALIASES: Record<string, string> = {
  "@midnight": "0 0 * * *",
  "@hourly": "0 * * * *",
  "@daily": "0 0 * * *",
  "@weekly": "0 0 * * 0",
  "@monthly": "0 0 1 * *",
  "@yearly": "0 0 1 1 *",
  "@annually": "0 0 1 1 *",
};
/** Every schedule string Airflow accepts without a cron expression of five or more fields. */
export const SCHEDULE_PRESETS = ["@once", "@continuous", "@hourly", "@daily", "@weekly", "@monthly", "@quarterly", "@yearly", "@annually", "@midnight"];

export const FIELD_NAMES = ["minute", "hour", "day of month", "month", "day of week", "second", "year"];
const MINUTE = 0;
const DAY = 2;
const MONTH = 3;
const DOW = 4;
const YEAR = 6;
const RANGES: [number, number][] = [[0, 59], [0, 23], [1, 31], [1, 12], [0, 6], [0, 59], [1970, 2099]];
const LEN_MEANS_ALL = [60, 24, 31, 12, 7, 60, 130];
const MONTH_NAMES: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const DOW_NAMES: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const ALPHACONV: Record<string, number | "l">[] = [{}, {}, { l: "l" }, MONTH_NAMES, DOW_NAMES, {}, {}];

/**
 * Code points of every Unicode digit zero (category Nd) as Python 3.11's unicodedata (Unicode 14) has them; each
 * starts a run of ten. Python's `\d` and `int()` accept all of them.
 */
const DIGIT_ZEROS = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0,
  0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0,
  0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0,
  0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];
/** Characters Python's `str.split()` splits on (`str.isspace()`). */
const PY_WHITESPACE = "\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";

const hex = (cp: number): string => `\\u{${cp.toString(16)}}`;
const D = `[${DIGIT_ZEROS.map((z) => `${hex(z)}-${hex(z + 9)}`).join("")}]`;
const W = "[\\p{L}\\p{N}_]";
const WEEKDAYS = Object.keys(DOW_NAMES).join("|");
const MONTHS = Object.keys(MONTH_NAMES).join("|");
const STEP_SEARCH = new RegExp(`^([^-]+)-([^-/]+)(/(${D}+))?$`, "u");
const ONLY_INT = new RegExp(`^${D}+$`, "u");
const STAR_OR_INT = new RegExp(`^(${D}+|\\*)$`, "u");
const SPECIAL_DOW = new RegExp(`^(?<pre>((?<he>((${WEEKDAYS})(-(${WEEKDAYS}))?)|((${MONTHS})(-(${MONTHS}))?)|${W}+)#)|l)(?<last>${D}+)$`, "u");
const HASH_EXPRESSION = new RegExp(`^(?<type>h|r)(\\((?<begin>${D}+)-(?<end>${D}+)\\))?(\\/(?<divisor>${D}+))?$`, "u");
const STAR_STEP = /^\*(\/[^\n]+)$/u;
const ANY_STEP = /^([^\n]+)\/([^\n]+)$/u;

/** CPython's default `sys.get_int_max_str_digits()` (3.11+, and 3.10.7+): `int()` refuses longer digit strings. */
const PY_INT_MAX_STR_DIGITS = 4300;

/** Python's `int()` of a string of Unicode decimal digits (callers check the shape first). */
function pyInt(text: string): number {
  const digits = [...text].length;
  if (digits > PY_INT_MAX_STR_DIGITS)
    throw new PyValueError(`Exceeds the limit (${PY_INT_MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`);
  let value = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    let digit = -1;
    for (const zero of DIGIT_ZEROS) if (cp >= zero && cp <= zero + 9) digit = cp - zero;
    if (digit < 0) throw new PyValueError(`invalid literal for int() with base 10: '${text}'`);
    value = value * 10 + digit;
  }
  return value;
}

function pySplit(text: string): string[] {
  const parts: string[] = [];
  let current = "";
  for (const ch of text) {
    if (PY_WHITESPACE.includes(ch)) {
      if (current) parts.push(current);
      current = "";
    } else current += ch;
  }
  if (current) parts.push(current);
  return parts;
}

/** croniter's CroniterBadCronError (and subclasses): Airflow reports `AirflowTimetableInvalid: <message>`. */
class CroniterBadCron extends Error {}
/** A Python ValueError escaping croniter's own checks: croniter wraps it, message and all, as a traceback. */
class PyValueError extends Error {}

function pyRange(start: number, stop: number, step: number): number[] {
  if (step === 0) throw new PyValueError("range() arg 3 must not be zero");
  const out: number[] = [];
  for (let v = start; v < stop; v += step) out.push(v);
  return out;
}

type Value = number | "*" | "l";
type Nth = Map<number, Set<number | "l">>;

interface ParseContext {
  version: CroniterVersion;
  /** The expression as given to croniter (for messages). */
  exprFormat: string;
  /** The lower-cased fields. */
  expressions: string[];
}

function valueAlias(value: Value, field: number, length: number): Value {
  if (field === DAY && value === 0 && length !== 5 && length !== 7) return 1;
  if (field === MONTH && value === 0) return value;
  if (field === DOW && value === 7 && length === 5) return 0;
  return value;
}

function alphaconv(field: number, key: string, ctx: ParseContext): number | "l" {
  const table = ALPHACONV[field] as Record<string, number | "l">;
  if (Object.prototype.hasOwnProperty.call(table, key)) return table[key] as number | "l";
  throw new CroniterBadCron(`[${ctx.expressions.join(" ")}] is not acceptable`);
}

/** One field of `croniter._expand` after the hash expander: the values it allows and its nth-weekday entries. */
function expandField(field: number, expr: string, ctx: ParseContext, nth: Nth): Value[] {
  const questionSpace = ctx.version === "5.0.1" ? "  " : " ";
  if (expr.includes("?")) {
    if (expr !== "?") throw new CroniterBadCron(`[${ctx.exprFormat}] is not acceptable.${questionSpace}Question mark can not used with other characters`);
    if (field !== DAY && field !== DOW)
      throw new CroniterBadCron(`[${ctx.exprFormat}] is not acceptable.${questionSpace}Question mark can only used in day_of_month or day_of_week`);
    expr = "*";
  }
  const [min, max] = RANGES[field] as [number, number];
  const length = ctx.expressions.length;
  const items: (string | number)[] = expr.split(",");
  // How many times each item is in `items`, for Python's `a not in e_list` without a quadratic scan.
  const inItems = new Map<string | number, number>();
  for (const item of items) inItems.set(item, (inItems.get(item) ?? 0) + 1);
  const res: Value[] = [];
  while (items.length > 0) {
    let e = items.pop() as string | number;
    inItems.set(e, (inItems.get(e) ?? 1) - 1);
    if (typeof e === "number") {
      // A value a range pushed back: str(e) is plain digits, so only the single-value branch applies.
      const value = valueAlias(e, field, length) as number;
      if (value < min || value > max) throw new CroniterBadCron(`[${ctx.exprFormat}] is not acceptable, out of range`);
      res.push(value);
      continue;
    }
    let nthValue: number | "l" | undefined;
    if (field === DOW) {
      const special = SPECIAL_DOW.exec(String(e));
      if (special?.groups) {
        const { he, last, pre } = special.groups;
        if (he) {
          e = he;
          // croniter: `try: nth = int(last); assert 1 <= nth <= 5 except (KeyError, ValueError, AssertionError)`,
          // so an int() refusal reports nth as None.
          let parsed: number | undefined;
          try {
            parsed = pyInt(last as string);
          } catch (error) {
            if (!(error instanceof PyValueError)) throw error;
          }
          if (parsed === undefined || !(parsed >= 1 && parsed <= 5))
            throw new CroniterBadCron(`[${ctx.exprFormat}] is not acceptable. Invalid day_of_week value: '${parsed ?? "None"}'`);
          nthValue = parsed;
        } else if (last) {
          e = last;
          nthValue = pre as "l";
        }
      }
    }
    let t = String(e).replace(STAR_STEP, `${min}-${max}$1`);
    let m = STEP_SEARCH.exec(t);
    if (!m) {
      t = String(e).replace(ANY_STEP, `$1-${max}/$2`);
      m = STEP_SEARCH.exec(t);
    }
    if (m) {
      let low: string = m[1] as string;
      let high: string = m[2] as string;
      const stepText = m[4] ?? "1";
      if (field === DAY && high === "l") high = "31";
      if (!ONLY_INT.test(low)) low = String(alphaconv(field, low, ctx));
      if (!ONLY_INT.test(high)) high = String(alphaconv(field, high, ctx));
      const step = pyInt(stepText);
      for (const band of [low, high]) {
        if (!ONLY_INT.test(band)) throw new CroniterBadCron(`[${ctx.exprFormat}] bands '${low}-${high}' in field ${field} are not acceptable`);
      }
      const lo = valueAlias(pyInt(low), field, length) as number;
      const hi = valueAlias(pyInt(high), field, length) as number;
      if (Math.max(lo, hi) > max) throw new CroniterBadCron(`${ctx.exprFormat} is out of bands`);
      let rng: number[];
      if (lo > hi) {
        const whole = max - min + 1;
        rng = pyRange(lo, max + 1, step);
        let toSkip = 0;
        if (rng.length) {
          const lastValue = rng[rng.length - 1] as number;
          const alreadySkipped = max - lastValue;
          const position = lastValue - min;
          if (position + step > whole && alreadySkipped < step) toSkip = step - alreadySkipped;
        }
        rng.push(...pyRange(min + toSkip, hi + 1, step));
      } else if (lo === hi) {
        rng = pyRange(min, max + 1, step);
      } else {
        try {
          rng = pyRange(lo, hi + 1, step);
        } catch (error) {
          throw new CroniterBadCron(`invalid range: ${(error as Error).message}`);
        }
      }
      const next: (string | number)[] = field === DOW && nthValue !== undefined && nthValue !== "l" ? rng.map((v) => `${v}#${nthValue}`) : rng;
      const fresh = next.filter((a) => !inItems.get(a));
      for (const a of fresh) {
        items.push(a);
        inItems.set(a, (inItems.get(a) ?? 0) + 1);
      }
    } else {
      if (t.startsWith("-")) throw new CroniterBadCron(`[${ctx.exprFormat}] is not acceptable,negative numbers not allowed`);
      let value: Value;
      if (!STAR_OR_INT.test(t)) {
        value = alphaconv(field, t, ctx);
      } else value = t === "*" ? "*" : pyInt(t);
      value = valueAlias(value, field, length);
      if (value !== "*" && value !== "l" && (value < min || value > max)) throw new CroniterBadCron(`[${ctx.exprFormat}] is not acceptable, out of range`);
      res.push(value);
      if (field === DOW && nthValue !== undefined && typeof value === "number") {
        const set = nth.get(value) ?? new Set<number | "l">();
        set.add(nthValue);
        nth.set(value, set);
      }
    }
  }
  let unique = [...new Set(res)];
  if (unique.length === LEN_MEANS_ALL[field]) {
    const keep = (field === DAY && !(ctx.expressions[DOW] as string).includes("*")) || (field === DOW && !(ctx.expressions[DAY] as string).includes("*"));
    if (!keep) unique = ["*"];
  }
  return unique;
}

/** Python's repr of a small set: small ints iterate in ascending order (their hash is their value). */
function pySetRepr(values: Iterable<number | "l" | "*">): string {
  const sorted = [...values].sort((a, b) => (typeof a === "number" && typeof b === "number" ? a - b : typeof a === "number" ? -1 : 1));
  const list = sorted.map((v) => (typeof v === "number" ? String(v) : `'${v}'`));
  return `{${list.join(", ")}}`;
}

/** The nth-weekday check croniter runs once every field is expanded. */
function checkNthMix(dow: Value[], nth: Nth, ctx: ParseContext): void {
  if (nth.size === 0) return;
  const literal = dow.filter((v) => v !== "*" && !(typeof v === "number" && nth.has(v)));
  if (literal.length && new Set(dow).size !== LEN_MEANS_ALL[DOW]) {
    const nthRepr = `{${[...nth].map(([k, v]) => `${k}: ${pySetRepr(v)}`).join(", ")}}`;
    throw new CroniterBadCron(
      `day-of-week field does not support mixing literal values and nth day of week syntax.  Cron: '${ctx.exprFormat}'    dow=${pySetRepr(literal as (number | "l")[])} vs nth=${nthRepr}`,
    );
  }
}

/**
 * What croniter's `HashExpander` may turn a field into. `H` needs a hash_id, which Airflow never passes; `R` draws
 * at random at every parse, so every reachable draw is returned (values beyond the field's bounds are represented by
 * a few, since they all fail alike).
 */
function hashExpansions(field: number, expr: string): { random: boolean; candidates: string[] } {
  const match = HASH_EXPRESSION.exec(expr);
  if (!match?.groups) return { random: false, candidates: [expr] };
  const { type, begin, end, divisor } = match.groups;
  if (type === "h") throw new CroniterBadCron("Hashed definitions must include hash_id");
  const [min, max] = RANGES[field] as [number, number];
  if (begin && end && pyInt(begin) >= pyInt(end)) throw new CroniterBadCron("Range end must be greater than range begin");
  const draws = (from: number, to: number): number[] => {
    // `((crc >> idx) % (to - from + 1)) + from` with a 32-bit random crc.
    const reachableTo = Math.min(to, from + Math.floor(0xffffffff / 2 ** field));
    const values = new Set<number>();
    for (let v = from; v <= reachableTo && v <= from + 200; v++) values.add(v);
    for (let v = Math.max(from, reachableTo - 3); v <= reachableTo; v++) values.add(v);
    for (let v = Math.max(from, min - 2); v <= Math.min(reachableTo, max + 2); v++) values.add(v);
    return [...values];
  };
  // A draw from a single value (`R/1`, `R(a-b)/1`) is the same at every parse: not random in effect.
  const drawn = (candidates: string[]): { random: boolean; candidates: string[] } => ({ random: candidates.length > 1, candidates });
  if (begin && end && divisor) {
    const d = pyInt(divisor);
    if (d === 0) throw new CroniterBadCron(`Bad expression: ${expr}`);
    const b = pyInt(begin);
    return drawn(draws(b, d - 1 + b).map((v) => `${v}-${pyInt(end)}/${d}`));
  }
  if (begin && end) return drawn(draws(pyInt(begin), pyInt(end)).map(String));
  if (divisor) {
    const d = pyInt(divisor);
    if (d === 0) throw new CroniterBadCron(`Bad expression: ${expr}`);
    return drawn(draws(min, d - 1 + min).map((v) => `${v}-${max}/${d}`));
  }
  return drawn(draws(min, max).map(String));
}

/** croniter's parse of a whole expression, as Airflow's `CronMixin.validate` meets it. */
export interface CronParse {
  ok: boolean;
  /** croniter's message (without Airflow's `AirflowTimetableInvalid: ` prefix). */
  message?: string;
  /** Only some random draws fail (so the DAG fails to import now and then). */
  sometimes?: boolean;
  /** Indexes of the fields written with `R` (random). */
  randomFields: number[];
  /** Expanded fields, when the expression has no random field and parses. */
  expanded?: Value[][];
  nth?: Nth;
}

/** Parse a cron expression the way croniter `version` does. */
export function parseCron(expression: string, version: CroniterVersion): CronParse {
  const lowered = expression.toLowerCase();
  const efl = CRONITER_ALIASES[lowered] ?? lowered;
  const expressions = pySplit(efl);
  const ctx: ParseContext = { version, exprFormat: expression, expressions };
  if (![5, 6, 7].includes(expressions.length)) return { ok: false, message: "Exactly 5, 6 or 7 columns has to be specified for iterator expression.", randomFields: [] };
  const randomFields: number[] = [];
  const expanded: Value[][] = [];
  let nthOfDeterministic: Nth = new Map();
  let firstFailure: string | undefined;
  let alwaysFails = false;
  const traceback = (error: PyValueError): string => `Traceback (most recent call last):\n  ...\nValueError: ${error.message}\n`;
  for (let field = 0; field < expressions.length; field++) {
    const outcomes: { ok: boolean; message?: string; values?: Value[]; nth?: Nth }[] = [];
    try {
      const { random, candidates } = hashExpansions(field, expressions[field] as string);
      if (random) randomFields.push(field);
      for (const candidate of candidates) {
        const nth: Nth = new Map();
        try {
          const values = expandField(field, candidate, ctx, nth);
          outcomes.push({ ok: true, values, nth });
        } catch (error) {
          if (error instanceof CroniterBadCron) outcomes.push({ ok: false, message: error.message });
          else if (error instanceof PyValueError) outcomes.push({ ok: false, message: traceback(error) });
          else throw error;
        }
      }
    } catch (error) {
      // The hash expander's int() calls run inside croniter's `expand`, which wraps a ValueError as a traceback.
      if (error instanceof PyValueError) outcomes.push({ ok: false, message: traceback(error) });
      else if (!(error instanceof CroniterBadCron)) throw error;
      else outcomes.push({ ok: false, message: error.message });
    }
    const failures = outcomes.filter((o) => !o.ok);
    if (failures.length) {
      firstFailure ??= failures[0]?.message;
      if (failures.length === outcomes.length) alwaysFails = true;
    }
    const first = outcomes[0];
    if (first?.ok) {
      expanded.push(first.values as Value[]);
      if (field === DOW) nthOfDeterministic = first.nth as Nth;
    }
  }
  if (firstFailure === undefined) {
    // croniter checks the nth-weekday mix once every field is expanded (the DOW field has no R draws then).
    try {
      checkNthMix(expanded[DOW] as Value[], nthOfDeterministic, ctx);
    } catch (error) {
      if (!(error instanceof CroniterBadCron)) throw error;
      return { ok: false, message: error.message, sometimes: false, randomFields };
    }
  }
  if (firstFailure !== undefined) return { ok: false, message: firstFailure, sometimes: !alwaysFails, randomFields };
  return { ok: true, randomFields, ...(randomFields.length ? {} : { expanded, nth: nthOfDeterministic }) };
}

/**
 * Longer schedule strings are left unjudged (no real schedule comes near; a hostile one must not stall CI). The port
 * is linear in the length (croniter itself is quadratic in a list's length), about 0.5 s for this many characters.
 */
export const MAX_JUDGED_LENGTH = 262_144;

export interface ScheduleVerdict {
  /** Airflow builds and validates the timetable without an error (for `R` fields: whatever it draws). */
  ok: boolean;
  /** What the DagBag reports, e.g. `AirflowTimetableInvalid: [0 0 32 * *] is not acceptable, out of range`. */
  error?: string;
  /** The error happens only for some random draws, so imports fail now and then. */
  sometimes?: boolean;
  /** What the string is to Airflow. */
  kind: "once" | "continuous" | "cron";
  /** The cron expression croniter parses (Airflow's presets replaced), for kind `cron`. */
  expression?: string;
  /** Names of the fields written with `R` (a new random value at every parse). */
  randomFields: string[];
  /** Parsed fields, for valid crons without random fields. */
  parse?: CronParse;
}

/**
 * How Airflow `airflowMajor` treats a string schedule: `create_timetable` (`@once`, `@continuous` exactly, else
 * `cron_presets.get(s, s)`) then `CronMixin.validate` (croniter). Airflow 3's `_create_timetable` takes the same path.
 */
export function airflowScheduleVerdict(schedule: string, airflowMajor: 2 | 3): ScheduleVerdict {
  if (schedule === "@once") return { ok: true, kind: "once", randomFields: [] };
  if (schedule === "@continuous") return { ok: true, kind: "continuous", randomFields: [] };
  const expression = AIRFLOW_CRON_PRESETS[schedule] ?? schedule;
  // Hostile input: beyond this length the string is not judged.
  if (expression.length > MAX_JUDGED_LENGTH) return { ok: true, kind: "cron", expression, randomFields: [] };
  const parse = parseCron(expression, CRONITER_FOR_AIRFLOW[airflowMajor]);
  const randomFields = parse.randomFields.map((i) => FIELD_NAMES[i] as string);
  if (!parse.ok) return { ok: false, kind: "cron", expression, error: `AirflowTimetableInvalid: ${parse.message}`, sometimes: parse.sometimes, randomFields };
  return { ok: true, kind: "cron", expression, randomFields, parse };
}

/**
 * undefined when Airflow accepts the schedule string, else why not (croniter's words). Kept for callers that only
 * need a yes or no; `airflowScheduleVerdict` has the details.
 */
export function scheduleProblem(schedule: string, airflowMajor: 2 | 3 = 2): string | undefined {
  const verdict = airflowScheduleVerdict(schedule, airflowMajor);
  return verdict.ok ? undefined : verdict.error;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number): number => (month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number));
const HOUR = 1;
const SECOND = 5;

export interface NeverFiresOptions {
  /**
   * The timetable needs a match before the first run, as Airflow 2.10's default cron timetable does
   * (`CronDataIntervalTimetable`, `[scheduler] create_cron_data_intervals = True`): its `_align_to_next(start_date)`
   * asks croniter for the match before the first one (apache/airflow airflow/timetables/interval.py and
   * airflow/timetables/_cron.py at 2.10.5). Default true.
   */
  needsPrevious?: boolean;
}

/**
 * Whether a valid cron expression ever fires in the `years` years after `from` (croniter gives up after 50 and
 * raises CroniterBadDateError when the scheduler asks for the next run). Day matching follows croniter's `_calc`:
 * day-of-month and day-of-week are a union when both are restricted (croniter computes each half on its own and
 * raises when either finds nothing, so both must match some date), `L` is the last day, `#n`/`Ln` the nth/last
 * weekday. With `needsPrevious` (Airflow 2.10's data-interval timetable), an expression whose year field is
 * restricted also needs a match at or before `from` (standing in for the DAG's start_date): croniter's
 * `get_prev` from the first match ever finds nothing ("failed to find prev date"), so `next_dagrun_info` fails and
 * the scheduler never creates a run. Returns undefined when it fires, else a short reason. Random expressions are
 * not judged.
 */
export function neverFiresReason(verdict: ScheduleVerdict, from: Date, years = 50, options: NeverFiresOptions = {}): string | undefined {
  const expanded = verdict.parse?.expanded;
  const nth = verdict.parse?.nth ?? new Map();
  if (!verdict.ok || !expanded) return undefined;
  const restricted = (field: Value[] | undefined): field is Value[] => field !== undefined && !field.includes("*");
  const months = expanded[MONTH] as Value[];
  const doms = expanded[DAY] as Value[];
  const dows = expanded[DOW] as Value[];
  const yearsField = expanded[YEAR];
  const union = restricted(doms) && restricted(dows);
  const nthCache = new Map<number, Set<number>>();
  /**
   * Whether croniter's day fields (and the month and year) match this date; `part` is one half of croniter's union
   * of day-of-month and day-of-week (`dom`: the day-of-month with any nth weekday, as croniter's first pass keeps
   * `nth_weekday_of_month` while it sets day-of-week to `*`; `dow`: the day-of-week alone).
   */
  const dayMatches = (year: number, month: number, day: number, part: "both" | "dom" | "dow" = "both", forward = true, searchStart = false): boolean => {
    if (restricted(yearsField) && !yearsField.includes(year)) return false;
    if (restricted(months) && !months.includes(month)) return false;
    const days = daysIn(year, month);
    const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    let nthDays = nthCache.get(year * 100 + month);
    if (!nthDays) {
      nthDays = new Set<number>();
      for (const [weekday, ns] of nth) {
        const occurrences: number[] = [];
        for (let d = 1 + ((weekday - firstWeekday + 7) % 7); d <= days; d += 7) occurrences.push(d);
        for (const n of ns) {
          const d = n === "l" ? occurrences[occurrences.length - 1] : occurrences[n - 1];
          if (d !== undefined) nthDays.add(d);
        }
      }
      nthCache.set(year * 100 + month, nthDays);
    }
    const weekday = (firstWeekday + day - 1) % 7;
    // Looking forward, croniter's `_get_next_nearest_diff` takes the first listed day at or after the search's
    // position, numbers before `l`: a listed day past the month's end (30 in February) jumps into the next month, so
    // `L` gets its turn only when the search stands on the last day already (it starts there, or steps there from a
    // listed day before it). "0 0 30,L 2 *" never fires. Looking back, `l` always counts.
    const lastOk =
      doms.includes("l") && day === days && (!forward || searchStart || doms.includes(days - 1) || !doms.some((d) => typeof d === "number" && d > days));
    const domOk = !restricted(doms) || doms.includes(day) || lastOk;
    const dowOk = nth.size ? nthDays.has(day) : !restricted(dows) || dows.includes(weekday);
    const domPart = domOk && (nth.size ? nthDays.has(day) : true);
    if (part === "dom") return domPart;
    if (part === "dow") return dowOk;
    return union ? domPart || dowOk : domOk && dowOk;
  };
  const startYear = from.getUTCFullYear();
  const numbers = (field: Value[] | undefined): number[] => (restricted(field) ? field.filter((v): v is number => typeof v === "number").sort((a, b) => a - b) : []);
  const span = (field: Value[] | undefined, lo: number, hi: number): number[] => {
    const listed = numbers(field);
    return listed.length ? listed : Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  };
  /** Every time of day it fires at, in seconds, ascending (the seconds field only with 6 or 7 fields). */
  const times: number[] = [];
  for (const h of span(expanded[HOUR], 0, 23)) for (const m of span(expanded[MINUTE], 0, 59)) for (const sec of expanded.length > 5 ? span(expanded[SECOND], 0, 59) : [0]) times.push(h * 3600 + m * 60 + sec);
  times.sort((a, b) => a - b);
  const yearListed = (year: number): boolean => !restricted(yearsField) || yearsField.includes(year);
  const monthListed = (month: number): boolean => !restricted(months) || months.includes(month);
  /** The first instant strictly after `after` (ms) that matches `part`, searching croniter's window of `years`. */
  const nextInstant = (after: number, part: "both" | "dom" | "dow"): number | undefined => {
    const first = new Date(after);
    const [y0, m0, d0] = [first.getUTCFullYear(), first.getUTCMonth() + 1, first.getUTCDate()];
    const t0 = (after - Date.UTC(y0, m0 - 1, d0)) / 1000;
    for (let year = y0; year <= y0 + years; year++) {
      if (!yearListed(year)) continue;
      for (let month = year === y0 ? m0 : 1; month <= 12; month++) {
        if (!monthListed(month)) continue;
        for (let day = year === y0 && month === m0 ? d0 : 1; day <= daysIn(year, month); day++) {
          const first = year === y0 && month === m0 && day === d0;
          if (!dayMatches(year, month, day, part, true, first)) continue;
          const time = first ? times.find((t) => t > t0) : times[0];
          if (time !== undefined) return Date.UTC(year, month - 1, day) + time * 1000;
        }
      }
    }
    return undefined;
  };
  /** The last instant strictly before `before` (ms) that matches `part`, within croniter's window. */
  const previousInstant = (before: number, part: "both" | "dom" | "dow"): number | undefined => {
    const last = new Date(before);
    const [y0, m0, d0] = [last.getUTCFullYear(), last.getUTCMonth() + 1, last.getUTCDate()];
    const t0 = (before - Date.UTC(y0, m0 - 1, d0)) / 1000;
    // croniter's get_prev starts one second before and searches while the year is within `years` of that one's.
    const lowest = new Date(before - 1000).getUTCFullYear() - years;
    for (let year = y0; year >= Math.max(lowest, 1); year--) {
      if (!yearListed(year)) continue;
      for (let month = year === y0 ? m0 : 12; month >= 1; month--) {
        if (!monthListed(month)) continue;
        for (let day = year === y0 && month === m0 ? d0 : daysIn(year, month); day >= 1; day--) {
          if (!dayMatches(year, month, day, part, false)) continue;
          const earlier = year === y0 && month === m0 && day === d0 ? times.filter((t) => t < t0) : times;
          if (earlier.length) return Date.UTC(year, month - 1, day) + (earlier[earlier.length - 1] as number) * 1000;
        }
      }
    }
    return undefined;
  };
  // With both day fields restricted, croniter's `_get_next` computes each half on its own and takes the earlier
  // (`_get_prev`: the later); a half that finds nothing raises CroniterBadDateError for the whole (croniter 5.0.1
  // croniter/croniter.py).
  const parts: ("both" | "dom" | "dow")[] = union ? ["dom", "dow"] : ["both"];
  const S = from.getTime();
  const nexts = parts.map((part) => nextInstant(S, part));
  if (union && nexts.some((n) => n === undefined) && nexts.some((n) => n !== undefined)) {
    const which = nexts[0] === undefined ? "day-of-month" : "day-of-week";
    return `croniter reads a restricted day-of-month and day-of-week as two schedules and fails when one never matches: its ${which} part matches no date in the next ${years} years`;
  }
  if (nexts.every((n) => n !== undefined)) {
    // Every other expression repeats within croniter's window: only a year field can run out of matches.
    if (!(options.needsPrevious ?? true) || !restricted(yearsField)) return undefined;
    // Airflow 2's data-interval timetable: `_align_to_next(start_date)` asks for the first match N after the start
    // and the match before N; unless that is the start itself, the first interval is [N, next match after N].
    const N = Math.min(...(nexts as number[]));
    const firstDate = new Date(N).toISOString().slice(0, 10);
    const previous = parts.map((part) => previousInstant(N, part));
    if (previous.some((p) => p === undefined))
      return union
        ? `Airflow 2's cron timetable needs the match before a DAG's first run (${firstDate}), and croniter finds none for one half of its day-of-month/day-of-week union ("failed to find prev date")`
        : `its first match ever is on ${firstDate}, and Airflow 2's cron timetable needs the match before a DAG's first run (croniter raises "failed to find prev date"), so a DAG whose start_date is before then never gets a run`;
    if (Math.max(...(previous as number[])) === S) return undefined;
    if (parts.every((part) => nextInstant(N, part) !== undefined)) return undefined;
    return `its first match after the start (${firstDate}) is its last, and Airflow 2's cron timetable needs the match after it to end the first data interval (croniter raises "failed to find next date")`;
  }
  if (restricted(yearsField) && yearsField.every((y) => typeof y === "number" && y < startYear)) return `its year field only lists years before ${startYear}`;
  const dayNumbers = restricted(doms) ? doms.filter((d): d is number => typeof d === "number") : [];
  const longest = (month: number): number => (month === 2 ? 29 : (DAYS_IN_MONTH[month - 1] as number));
  const impossible = restricted(months) && dayNumbers.length > 0 && dayNumbers.every((d) => months.every((m) => d > longest(m as number)));
  if (impossible && !doms.includes("l") && !restricted(dows) && nth.size === 0) {
    const monthNames = months.map((m) => Object.keys(MONTH_NAMES)[(m as number) - 1]).join(", ");
    return `no month in (${monthNames}) has day ${dayNumbers.join(", ")}`;
  }
  if (doms.includes("l") && dayNumbers.some((d) => d > 28))
    return `croniter tries day ${Math.max(...dayNumbers)} before L and jumps past the end of shorter months, so L never matches in them`;
  if (restricted(yearsField)) return `no date after ${from.toISOString().slice(0, 10)} in the years its year field lists matches it`;
  return `no date in the next ${years} years matches it`;
}

export const _testing = { MINUTE, pySplit, pyInt };
