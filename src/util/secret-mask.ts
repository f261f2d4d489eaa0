/**
 * What the Actions runner does for `core.setSecret`, for the CLI and for text astro-ci sends to GitHub itself (a PR
 * comment, which the runner's log masking never sees): values registered with `mask` are replaced by `***` in every
 * text `scrub` is given. Values shorter than 4 characters are not masked (as with the runner, masking `a` would
 * mangle every message while hiding nothing).
 * As the runner's value encoders do (actions/runner src/Runner.Common/SecretMasker: JSON string escape, URI data
 * escape, base64 shifted), each value is also masked as it appears JSON-escaped (an answer quoted with JSON.stringify,
 * a JSON report: `pa"ss` shows as `pa\"ss`), percent-encoded (inside a URL, by encodeURIComponent, by JavaScript's
 * and Python's `escape`-style quoting, which leaves `/` and `@` alone, and as a form value, spaces as `+`) and in
 * base64 (an echoed basic-auth header or a base64 body), at each of the three alignments it can have inside a longer
 * encoded text.
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
  // `escape()` keeps `@*_+-./` (and Python's quote() keeps `/`); a form body writes spaces as `+`.
  const escaped = escape(value);
  const form = new URLSearchParams({ v: value }).toString().slice(2);
  return [...new Set([value, json, twice, uri, escaped, form, ...base64Forms(value)])];
}

/**
 * The value's base64 as it appears inside a longer base64 text: for each alignment (0, 1 or 2 bytes before it), the
 * characters that encode the value's bytes alone (the first and last groups, shared with other bytes, are left out),
 * at least 8 characters; and the value encoded alone, in base64 and base64url.
 */
function base64Forms(value: string): string[] {
  const bytes = Buffer.from(value, "utf8");
  const forms = [bytes.toString("base64"), bytes.toString("base64url")];
  for (const shift of [0, 1, 2]) {
    const aligned = Buffer.concat([Buffer.alloc(shift), bytes]);
    const whole = Math.floor(aligned.length / 3) * 4;
    const inner = aligned.toString("base64").slice(shift === 0 ? 0 : 4, whole);
    if (inner.length >= 8) forms.push(inner);
  }
  return forms;
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
