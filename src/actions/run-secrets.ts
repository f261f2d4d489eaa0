import { createSecretMask } from "../util/secret-mask.js";

/**
 * An action run's secret values (its GitHub and Astro tokens, the values it injects into a preview), masked in both
 * places they could show: the runner's output (`core.setSecret`: the log, annotations, the job summary) and the text
 * astro-ci posts to GitHub itself (PR comments), which the runner's masking never sees.
 */
export interface RunSecrets {
  /** Registers a value (empty and undefined are skipped): core.setSecret, and `scrub` masks it from now on. */
  mask(value: string | undefined): void;
  /** The text with every registered value (and its JSON, percent and base64 forms) as `***` (src/util/secret-mask.ts). */
  scrub(text: string): string;
}

export function createRunSecrets(runtime: { setSecret(secret: string): void }): RunSecrets {
  const secrets = createSecretMask();
  return {
    mask(value) {
      if (!value) return;
      runtime.setSecret(value);
      secrets.mask(value);
    },
    scrub: (text) => secrets.scrub(text),
  };
}
