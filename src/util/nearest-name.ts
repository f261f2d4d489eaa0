import { distance as editDistance } from "fastest-levenshtein";

/**
 * The candidate nearest to a misspelt `name`, when close enough to be a typo: at most 2 edits, or a quarter of the
 * name's length for longer names. `name` is compared lower-cased and, besides as written, with `_` and `-` swapped
 * (a `fail_on` for `fail-on`, a `scheduler-size` for `scheduler_size`). Undefined when nothing is that close.
 */
export function nearestName(name: string, candidates: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const forms = [lower, lower.replace(/_/g, "-"), lower.replace(/-/g, "_")];
  let best: { name: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = Math.min(...forms.map((form) => editDistance(form, candidate)));
    if (!best || distance < best.distance) best = { name: candidate, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(name.length / 4)) ? best.name : undefined;
}
