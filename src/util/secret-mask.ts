/**
 * What the Actions runner does for `core.setSecret`, for the CLI and for text astro-ci sends to GitHub itself (a PR
 * comment, which the runner's log masking never sees): values registered with `mask` are replaced by `***` in every
 * text `scrub` is given. Values shorter than 4 characters are not masked (as with the runner, masking `a` would
 * mangle every message while hiding nothing).
 * As the runner's value encoders do (actions/runner src/Runner.Common/SecretMasker: JSON string escape, URI data
 * escape), each value is also masked as it appears JSON-escaped (an answer quoted with JSON.stringify, a JSON report:
 * `pa"ss` shows as `pa\"ss`) and percent-encoded (inside a URL).
 */
export interface SecretMask {
  mask(value: string): void;
  scrub(text: string): string;
  /** Whether any value is registered (so callers can skip scrubbing large texts that cannot hold one). */
  readonly empty: boolean;
}

/** The forms of a value that text may hold: as is, JSON-escaped (once and twice: a quoted JSON answer), percent-encoded. */
function encodings(value: string): string[] {
  const json = JSON.stringify(value).slice(1, -1);
  const twice = JSON.stringify(json).slice(1, -1);
  let uri = value;
  try {
    uri = encodeURIComponent(value);
  } catch {
    // A lone surrogate cannot be percent-encoded: no such form in any URL.
  }
  return [...new Set([value, json, twice, uri])];
}

export function createSecretMask(): SecretMask {
  // Longest first, kept sorted as values come: a secret that contains another is masked whole.
  const secrets: string[] = [];
  return {
    mask(value) {
      if (value.length < 4) return;
      for (const form of encodings(value)) {
        if (secrets.includes(form)) continue;
        secrets.push(form);
      }
      secrets.sort((a, b) => b.length - a.length);
    },
    scrub(text) {
      let out = text;
      for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join("***");
      return out;
    },
    get empty() {
      return secrets.length === 0;
    },
  };
}
