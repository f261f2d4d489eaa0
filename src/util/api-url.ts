import { ConfigurationError } from "../errors.js";
import { stripUrlCredentials } from "./git.js";
import { isLoopbackHost } from "./loopback.js";

/** How a URL setting that a token is sent to is named in messages, and what fixes it. */
export interface ApiUrlSetting {
  /** The variable the URL comes from: `ASTRO_API_URL`, `GITHUB_API_URL`. */
  name: string;
  /** What goes with every request: `the Astro API token`. */
  token: string;
  /** An https URL to give instead, for the plain-http fix. */
  httpsExample: string;
  /** What to do when the value is no http(s) URL at all. */
  notUrlFix: string;
  /** What authenticates instead of a `user:password@` part. */
  credentialsFix: string;
}

/**
 * A URL that a token goes to with every request (ASTRO_API_URL, GITHUB_API_URL), checked: an http(s) URL with a host,
 * https unless the host is this machine's loopback (a local emulator or proxy), and without a `user:password@` part
 * (fetch refuses such a URL with an error that quotes it, password included; the APIs take only the token). Returned
 * as given.
 * @throws ConfigurationError naming the variable and the fix (exit 2); the message shows the URL without credentials.
 */
export function requireApiUrl(value: string, setting: ApiUrlSetting): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  const shown = JSON.stringify(stripUrlCredentials(value).slice(0, 100));
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || !url.hostname) {
    throw new ConfigurationError(`${setting.name} is not an http(s) URL: ${shown}`, { fix: setting.notUrlFix });
  }
  if (url.protocol === "http:" && !isLoopbackHost(url.hostname)) {
    throw new ConfigurationError(`${setting.name} is plain http to ${url.hostname}: ${setting.token} would cross the network unencrypted`, {
      fix: `use https (e.g. ${setting.httpsExample}); plain http is accepted only to localhost`,
    });
  }
  if (url.username || url.password) {
    throw new ConfigurationError(`${setting.name} holds a user name or password (${shown} without them): astro-ci sends no credentials in a URL`, {
      fix: `remove the user:password@ part; ${setting.credentialsFix}`,
    });
  }
  return value;
}
