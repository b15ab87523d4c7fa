// A neo4j-driver Driver that counts the Cypher statements run through it (managed transactions and
// auto-commit runs) into the counter of the request running them (found by `current`), so the peer can
// report its queries per request like this server's request log.
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';

export interface StatementCounter {
  statements: number;
}

/** The counter of the request in progress, if any. */
export type CurrentCounter = () => StatementCounter | undefined;

const count = (current: CurrentCounter) => {
  const counter = current();
  if (counter) counter.statements += 1;
};

function countingTransaction(tx: ManagedTransaction, counter: CurrentCounter): ManagedTransaction {
  return new Proxy(tx, {
    get(target, prop) {
      if (prop === 'run') {
        return (...args: Parameters<ManagedTransaction['run']>) => {
          count(counter);
          return target.run(...args);
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function countingSession(session: Session, counter: CurrentCounter): Session {
  return new Proxy(session, {
    get(target, prop) {
      if (prop === 'executeRead' || prop === 'executeWrite') {
        const execute = prop === 'executeRead' ? target.executeRead.bind(target) : target.executeWrite.bind(target);
        return <T>(work: (tx: ManagedTransaction) => Promise<T>, config?: Parameters<Session['executeRead']>[1]) =>
          execute((tx) => work(countingTransaction(tx, counter)), config);
      }
      if (prop === 'run') {
        return (...args: Parameters<Session['run']>) => {
          count(counter);
          return target.run(...args);
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** `driver`, with every statement run through its sessions added to the current request's counter. */
export function countingDriver(driver: Driver, counter: CurrentCounter): Driver {
  return new Proxy(driver, {
    get(target, prop) {
      if (prop === 'session') {
        return (...args: Parameters<Driver['session']>) => countingSession(target.session(...args), counter);
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
