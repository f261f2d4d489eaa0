import { writeSync } from "node:fs";

/** Calls `write` with consecutive slices of about `chunkChars` characters, never splitting a surrogate pair. */
export function forEachChunk(text: string, write: (chunk: string) => void, chunkChars = 1 << 20): void {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + chunkChars, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    write(text.slice(start, end));
    start = end;
  }
}

/**
 * Write a string to a file descriptor in UTF-8, a megabyte of text at a time: encoding a multi-megabyte report into
 * one buffer costs ten times more than encoding it piecewise (a fresh 5 MB allocation per run). Never splits a
 * surrogate pair between chunks.
 */
export function writeTextInChunks(fd: number, text: string, chunkChars = 1 << 20): void {
  forEachChunk(
    text,
    (chunk) => {
      const bytes = Buffer.from(chunk, "utf8");
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
    },
    chunkChars,
  );
}
