// Network probes for the local Neo4j: does a port speak Bolt, does the password work, free ports.
import { connect, createServer } from 'node:net';
import neo4j from 'neo4j-driver';

export type Probe = 'ok' | 'unauthorized' | 'unreachable';

// Magic preamble, then four proposals: 5.x (ranges 5.0-5.8), 4.4-4.2, 4.1, 3.
const BOLT_HANDSHAKE = Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 8, 8, 5, 0, 2, 4, 4, 0, 0, 1, 4, 0, 0, 0, 3]);

export const boltUri = (port: number) => `bolt://127.0.0.1:${port}`;

export async function probe(port: number, password: string): Promise<Probe> {
  if (!(await speaksBolt(port))) return 'unreachable';
  const driver = neo4j.driver(boltUri(port), neo4j.auth.basic('neo4j', password), {
    connectionTimeout: 3_000,
    maxConnectionPoolSize: 1,
  });
  try {
    return (await driver.verifyAuthentication()) ? 'ok' : 'unauthorized';
  } catch (err) {
    const code = err instanceof Error && 'code' in err ? String(err.code) : '';
    return code.startsWith('Neo.ClientError.Security.') ? 'unauthorized' : 'unreachable';
  } finally {
    await driver.close();
  }
}

// A raw Bolt handshake first: the driver leaves its socket open when a non-Bolt server never
// answers, which keeps the Node process alive.
function speaksBolt(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    const finish = (result: boolean) => {
      socket.destroy();
      done(result);
    };
    socket.setTimeout(2_000, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('connect', () => socket.write(BOLT_HANDSHAKE));
    socket.once('data', (reply: Buffer) => finish(reply.length >= 4 && reply.readUInt32BE(0) !== 0));
  });
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? done(port) : fail(new Error('Could not find a free port'))));
    });
  });
}

export function isPortFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}
