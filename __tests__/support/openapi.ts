import { OpenAPIBackend, type Document } from "openapi-backend";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: unknown) => void;

/** An openapi-backend that validates requests (and, on demand, responses) with formats (uri, date-time...) checked. */
export function createValidatingBackend(definition: Document): OpenAPIBackend {
  return new OpenAPIBackend({
    definition,
    quick: true,
    validate: true,
    strict: false,
    customizeAjv: (ajv) => {
      addFormats(ajv);
      return ajv;
    },
  });
}

/** A request as the test servers see it. */
export interface JsonRequest {
  method: string;
  /** The URL's path, percent-encoding kept (`/repos/o/r/git/ref/heads%2Fx`). */
  path: string;
  /** The query string's parameters; a repeated one keeps its last value (`raw.search` has them all). */
  query: Record<string, string>;
  /** The body parsed as JSON; the text as it came when it is not JSON; undefined when empty. */
  body: unknown;
  headers: Record<string, string>;
  /** The request as sent: the body's bytes (blob uploads) and the query string without its `?` (repeated parameters). */
  raw: { body: Buffer; search: string };
}

/** What a test server answers. */
export interface JsonReply {
  status: number;
  /** Sent as JSON; nothing is sent when undefined (204s, uploads). */
  body?: unknown;
  /** Sent byte for byte instead of `body` (an HTML page, truncated JSON, ""); name its content-type in `headers`. */
  rawBody?: string | Buffer;
  /** Response headers; they win over the default content-type. */
  headers?: Record<string, string>;
  /** Destroy the connection without answering (a network fault); `status` is then not sent. */
  dropConnection?: boolean;
}

/**
 * The one HTTP server loop of the test servers (emulators): on 127.0.0.1 at an ephemeral port, it reads each request
 * whole, parses its body as JSON where it is JSON, hands it to `handle` and sends the reply (JSON unless `rawBody`;
 * `contentType` defaults to application/json). A handler that throws answers 500 and the error is rethrown, so the test
 * run fails instead of the client hanging. `close()` ends open (keep-alive or stalled) connections too.
 */
export async function startJsonServer(handle: (request: JsonRequest) => Promise<JsonReply> | JsonReply, options: { contentType?: string } = {}): Promise<{ url: string; close(): Promise<void> }> {
  const { createServer } = await import("node:http");
  const contentType = options.contentType ?? "application/json";
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      void (async () => {
        const url = new URL(req.url ?? "/", "http://127.0.0.1");
        const bytes = Buffer.concat(chunks);
        const text = bytes.toString("utf8");
        let body: unknown;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          body = text;
        }
        let reply: JsonReply;
        try {
          reply = await handle({ method: req.method ?? "GET", path: url.pathname, query: Object.fromEntries(url.searchParams), body, headers: req.headers as Record<string, string>, raw: { body: bytes, search: url.search.slice(1) } });
        } catch (error) {
          res.writeHead(500, { "content-type": contentType });
          res.end(JSON.stringify({ message: `test server error: ${(error as Error).message}` }));
          throw error;
        }
        if (reply.dropConnection) {
          req.socket.destroy();
          return;
        }
        res.writeHead(reply.status, { "content-type": contentType, ...(reply.headers ?? {}) });
        res.end(reply.rawBody !== undefined ? reply.rawBody : reply.body === undefined ? "" : JSON.stringify(reply.body));
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Every spec-validating emulator keeps what it found wrong; at the end of a test there must be nothing. */
export function expectSpecClean(...emulators: { validationErrors: string[]; responseErrors?: string[] }[]): void {
  for (const emulator of emulators) {
    if (emulator.validationErrors.length) throw new Error(`requests the specification rejects: ${emulator.validationErrors.slice(0, 3).join("; ")}`);
    if (emulator.responseErrors?.length) throw new Error(`answers the specification rejects: ${emulator.responseErrors.slice(0, 3).join("; ")}`);
  }
}
