// Prometheus metrics in a registry of their own (several apps can live in one process, as in tests), fed by
// every GraphQL operation, over HTTP and WebSocket alike.
import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { codeLabel, nameLabel } from './bounded.js';
import type { OperationObserver } from './outcome.js';

export interface MetricsOptions {
  /** Distinct operation names kept as labels; later names, and names over 64 characters, count as "other" (label cardinality). */
  maxOperationNames?: number;
}

export interface Metrics {
  registry: Registry;
  /** Told of every operation (graphql-options.ts hands it to both transports). */
  observer: OperationObserver;
  /** GET /metrics in the Prometheus text format. */
  handler: RequestHandler;
}

/** Request duration by operation, operation type and status, errors by code, Cypher statements, and Node's process metrics. */
export function createMetrics(options: MetricsOptions = {}): Metrics {
  const maxNames = options.maxOperationNames ?? 100;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help:
      'GraphQL requests by operation name ("anonymous", or "other" past the label cap or 64 characters), type (query, mutation, subscription; ' +
      '"unknown" when the document did not get that far) and status (ok or error). A subscription counts when it ends: its duration is its lifetime.',
    labelNames: ['operation', 'type', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'graphql_errors_total',
    help: 'Errors sent to clients, by extensions.code ("other" for a code this server does not document).',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const cypher = new Counter({
    name: 'neo4j_queries_total',
    help: 'Cypher statements run for GraphQL operations (for a subscription, those of all its events, counted when it ends).',
    registers: [registry],
  });

  const names = new Set<string>();
  const operationLabel = (name: string | null) => {
    if (!name) return 'anonymous';
    const label = nameLabel(name);
    if (label === 'other' || names.has(label)) return label;
    if (names.size >= maxNames) return 'other';
    names.add(label);
    return label;
  };

  const observer: OperationObserver = {
    started() {
      const stop = duration.startTimer();
      return {
        ended(outcome) {
          const status = outcome.errorCodes.length ? 'error' : 'ok';
          stop({ operation: operationLabel(outcome.operationName), type: outcome.operationType ?? 'unknown', status });
          for (const code of outcome.errorCodes) errors.inc({ code: codeLabel(code) });
          cypher.inc(outcome.cypherQueries);
        },
      };
    },
  };

  const handler: RequestHandler = async (_req, res) => {
    res.setHeader('content-type', registry.contentType);
    res.send(await registry.metrics());
  };
  return { registry, observer, handler };
}
