// The extraction worker's entry (worker-pool.ts): loads the extractor, warms it up on a short text so that
// the first request does not pay for the NLP library's set-up, then answers one task at a time: the candidate
// names of the texts (looked up in the graph by the main thread), or the extraction itself.
import { parentPort } from 'node:worker_threads';
import { extractDocument } from './extract-document.js';
import { candidatesOf } from './graph-dictionary.js';
import type { ExtractorTask } from './types.js';

const port = parentPort;
if (!port) throw new Error('extract-worker.ts runs as a worker thread only');

extractDocument({ text: 'The envoy said that the talks would resume in Geneva.', source: { title: 'Warm-up' }, dictionary: [] });
port.on('message', (task: ExtractorTask) => {
  try {
    port.postMessage({ output: task.kind === 'candidates' ? candidatesOf(task.texts) : extractDocument(task.input) });
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
port.postMessage({ ready: true });
