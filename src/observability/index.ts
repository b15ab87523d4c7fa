export { createMetrics, type Metrics, type MetricsOptions } from './metrics.js';
export { observeApollo, requestOutcome, sentName, type OperationObserver, type OperationWatch, type RequestOutcome } from './outcome.js';
export { requestLog } from './request-log.js';
