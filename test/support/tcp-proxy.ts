// A TCP proxy in front of Neo4j's Bolt port that a test can make misbehave at an exact point of the
// protocol: hold what the client sends once it contains a pattern, or let a write transaction's COMMIT
// through and cut the connection before the client hears that it committed.
import { createServer, connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

// Bolt COMMIT: a chunk of 2 bytes (tiny struct with no fields, signature 0x12), then the end-of-message marker.
const COMMIT = Buffer.from([0x00, 0x02, 0xb0, 0x12, 0x00, 0x00]);
// BEGIN is a struct of one field (its metadata map), signature 0x11; a read transaction's carries mode: "r".
const BEGIN = Buffer.from([0xb1, 0x11]);
const READ_MODE = Buffer.from([0x84, ...Buffer.from('mode'), 0x81, ...Buffer.from('r')]);

interface Link {
  client: Socket;
  server: Socket;
  held: Buffer[] | null;
  /** The transaction open on this connection writes (its BEGIN had no read mode). */
  writing: boolean;
  cutOnAnswer: boolean;
  tail: Buffer;
}

export interface Hold {
  /** Resolves once a connection sent the pattern and is being held. */
  held: Promise<void>;
  /** Sends on what was held; the connections go on as normal. */
  release(): void;
}

export interface TcpProxy {
  /** bolt:// URI of the proxy. */
  uri: string;
  /** Holds every byte a connection sends from the first chunk containing `pattern` (UTF-8) until release(). */
  holdWhen(pattern: string): Hold;
  /**
   * The next COMMIT of a write transaction reaches Neo4j; its answer is dropped and both sides of that
   * connection are closed, so the write is committed while the client cannot know it. Resolves once cut.
   */
  cutAfterNextCommit(): Promise<void>;
  close(): Promise<void>;
}

/** Starts a proxy on a free 127.0.0.1 port forwarding to `target` (host:port of a bolt:// URI). */
export async function startTcpProxy(targetUri: string): Promise<TcpProxy> {
  const target = new URL(targetUri.replace(/^[a-z+]+:/, 'http:'));
  const links = new Set<Link>();
  let hold: { pattern: Buffer; links: Link[]; onHeld: () => void } | undefined;
  let cut: (() => void) | undefined;

  const proxy = createServer((client) => {
    const server = connect(Number(target.port), target.hostname);
    const link: Link = { client, server, held: null, writing: false, cutOnAnswer: false, tail: Buffer.alloc(0) };
    links.add(link);
    const close = () => {
      links.delete(link);
      client.destroy();
      server.destroy();
    };
    client.on('data', (chunk: Buffer) => {
      if (link.held) return void link.held.push(chunk);
      const seen = Buffer.concat([link.tail, chunk]);
      link.tail = seen.subarray(Math.max(0, seen.length - 64));
      if (hold && seen.includes(hold.pattern)) {
        link.held = [chunk];
        hold.links.push(link);
        hold.onHeld();
        return;
      }
      if (chunk.includes(BEGIN)) link.writing = !chunk.includes(READ_MODE);
      if (cut && link.writing && chunk.includes(COMMIT)) link.cutOnAnswer = true;
      server.write(chunk);
    });
    server.on('data', (chunk: Buffer) => {
      if (!link.cutOnAnswer) return void client.write(chunk);
      close();
      const done = cut;
      cut = undefined;
      done?.();
    });
    client.on('error', close).on('close', close);
    server.on('error', close).on('close', close);
  });
  proxy.listen(0, '127.0.0.1');
  await new Promise((resolve) => proxy.once('listening', resolve));
  const { port } = proxy.address() as AddressInfo;

  return {
    uri: `bolt://127.0.0.1:${port}`,
    holdWhen(pattern) {
      let onHeld!: () => void;
      const held = new Promise<void>((resolve) => (onHeld = resolve));
      const rule = { pattern: Buffer.from(pattern, 'utf8'), links: [] as Link[], onHeld };
      hold = rule;
      return {
        held,
        release() {
          if (hold === rule) hold = undefined;
          for (const link of rule.links) {
            const queued = link.held ?? [];
            link.held = null;
            for (const chunk of queued) link.server.write(chunk);
          }
        },
      };
    },
    cutAfterNextCommit() {
      return new Promise<void>((resolve) => (cut = resolve));
    },
    async close() {
      for (const link of links) {
        link.client.destroy();
        link.server.destroy();
      }
      await new Promise((resolve) => proxy.close(resolve));
    },
  };
}
