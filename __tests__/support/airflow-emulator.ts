/**
 * A Deployment's Airflow REST API on 127.0.0.1, for tests of pool reads and writes. Every request and every response
 * is validated against Airflow's own OpenAPI description (Airflow 2.10.5 stable API, vendored as
 * __tests__/specs/airflow/airflow-2.10.5-v1.yaml); an invalid request gets Airflow's 400 and is recorded.
 * Served under `/api/v1`, with the bearer token required like Astro's.
 */
import { readFileSync } from "node:fs";
import type { Context, Document, OpenAPIBackend } from "openapi-backend";
import { parse } from "yaml";
import { createValidatingBackend, startJsonServer } from "./openapi.js";

export interface EmulatedPool {
  name: string;
  slots: number;
  description?: string | null;
  include_deferred?: boolean;
}

export interface AirflowEmulator {
  /** The API base as Astro's `webServerAirflowApiUrl` would name it, with a scheme: `http://127.0.0.1:N/api/v1`. */
  apiUrl: string;
  pools: Map<string, EmulatedPool>;
  requests: { method: string; path: string; operationId?: string; status: number; body?: unknown }[];
  validationErrors: string[];
  responseErrors: string[];
  close(): Promise<void>;
}

type Reply = { status: number; body?: unknown };

let sharedBackend: Promise<OpenAPIBackend> | undefined;
function backend(): Promise<OpenAPIBackend> {
  sharedBackend ??= (async () => {
    const definition = parse(readFileSync(new URL("../specs/airflow/airflow-2.10.5-v1.yaml", import.meta.url), "utf8")) as Document;
    // Requests arrive with the /api/v1 prefix stripped (the description's server URL).
    definition.servers = [{ url: "/" }];
    const api = createValidatingBackend(definition);
    api.register("validationFail", (c: Context, emu: Dispatch) => emu.validationFail(c));
    api.register("notFound", () => ({ status: 404, body: { title: "Not Found", status: 404, type: "about:blank" } }));
    api.register("notImplemented", (c: Context, emu: Dispatch) => emu.dispatch(c.operation.operationId as string, c));
    await api.init();
    return api;
  })();
  return sharedBackend;
}

interface Dispatch {
  dispatch(operationId: string, c: Context): Reply;
  validationFail(c: Context): Reply;
}

export async function startAirflowEmulator(options: { token?: string } = {}): Promise<AirflowEmulator> {
  const api = await backend();
  const token = options.token ?? "test-token";
  const pools = new Map<string, EmulatedPool>([["default_pool", { name: "default_pool", slots: 128, description: "Default pool", include_deferred: false }]]);
  const requests: AirflowEmulator["requests"] = [];
  const validationErrors: string[] = [];
  const responseErrors: string[] = [];
  const problem = (status: number, title: string): Reply => ({ status, body: { title, status, type: "about:blank" } });
  const view = (p: EmulatedPool) => ({ name: p.name, slots: p.slots, occupied_slots: 0, running_slots: 0, queued_slots: 0, open_slots: p.slots, scheduled_slots: 0, deferred_slots: 0, description: p.description ?? null, include_deferred: p.include_deferred ?? false });

  const handlers: Record<string, (c: Context) => Reply> = {
    get_pools: (c) => {
      const limit = Number(c.request.query.limit ?? 100);
      const offset = Number(c.request.query.offset ?? 0);
      const all = [...pools.values()].sort((a, b) => a.name.localeCompare(b.name));
      return { status: 200, body: { pools: all.slice(offset, offset + limit).map(view), total_entries: all.length } };
    },
    get_pool: (c) => {
      const pool = pools.get(String(c.request.params.pool_name));
      return pool ? { status: 200, body: view(pool) } : problem(404, "Pool not found");
    },
    post_pool: (c) => {
      const body = c.request.requestBody as EmulatedPool;
      if (pools.has(body.name)) return problem(409, "Pool already exists");
      pools.set(body.name, { name: body.name, slots: body.slots, description: body.description ?? null, include_deferred: body.include_deferred ?? false });
      return { status: 200, body: view(pools.get(body.name) as EmulatedPool) };
    },
    patch_pool: (c) => {
      const pool = pools.get(String(c.request.params.pool_name));
      if (!pool) return problem(404, "Pool not found");
      Object.assign(pool, c.request.requestBody as Partial<EmulatedPool>);
      return { status: 200, body: view(pool) };
    },
    delete_pool: (c) => {
      const name = String(c.request.params.pool_name);
      if (name === "default_pool") return problem(400, "Default Pool can't be deleted");
      return pools.delete(name) ? { status: 204 } : problem(404, "Pool not found");
    },
  };

  const dispatch: Dispatch = {
    dispatch(operationId, c) {
      const handler = handlers[operationId];
      if (!handler) {
        validationErrors.push(`no emulator handler for ${operationId}`);
        return problem(501, `emulator: ${operationId} not implemented`);
      }
      const reply = handler(c);
      if (reply.status < 300 && reply.body !== undefined) {
        const check = api.validateResponse(reply.body, c.operation, reply.status);
        if (check.errors?.length) responseErrors.push(`${operationId} ${reply.status}: ${JSON.stringify(check.errors.slice(0, 3))}`);
      }
      return reply;
    },
    validationFail(c) {
      validationErrors.push(`${c.operation?.operationId ?? "?"}: ${JSON.stringify(c.validation.errors?.slice(0, 5))}`);
      return problem(400, "Bad Request");
    },
  };

  const server = await startJsonServer(async (req) => {
    let reply: Reply;
    let operationId: string | undefined;
    if (req.headers.authorization !== `Bearer ${token}`) reply = problem(401, "Unauthorized");
    else if (!req.path.startsWith("/api/v1/")) reply = problem(404, "Not Found");
    else {
      const path = req.path.slice("/api/v1".length);
      operationId = api.matchOperation({ method: req.method, path, headers: {} })?.operationId;
      reply = (await api.handleRequest({ method: req.method, path, query: req.query, body: req.body, headers: req.headers }, dispatch)) as Reply;
    }
    requests.push({ method: req.method, path: req.path, operationId, status: reply.status, body: req.body });
    return reply;
  });
  return { apiUrl: `${server.url}/api/v1`, pools, requests, validationErrors, responseErrors, close: server.close };
}
