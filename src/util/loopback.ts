/**
 * Whether a URL's host is this machine's loopback address (`localhost`, `127.0.0.0/8`, `::1`): the one place a plain
 * http URL is accepted for a credential-bearing request (a local emulator or proxy); anywhere else it would cross the
 * network readable by anyone on the way. `hostname` as `URL.hostname` gives it (IPv6 in brackets).
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}
