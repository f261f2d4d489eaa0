import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);

// src/util/secret-mask.ts
function encodings(value) {
  const json = JSON.stringify(value).slice(1, -1);
  const twice = JSON.stringify(json).slice(1, -1);
  let uri = value;
  try {
    uri = encodeURIComponent(value);
  } catch {
  }
  const escaped = escape(value);
  const form = new URLSearchParams({ v: value }).toString().slice(2);
  return [.../* @__PURE__ */ new Set([value, json, twice, uri, escaped, form, ...base64Forms(value)])];
}
function base64Forms(value) {
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
function createSecretMask() {
  const secrets = [];
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
    }
  };
}

export {
  createSecretMask
};
