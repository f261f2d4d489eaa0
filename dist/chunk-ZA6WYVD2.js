import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);

// src/github/markdown.ts
function escapeMarkdownTableCell(text) {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ").replace(/</g, "&lt;");
}
function markdownCode(text, options = {}) {
  let body = escapeControlCharacters(text);
  if (options.inTable ?? true) body = body.replace(/\|/g, "\\|");
  const longestRun = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longestRun + 1);
  const pad = body.startsWith("`") || body.endsWith("`") || /^ .* $/.test(body) ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}
function escapeControlCharacters(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const named = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
    return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
function markdownLinkUrl(url) {
  let parsed;
  try {
    parsed = new URL(/^https?:\/\//i.test(url) ? url : `https://${url}`);
  } catch {
    return void 0;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return void 0;
  parsed.username = "";
  parsed.password = "";
  const rest = parsed.href.slice(parsed.origin.length).replace(/[()[\]|\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  return `${parsed.origin}${rest}`;
}
function markdownLink(text, url, fallback = "") {
  const target = url === void 0 ? void 0 : markdownLinkUrl(url);
  return target ? `[${text}](${target})` : fallback;
}
function markdownTable(headers, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}
function details(summary, body) {
  return `<details><summary>${summary}</summary>

${body}

</details>`;
}
function truncateMarkdown(markdown, maxBytes, pointer) {
  if (Buffer.byteLength(markdown, "utf8") <= maxBytes) return markdown;
  const budget = maxBytes - Buffer.byteLength(pointer, "utf8");
  let cut = Buffer.from(markdown, "utf8").subarray(0, Math.max(0, budget)).toString("utf8");
  cut = cut.replace(/\uFFFD+$/, "");
  const lastNewline = cut.lastIndexOf("\n");
  if (lastNewline > 0) cut = cut.slice(0, lastNewline);
  return cut + pointer;
}

export {
  escapeMarkdownTableCell,
  markdownCode,
  escapeControlCharacters,
  markdownLink,
  markdownTable,
  details,
  truncateMarkdown
};
