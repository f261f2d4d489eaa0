/**
 * Schedule strings as Airflow accepts them: its presets, or a cron expression croniter accepts (5 fields, or 6 with
 * seconds last). Written by hand because JS cron parsers disagree with croniter on the cases that matter here
 * (`L`, `#`, `?`, `7` as Sunday, names in ranges), and the rules are short.
 */
export const SCHEDULE_PRESETS = ["@once", "@continuous", "@hourly", "@daily", "@weekly", "@monthly", "@quarterly", "@yearly", "@annually", "@midnight"];

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  names?: string[];
  allowL?: boolean;
  allowHash?: boolean;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const FIELDS: FieldSpec[] = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day of month", min: 1, max: 31, allowL: true },
  { name: "month", min: 1, max: 12, names: MONTHS },
  { name: "day of week", min: 0, max: 7, names: DAYS, allowL: true, allowHash: true },
];
const SECONDS: FieldSpec = { name: "second", min: 0, max: 59 };

/** undefined when valid, else why not. */
export function scheduleProblem(schedule: string): string | undefined {
  const trimmed = schedule.trim();
  if (trimmed.startsWith("@")) return SCHEDULE_PRESETS.includes(trimmed) ? undefined : `'${trimmed}' is not an Airflow preset (${SCHEDULE_PRESETS.join(", ")})`;
  const parts = trimmed.split(/\s+/);
  if (parts.length !== 5 && parts.length !== 6) return `a cron expression has 5 fields (minute hour day-of-month month day-of-week), '${trimmed}' has ${parts.length}`;
  const specs = parts.length === 6 ? [...FIELDS, SECONDS] : FIELDS;
  for (let i = 0; i < parts.length; i++) {
    const problem = fieldProblem(parts[i] as string, specs[i] as FieldSpec);
    if (problem) return problem;
  }
  return undefined;
}

function value(token: string, spec: FieldSpec): number | undefined {
  if (/^\d+$/.test(token)) return Number(token);
  const index = spec.names?.indexOf(token.toLowerCase()) ?? -1;
  return index >= 0 ? index + (spec.name === "month" ? 1 : 0) : undefined;
}

function fieldProblem(field: string, spec: FieldSpec): string | undefined {
  for (const item of field.split(",")) {
    if (!item) return `empty list item in the ${spec.name} field '${field}'`;
    if (item === "*" || item === "?") continue;
    if (spec.allowL && (item === "L" || /^\d+L$/i.test(item) || /^[a-z]{3}L$/i.test(item))) continue;
    if (spec.allowHash && /^([0-7]|[a-z]{3})#[1-5]$/i.test(item)) continue;
    const [range, step, extra] = item.split("/");
    if (extra !== undefined) return `'${item}' in the ${spec.name} field has two steps`;
    if (step !== undefined && !/^[1-9]\d*$/.test(step)) return `step '${step}' in the ${spec.name} field must be a positive number`;
    if (range === "*" || range === "?") continue;
    const [startText, endText, more] = (range ?? "").split("-");
    if (more !== undefined) return `'${range}' in the ${spec.name} field is not a range`;
    const start = value(startText ?? "", spec);
    if (start === undefined) return `'${startText}' is not valid in the ${spec.name} field`;
    if (start < spec.min || start > spec.max) return `${start} is out of range for the ${spec.name} field (${spec.min}-${spec.max})`;
    if (endText !== undefined) {
      const end = value(endText, spec);
      if (end === undefined) return `'${endText}' is not valid in the ${spec.name} field`;
      if (end < spec.min || end > spec.max) return `${end} is out of range for the ${spec.name} field (${spec.min}-${spec.max})`;
    }
  }
  return undefined;
}
