// The Host names this server answers to (ALLOWED_HOSTS). A page on rebind.example whose DNS name is re-pointed
// at 127.0.0.1 reaches a local server as same-origin, with `Host: rebind.example`: refusing unknown Host headers
// is what stops DNS rebinding. Checked on HTTP (Express middleware) and on the WebSocket upgrade.
import type { IncomingMessage } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { Config } from '../config.js';

/** Loopback names, allowed on any port unless ALLOWED_HOSTS says otherwise. */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/** HOST values that mean "every interface": not a name a client would send. */
const WILDCARD_BINDS = new Set(['0.0.0.0', '::', '[::]']);

/** ALLOWED_HOSTS when set; else the loopback names, PUBLIC_ORIGIN's host and a specific HOST (lower case). */
export function allowedHostsFromConfig(config: Pick<Config, 'ALLOWED_HOSTS' | 'PUBLIC_ORIGIN' | 'HOST'>): readonly string[] {
  if (config.ALLOWED_HOSTS) return config.ALLOWED_HOSTS;
  const hosts = [...LOOPBACK_HOSTS];
  if (config.PUBLIC_ORIGIN) hosts.push(new URL(config.PUBLIC_ORIGIN).hostname.toLowerCase());
  const bind = config.HOST.toLowerCase();
  if (!WILDCARD_BINDS.has(bind)) hosts.push(bind.includes(':') && !bind.startsWith('[') ? `[${bind}]` : bind);
  return [...new Set(hosts)];
}

/** `name` and `port` of a Host header (`[::1]:4000` → `[::1]`, `4000`), lower case; undefined when malformed. */
function splitHost(host: string): { name: string; port?: string } | undefined {
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/.exec(host.trim().toLowerCase());
  if (!match) return undefined;
  return match[2] === undefined ? { name: match[1]! } : { name: match[1]!, port: match[2] };
}

/** Whether a Host header names an allowed host: an entry without a port allows any port; `*` allows any host. */
export function isHostAllowed(allowed: readonly string[], host: string | undefined): boolean {
  if (allowed.includes('*')) return true;
  const sent = host === undefined ? undefined : splitHost(host);
  if (!sent) return false;
  return allowed.some((entry) => {
    const want = splitHost(entry);
    return want !== undefined && want.name === sent.name && (want.port === undefined || want.port === sent.port);
  });
}

/** A refusal of a Host not allowed: 421 Misdirected Request (not a host served here), with a JSON error as a malformed body gets. */
export function hostRefusal(requestId?: string): { status: number; body: string } {
  const error = {
    message: 'This server does not answer to that Host (ALLOWED_HOSTS).',
    extensions: { code: 'BAD_REQUEST', reason: 'host', ...(requestId ? { requestId } : {}) },
  };
  return { status: 421, body: JSON.stringify({ errors: [error] }) };
}

/** Whether an upgrade (or any raw request) may proceed, by its Host header. */
export const requestHostAllowed = (allowed: readonly string[], req: IncomingMessage) => isHostAllowed(allowed, req.headers.host);

/**
 * Express middleware at the top of the chain: a request whose Host is not allowed gets 421 with a JSON error.
 * Health checks pass whatever their Host: probes address a container by its IP, and they reveal nothing.
 */
export function allowedHostsGuard(allowed: readonly string[]) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.path.startsWith('/health/') || requestHostAllowed(allowed, req)) return next();
    const refusal = hostRefusal();
    res.status(refusal.status).type('application/json').send(refusal.body);
  };
}
