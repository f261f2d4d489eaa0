import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  stripUrlCredentials
} from "./chunk-AD4PL26L.js";
import {
  ConfigurationError
} from "./chunk-MOGDTFFA.js";

// src/util/loopback.ts
function isLoopbackHost(hostname) {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}

// src/util/api-url.ts
function requireApiUrl(value, setting) {
  let url;
  try {
    url = new URL(value);
  } catch {
    url = void 0;
  }
  const shown = JSON.stringify(stripUrlCredentials(value).slice(0, 100));
  if (!url || url.protocol !== "https:" && url.protocol !== "http:" || !url.hostname) {
    throw new ConfigurationError(`${setting.name} is not an http(s) URL: ${shown}`, { fix: setting.notUrlFix });
  }
  if (url.protocol === "http:" && !isLoopbackHost(url.hostname)) {
    throw new ConfigurationError(`${setting.name} is plain http to ${url.hostname}: ${setting.token} would cross the network unencrypted`, {
      fix: `use https (e.g. ${setting.httpsExample}); plain http is accepted only to localhost`
    });
  }
  if (url.username || url.password) {
    throw new ConfigurationError(`${setting.name} holds a user name or password (${shown} without them): astro-ci sends no credentials in a URL`, {
      fix: `remove the user:password@ part; ${setting.credentialsFix}`
    });
  }
  return value;
}

export {
  isLoopbackHost,
  requireApiUrl
};
