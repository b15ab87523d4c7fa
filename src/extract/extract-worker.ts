// The extraction worker's entry (worker-pool.ts): loads the extractor, warms it up on a short text so that
// the first request does not pay for the NLP library's set-up, then answers one ExtractInput at a time.
import { parentPort } from 'node:worker_threads';
import { extractDocument } from './extract-document.js';
import type { ExtractInput } from './types.js';

const port = parentPort;
if (!port) throw new Error('extract-worker.ts runs as a worker thread only');

extractDocument({ text: 'The envoy said that the talks would resume in Geneva.', source: { title: 'Warm-up' }, dictionary: [] });
port.on('message', (input: ExtractInput) => {
  try {
    port.postMessage({ output: extractDocument(input) });
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
port.postMessage({ ready: true });
