// Graceful shutdown: stop accepting, let in-flight requests finish up to a deadline, then clean up once.
import type { Server } from 'node:http';

/** Stops accepting connections; resolves true when all requests finished, false when the deadline cut them. */
export function closeServer(server: Server, deadlineMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.closeAllConnections();
      resolve(false);
    }, deadlineMs);
    server.close(() => {
      clearTimeout(timer);
      resolve(true);
    });
    // Keep-alive connections with no request in flight would otherwise hold close() open.
    server.closeIdleConnections();
  });
}

// Ctrl-C under `npm start` signals the whole process group, and npm forwards its own copy to node: a
// signal this soon after the first is that copy, not an impatient second request.
const ECHO_MS = 1_000;

/** Runs `cleanup` once on the first SIGINT or SIGTERM, then exits (a later second signal exits at once). */
export function onTermination(cleanup: (signal: string) => Promise<void>): void {
  let first: number | undefined;
  const handle = (signal: NodeJS.Signals) => {
    if (first !== undefined) {
      if (Date.now() - first < ECHO_MS) return;
      process.exit(1);
    }
    first = Date.now();
    cleanup(signal).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
}
