/** Markdown helpers for job summaries and comments. */

export function escapeMarkdownTableCell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ").replace(/</g, "&lt;");
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
