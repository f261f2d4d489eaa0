/** Markdown helpers for job summaries and comments. */

export function escapeMarkdownTableCell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ").replace(/</g, "&lt;");
}

/**
 * Any text (a file name, a dag_id) as one inline code span, safe in a GFM table cell and in running text: the one
 * way identifiers are written in summaries and comments. Control characters become visible escapes (`\n`, `\t`,
 * `\u001b`), the backtick fence is longer than any backtick run inside, and `|` is escaped for tables (GFM unescapes
 * `\|` even inside code spans in a table; pass `inTable: false` in running text, where it would show).
 */
export function markdownCode(text: string, options: { inTable?: boolean } = {}): string {
  let body = escapeControlCharacters(text);
  if (options.inTable ?? true) body = body.replace(/\|/g, "\\|");
  const longestRun = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longestRun + 1);
  const pad = body.startsWith("`") || body.endsWith("`") || /^ .* $/.test(body) ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** `a\nb` for a name holding a newline: one line, nothing lost, the same escapes JSON uses. */
export function escapeControlCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const named: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };
    return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

/**
 * A URL from outside (an Astro API answer's `webServerUrl`, a check run's `html_url`) as the target of a Markdown
 * link `[text](...)`: only http(s), parsed and re-serialised by WHATWG URL (spaces, quotes, `<`, `>` and lone
 * surrogates percent-encoded), with the `(`, `)`, `[`, `]`, `|` and `\\` Markdown reads in a link target or a table encoded too, so the
 * value cannot close the link and write after it. A host without a scheme gets https://. Undefined when it is no
 * http(s) URL: then there is no link. (encodeURI, used before, threw URIError on a lone surrogate, an exit 3 for an
 * answer's fault, and left `)` as it was.) Credentials in the URL are dropped.
 */
export function markdownLinkUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(/^https?:\/\//i.test(url) ? url : `https://${url}`);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return undefined;
  parsed.username = "";
  parsed.password = "";
  const rest = parsed.href.slice(parsed.origin.length).replace(/[()[\]|\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  return `${parsed.origin}${rest}`;
}

/** `[text](url)` for a URL from outside, or `fallback` when it is no http(s) URL (see markdownLinkUrl). */
export function markdownLink(text: string, url: string | undefined, fallback = ""): string {
  const target = url === undefined ? undefined : markdownLinkUrl(url);
  return target ? `[${text}](${target})` : fallback;
}

export function markdownTable(headers: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** Cut to at most `maxBytes` UTF-8 bytes on a line boundary, appending `pointer`. */
export function truncateMarkdown(markdown: string, maxBytes: number, pointer: string): string {
  if (Buffer.byteLength(markdown, "utf8") <= maxBytes) return markdown;
  const budget = maxBytes - Buffer.byteLength(pointer, "utf8");
  let cut = Buffer.from(markdown, "utf8").subarray(0, Math.max(0, budget)).toString("utf8");
  // A partial multi-byte character decodes to U+FFFD at the end: drop it, then back up to a line end.
  cut = cut.replace(/\uFFFD+$/, "");
  const lastNewline = cut.lastIndexOf("\n");
  if (lastNewline > 0) cut = cut.slice(0, lastNewline);
  return cut + pointer;
}
