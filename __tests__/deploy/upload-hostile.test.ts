/**
 * The DAG bundle upload against a hostile or broken blob store: redirects (to another host, to plain http) are never
 * followed, an upload URL that is not https (off the loopback) is refused before a byte is sent, and the upload never
 * carries an Authorization header. Each case failed before its fix (fetch followed redirects; any http URL was used).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { requireUploadUrl, uploadDagTarball, BLOCK_SIZE } from "../../src/astro/upload.js";
import { AstroApiAnswerError } from "../../src/astro/http.js";
import { airflowApiBase, createAirflowApiClient } from "../../src/airflow-api/client.js";
import { runDeploy } from "../../src/commands/deploy.js";
import { classifyError } from "../../src/errors.js";
import { createGit } from "../../src/util/git.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { startAstroEmulator, type AstroEmulator } from "../support/astro-emulator.js";
import { createTempGitRepo } from "../support/git-repo.js";

interface Seen {
  method?: string;
  url?: string;
  authorization?: string;
  bytes: number;
}

async function startServer(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ url: string; seen: Seen[]; server: Server }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let bytes = 0;
    req.on("data", (c: Buffer) => (bytes += c.length));
    req.on("end", () => {
      seen.push({ method: req.method, url: req.url, authorization: req.headers.authorization, bytes });
      handle(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, seen, server };
}

const servers: Server[] = [];
let emulator: AstroEmulator | undefined;
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
  if (emulator) {
    expect(emulator.validationErrors).toEqual([]);
    await emulator.close();
    emulator = undefined;
  }
});

async function* bytes(size: number): AsyncIterable<Uint8Array> {
  yield Buffer.alloc(size, 7);
}

const upload = (uploadUrl: string, size: number, fetchImpl: typeof fetch = (i, init) => fetch(i, init)) =>
  uploadDagTarball({ uploadUrl, body: bytes(size), deps: { fetch: fetchImpl, sleep: async () => undefined }, logger: new RecordingLogger() });

describe("the DAG upload never follows a redirect", () => {
  it.each([
    [301, 1000],
    [302, 1000],
    [307, 1000],
    [308, 1000],
    [307, BLOCK_SIZE + 10],
    [308, BLOCK_SIZE + 10],
  ])("a %s (bundle of %d bytes) to another host: nothing reaches it, the error names where it pointed, without the signature (exit 2)", async (status, size) => {
    const elsewhere = await startServer((_req, res) => {
      res.writeHead(201, { "x-ms-version-id": "2026-01-01T00:00:00.0000000Z" });
      res.end();
    });
    const blob = await startServer((req, res) => {
      res.writeHead(status, { location: `${elsewhere.url}/stolen${req.url}` });
      res.end();
    });
    servers.push(elsewhere.server, blob.server);
    const error = (await upload(`${blob.url}/blob/abc?sv=2023-01-03&sig=SECRETSIG`, size).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(AstroApiAnswerError);
    expect(error.message).toContain(`HTTP ${status} and a redirect to ${elsewhere.url}/stolen/blob/abc, which astro-ci does not follow`);
    expect(error.message).not.toContain("SECRETSIG");
    expect(classifyError(error).exitCode).toBe(2);
    expect(elsewhere.seen).toEqual([]);
    // Not retried into the redirect either: one request per block at most, none after the refusal.
    expect(blob.seen.length).toBeLessThanOrEqual(size > BLOCK_SIZE ? 2 : 1);
  });

  it("a redirect to plain http on another port of the same host is not followed either", async () => {
    const plain = await startServer((_req, res) => {
      res.writeHead(201, { "x-ms-version-id": "v" });
      res.end();
    });
    const blob = await startServer((_req, res) => {
      res.writeHead(307, { location: `${plain.url.replace("127.0.0.1", "localhost")}/x` });
      res.end();
    });
    servers.push(plain.server, blob.server);
    await expect(upload(`${blob.url}/blob/abc?sig=S`, 10)).rejects.toThrow(/a redirect to http:\/\/localhost:\d+\/x, which astro-ci does not follow/);
    expect(plain.seen).toEqual([]);
  });

  it("no Authorization header goes with the upload (the SAS signature is the credential)", async () => {
    const blob = await startServer((_req, res) => {
      res.writeHead(201, { "x-ms-version-id": "2026-01-01T00:00:00.0000000Z" });
      res.end();
    });
    servers.push(blob.server);
    expect((await upload(`${blob.url}/blob/abc?sig=S`, BLOCK_SIZE + 5)).versionId).toBe("2026-01-01T00:00:00.0000000Z");
    expect(blob.seen.map((s) => s.authorization)).toEqual([undefined, undefined, undefined]);
  });
});

describe("the upload URL must be https (http only to the loopback address)", () => {
  it.each([
    ["http://blob.example.com/dags/x.tar.gz?sv=1&sig=SECRETSIG", /not https \(http:\/\/blob\.example\.com\)/],
    ["http://10.0.0.5:8080/x?sig=SECRETSIG", /not https \(http:\/\/10\.0\.0\.5:8080\)/],
    ["http://127.0.0.1.example.com/x?sig=SECRETSIG", /not https/],
    ["ftp://blob.example.com/x?sig=SECRETSIG", /not https \(ftp:/],
    ["https://user:pw@blob.example.com/x?sig=SECRETSIG", /with a user name or password/],
    ["not a url?sig=SECRETSIG", /not a URL/],
  ])("%s is refused before any request, without its signature in the message (exit 2)", async (url, expected) => {
    let calls = 0;
    const error = (await upload(url, 10, async () => {
      calls++;
      return new Response(null, { status: 201, headers: { "x-ms-version-id": "v" } });
    }).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(AstroApiAnswerError);
    expect(error.message).toMatch(expected);
    expect(error.message).not.toContain("SECRETSIG");
    expect(error.message).not.toContain("pw@");
    expect(classifyError(error).exitCode).toBe(2);
    expect(calls).toBe(0);
  });

  it.each(["https://acct.blob.core.windows.net/c/dags.tar.gz?sv=1&sig=x", "http://127.0.0.1:9999/blob/1?sig=x", "http://localhost:9999/blob/1", "http://[::1]:9999/blob/1"])("%s is accepted", (url) => {
    expect(requireUploadUrl(url).href).toBeTruthy();
  });

  it("a deploy whose upload URL is plain http elsewhere stops before uploading, unfinalized, saying so (exit 2)", async () => {
    emulator = await startAstroEmulator();
    const production = emulator.addDeployment({ name: "production" });
    const repo = createTempGitRepo({ "astro/Dockerfile": "FROM quay.io/astronomer/astro-runtime:12.1.0\n", "astro/dags/a.py": "from airflow import DAG\n" });
    repo.commit("initial");
    emulator.inject("CreateDeploy", { transform: (body) => ({ ...(body as object), dagsUploadUrl: "http://blob.example.invalid/dags?sig=SECRETSIG" }) });
    const emu = emulator;
    let uploads = 0;
    const error = await runDeploy({
      repoRoot: repo.dir,
      projectRoot: join(repo.dir, "astro"),
      deploymentName: "production",
      deployType: "dags-only",
      wait: false,
      waitTimeoutMs: 600_000,
      force: false,
      env: { ASTRO_API_TOKEN: "test-token", ASTRO_API_URL: emu.url, ASTRO_ORGANIZATION_ID: emu.organizationId },
      git: createGit(repo.dir),
      docker: { run: async () => ({ exitCode: 0, stdout: "27.0", stderr: "" }) },
      http: {
        fetch: (input, init) => {
          if (String(input).includes("blob.example.invalid")) uploads++;
          return fetch(input, init);
        },
        sleep: async (ms) => emu.clock.advance(ms),
      },
      now: () => emu.clock.now,
      logger: new RecordingLogger(),
    }).catch((e: unknown) => e);
    const classified = classifyError(error);
    expect(classified.exitCode).toBe(2);
    expect(classified.describe()).toMatch(/dagsUploadUrl with HTTP 200 and an upload URL that is not https \(http:\/\/blob\.example\.invalid\).*was created but not finalized, so production still runs what it ran before/);
    expect(classified.describe()).not.toContain("SECRETSIG");
    expect(uploads).toBe(0);
    expect(emulator.deploys.map((d) => d.status)).toEqual(["INITIALIZED"]);
    expect(production.dagTarballVersion).toBeUndefined();
  });
});

describe("a Deployment's Airflow API URL never takes the Astro token over plain http off the loopback", () => {
  it.each(["http://evil.example.com/d1/api/v1", "http://10.1.2.3:8080/api/v1", "HTTP://cluster.astronomer.run/d1/api/v1?x=1"])("%s: refused before any request (exit 2)", async (url) => {
    const seen: string[] = [];
    const error = (() => {
      try {
        createAirflowApiClient({ deployment: { name: "preview", webServerAirflowApiUrl: url }, token: "test-token", logger: new RecordingLogger(), deps: { fetch: async (i) => (seen.push(String(i)), new Response('{"pools": []}')) } });
      } catch (e) {
        return e as Error;
      }
      return undefined;
    })();
    expect(error?.message).toMatch(/answered an Airflow API URL that is plain http \(http:\/\/[^)]+\): astro-ci does not send the Astro API token there unencrypted/);
    expect(classifyError(error).exitCode).toBe(2);
    expect(seen).toEqual([]);
  });

  it.each([["cluster.astronomer.run/d1/api/v1?orgId=x", "https://cluster.astronomer.run/d1/api/v1"], ["http://127.0.0.1:9/api/v1", "http://127.0.0.1:9/api/v1"]])("%s is used as %s", (url, base) => {
    expect(airflowApiBase({ name: "d", webServerAirflowApiUrl: url })).toBe(base);
  });

  it.each(["http://user:pw@127.0.0.1:9/api/v1", "https://user:pw@evil.example/api/v1", "user@cluster.astronomer.run/d1/api/v1"])("%s, with credentials in it, is refused (exit 2), not used without them", (url) => {
    const error = (() => {
      try {
        airflowApiBase({ name: "d", webServerAirflowApiUrl: url });
      } catch (e) {
        return e as Error;
      }
      return undefined;
    })();
    expect(error?.message).toMatch(/answered an Airflow API URL with a user:password@ part/);
    expect(classifyError(error).exitCode).toBe(2);
  });
});
