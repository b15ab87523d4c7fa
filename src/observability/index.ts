export { createMetrics, type Metrics, type MetricsOptions } from './metrics.js';
export { requestOutcome, type RequestOutcome } from './outcome.js';
export { requestLogPlugin } from './request-log.js';
