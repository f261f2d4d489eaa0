import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { constants, gunzipSync, gzipSync, inflateRawSync } from "node:zlib";
import * as zlib from "node:zlib";
import { crc32ForTests, GZIP_BLOCK_BYTES, parallelGzip } from "../../src/util/parallel-gzip.js";

async function gzipAll(chunks: Uint8Array[], options?: { parallel?: number; level?: number }): Promise<Buffer> {
  async function* source() {
    for (const c of chunks) yield c;
  }
  const out: Buffer[] = [];
  for await (const piece of parallelGzip(source(), options)) out.push(piece);
  return Buffer.concat(out);
}

/** Text-like bytes that compress (so back-references across blocks matter), with some noise; the same every run. */
function corpus(bytes: number): Buffer {
  const parts: Buffer[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const line = Buffer.from(`from airflow import DAG  # file ${i % 97} ${Math.sin(i).toString(36)}\n`);
    parts.push(line);
    n += line.length;
    if (i % 50 === 0) {
      // Incompressible but the same every run: the sizes compared below are then exact.
      const noise = createHash("sha512").update(String(i)).digest();
      parts.push(noise);
      n += noise.length;
    }
  }
  return Buffer.concat(parts).subarray(0, bytes);
}

/** Cut `data` into chunks of irregular sizes, as a tar stream gives them. */
function irregular(data: Buffer): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0, k = 0; at < data.length; k++) {
    const size = [1, 511, 4096, 70_000, 1_500_000][k % 5] as number;
    out.push(data.subarray(at, at + size));
    at += size;
  }
  return out;
}

describe("parallelGzip", () => {
  const sizes = [0, 1, GZIP_BLOCK_BYTES - 1, GZIP_BLOCK_BYTES, GZIP_BLOCK_BYTES + 1, 3 * GZIP_BLOCK_BYTES + 12_345];
  for (const size of sizes) {
    it(`${size} bytes: one gzip member that zlib, GNU gzip and Python's gzip all read back exactly`, async () => {
      const data = corpus(size);
      const gz = await gzipAll(irregular(data));
      expect(gunzipSync(gz).equals(data)).toBe(true);
      expect(execFileSync("gzip", ["-dc"], { input: gz, maxBuffer: 64 * 2 ** 20 }).equals(data)).toBe(true);
      const python = "import gzip, hashlib, sys; d = gzip.decompress(sys.stdin.buffer.read()); print(len(d), hashlib.sha256(d).hexdigest())";
      expect(execFileSync("python3", ["-c", python], { input: gz, encoding: "utf8", maxBuffer: 64 * 2 ** 20 }).trim()).toBe(`${size} ${createHash("sha256").update(data).digest("hex")}`);
      // One member: a 10-byte header without modification time, one deflate stream, the 8-byte trailer.
      expect(gz.subarray(0, 10)).toEqual(Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]));
      expect(inflateRawSync(gz.subarray(10, gz.length - 8)).equals(data)).toBe(true);
      execFileSync("gzip", ["-t"], { input: gz });
    });
  }

  it("the same bytes however the input is chunked and however many blocks are in flight; as small as one gzip stream", async () => {
    const data = corpus(2 * GZIP_BLOCK_BYTES + 777);
    const a = await gzipAll([data], { parallel: 1 });
    const b = await gzipAll(irregular(data), { parallel: 4 });
    expect(b.equals(a)).toBe(true);
    // Each block may refer back into the one before (its dictionary): a few dozen bytes a block are lost (the sync
    // flush, other deflate block boundaries), where blocks without their dictionary lose ~130 bytes each here.
    const single = gzipSync(data, { level: constants.Z_DEFAULT_COMPRESSION });
    expect(a.length - single.length).toBeLessThan(80 * 3);
  });

  it("a parallel count below 1 means one block in flight (it looped forever)", async () => {
    const data = corpus(GZIP_BLOCK_BYTES + 5);
    for (const parallel of [0, -3, 0.5]) expect(gunzipSync(await gzipAll([data], { parallel })).equals(data)).toBe(true);
  });

  it("an error of the source ends the iteration with that error", async () => {
    async function* failing() {
      yield corpus(GZIP_BLOCK_BYTES + 10);
      throw new Error("the DAG file vanished");
    }
    const drain = async () => {
      for await (const _ of parallelGzip(failing())) void _;
    };
    await expect(drain()).rejects.toThrow("the DAG file vanished");
  });

  it("the JavaScript CRC-32 (Node before 20.15) is zlib's, continued across pieces", () => {
    const data = corpus(100_000);
    const whole = crc32ForTests(data, 0);
    expect(crc32ForTests(data.subarray(40_000), crc32ForTests(data.subarray(0, 40_000), 0))).toBe(whole);
    expect(crc32ForTests(Buffer.from("hello"), 0)).toBe(907060870); // zlib.crc32's documented value
    const native = (zlib as { crc32?: (d: Uint8Array, v?: number) => number }).crc32;
    if (native) expect(whole).toBe(native(data, 0));
  });
});
