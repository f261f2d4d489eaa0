/**
 * Levenshtein distance between two strings (insertions, deletions and substitutions of UTF-16 code units, each 1).
 * Used for "did you mean" suggestions; strings here are short names (settings, DAG arguments), so O(a*b) is fine.
 */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] as number;
}

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
