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

/** A JSON request as the test servers see it. */
export interface JsonRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  headers: Record<string, string>;
}

/** A JSON HTTP server on 127.0.0.1 (an ephemeral port) that hands each parsed request to `handle`. */
export async function startJsonServer(handle: (request: JsonRequest) => Promise<{ status: number; body?: unknown; headers?: Record<string, string> }>): Promise<{ url: string; close(): Promise<void> }> {
  const { createServer } = await import("node:http");
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      void (async () => {
        const url = new URL(req.url ?? "/", "http://127.0.0.1");
        const raw = Buffer.concat(chunks).toString("utf8");
        let body: unknown;
        try {
          body = raw ? JSON.parse(raw) : undefined;
        } catch {
          body = raw;
        }
        const reply = await handle({ method: req.method ?? "GET", path: url.pathname, query: Object.fromEntries(url.searchParams), body, headers: req.headers as Record<string, string> });
        res.writeHead(reply.status, { "content-type": "application/json", ...(reply.headers ?? {}) });
        res.end(reply.body === undefined ? "" : JSON.stringify(reply.body));
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Every spec-validating emulator keeps what it found wrong; at the end of a test there must be nothing. */
export function expectSpecClean(...emulators: { validationErrors: string[]; responseErrors?: string[] }[]): void {
  for (const emulator of emulators) {
    if (emulator.validationErrors.length) throw new Error(`requests the specification rejects: ${emulator.validationErrors.slice(0, 3).join("; ")}`);
    if (emulator.responseErrors?.length) throw new Error(`answers the specification rejects: ${emulator.responseErrors.slice(0, 3).join("; ")}`);
  }
}
