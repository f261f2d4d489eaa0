/**
 * What the Actions runner does for `core.setSecret`, for the CLI: values registered with `mask` are replaced by `***`
 * in every text `scrub` is given. Values shorter than 4 characters are not masked (as with the runner, masking `a`
 * would mangle every message while hiding nothing).
 */
export interface SecretMask {
  mask(value: string): void;
  scrub(text: string): string;
}

export function createSecretMask(): SecretMask {
  // Longest first, kept sorted as values come: a secret that contains another is masked whole.
  const secrets: string[] = [];
  return {
    mask(value) {
      if (value.length < 4 || secrets.includes(value)) return;
      secrets.push(value);
      secrets.sort((a, b) => b.length - a.length);
    },
    scrub(text) {
      let out = text;
      for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join("***");
      return out;
    },
  };
}
