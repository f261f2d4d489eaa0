import type { Logger } from "../util/logger.js";
import { stripUrlCredentials } from "../util/git.js";
import { isLoopbackHost } from "../util/loopback.js";
import { AstroApiAnswerError, AstroApiError, firstBytes, type HttpDeps } from "./http.js";

export const BLOCK_SIZE = 1024 * 1024;

/** The SAS URL without its query string (the signature is a credential), fragment or user:password part. */
export function redactSasUrl(url: string): string {
  return stripUrlCredentials(url.split(/[?#]/)[0] ?? url);
}

/**
 * The upload URL a deploy answer gives (`dagsUploadUrl`), checked before any byte goes to it: an https URL (Azure
 * Blob Storage SAS URLs always are), or http to the loopback address (a local emulator); no user:password part.
 * @throws AstroApiAnswerError (exit 2) otherwise, naming the URL without its query (the SAS signature).
 */
export function requireUploadUrl(uploadUrl: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(uploadUrl);
  } catch {
    url = undefined;
  }
  const problem = !url
    ? "an upload URL that is not a URL"
    : url.username || url.password
      ? "an upload URL with a user name or password in it"
      : url.protocol === "https:" || (url.protocol === "http:" && isLoopbackHost(url.hostname))
        ? undefined
        : `an upload URL that is not https (${url.protocol}//${url.host}): the DAG bundle and the URL's signature would cross the network readable by anyone on the way`;
  if (problem) throw new AstroApiAnswerError("the deploy's dagsUploadUrl", 200, problem, firstBytes(redactSasUrl(uploadUrl), 80));
  return url as URL;
}

function blockUrl(uploadUrl: string, params: Record<string, string>): string {
  const url = new URL(uploadUrl);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.toString();
}

/**
 * Upload a DAG tarball as Azure block blob, as the astro CLI does: one PUT under 1 MiB, else 1 MiB blocks and a
 * block list. Streams: at most one block is held in memory. Returns the `x-ms-version-id` the deploy finalizes with.
 * The URL must pass {@link requireUploadUrl}. No Authorization header is sent (the SAS signature in the URL is the
 * credential), and redirects are never followed: Azure Blob Storage answers a Put Blob, Put Block or Put Block List
 * with 201 or an error, never a redirect, and following one would send the bundle (and, for a same-host redirect,
 * the signature) wherever it points — an AstroApiAnswerError (exit 2) naming where it pointed instead.
 */
export async function uploadDagTarball(options: {
  uploadUrl: string;
  body: AsyncIterable<Uint8Array>;
  deps: Pick<HttpDeps, "fetch" | "sleep">;
  logger: Logger;
}): Promise<{ versionId: string; bytes: number }> {
  const { fetch, sleep } = options.deps;
  requireUploadUrl(options.uploadUrl);
  const put = async (url: string, body: Uint8Array | string, headers: Record<string, string>): Promise<Response> => {
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(url, { method: "PUT", body, headers, signal: AbortSignal.timeout(120_000), redirect: "manual" });
      } catch (error) {
        if (attempt >= 4) throw new AstroApiError(0, `upload to ${redactSasUrl(url)} failed: ${(error as Error).message}`, "PUT", redactSasUrl(url));
        await sleep(500 * 2 ** attempt);
        continue;
      }
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel().catch(() => undefined);
        const location = response.headers.get("location") ?? "";
        let target: string;
        try {
          const to = new URL(location, url);
          target = `${to.protocol}//${to.host}${to.pathname}`;
        } catch {
          target = location ? "an invalid Location" : "no Location";
        }
        throw new AstroApiAnswerError(`PUT ${redactSasUrl(url)}`, response.status, `a redirect to ${target}, which astro-ci does not follow (blob storage does not redirect an upload; the DAG bundle goes to the upload URL the deploy gave only)`, firstBytes(redactSasUrl(location), 80));
      }
      if (response.status === 201 || (response.status < 500 && response.status !== 429) || attempt >= 4) return response;
      await sleep(500 * 2 ** attempt);
    }
  };
  const ids: string[] = [];
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let total = 0;
  // Up to four blocks in flight: the network stays busy while the next block is packed, and memory stays bounded.
  const inFlight = new Set<Promise<void>>();
  const flushBlock = async (block: Buffer): Promise<void> => {
    // Block ids must all have the same length; the block list gives their order.
    const id = Buffer.from(String(ids.length).padStart(8, "0")).toString("base64");
    ids.push(id);
    const sent = put(blockUrl(options.uploadUrl, { comp: "block", blockid: id }), block, { "content-length": String(block.length) }).then(async (response) => {
      if (response.status !== 201) throw new AstroApiError(response.status, `block upload to ${redactSasUrl(options.uploadUrl)} answered ${response.status}: ${(await response.text()).slice(0, 200)}`, "PUT", redactSasUrl(options.uploadUrl));
    });
    inFlight.add(sent);
    sent.then(
      () => inFlight.delete(sent),
      () => undefined,
    );
    if (inFlight.size >= 4) await Promise.race(inFlight);
  };
  for await (const chunk of options.body) {
    pending.push(Buffer.from(chunk));
    pendingBytes += chunk.length;
    total += chunk.length;
    while (pendingBytes >= BLOCK_SIZE) {
      const all = Buffer.concat(pending);
      await flushBlock(all.subarray(0, BLOCK_SIZE));
      pending = [all.subarray(BLOCK_SIZE)];
      pendingBytes = pending[0]?.length ?? 0;
    }
  }
  let response: Response;
  if (ids.length === 0) {
    response = await put(options.uploadUrl, Buffer.concat(pending), { "x-ms-blob-type": "BlockBlob" });
  } else {
    if (pendingBytes > 0) await flushBlock(Buffer.concat(pending));
    await Promise.all(inFlight);
    const xml = `<?xml version="1.0" encoding="utf-8"?><BlockList>${ids.map((id) => `<Latest>${id}</Latest>`).join("")}</BlockList>`;
    response = await put(blockUrl(options.uploadUrl, { comp: "blocklist" }), xml, { "content-type": "application/xml" });
  }
  if (response.status !== 201) throw new AstroApiError(response.status, `upload to ${redactSasUrl(options.uploadUrl)} answered ${response.status}: ${(await response.text()).slice(0, 200)}`, "PUT", redactSasUrl(options.uploadUrl));
  const versionId = response.headers.get("x-ms-version-id");
  if (!versionId) throw new AstroApiError(response.status, `upload to ${redactSasUrl(options.uploadUrl)} returned no x-ms-version-id, so the deploy cannot be finalized`, "PUT", redactSasUrl(options.uploadUrl));
  options.logger.debug(`uploaded ${total} bytes in ${Math.max(ids.length, 1)} request(s) to ${redactSasUrl(options.uploadUrl)}`);
  return { versionId, bytes: total };
}
