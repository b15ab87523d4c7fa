import { it } from 'vitest';
import { startTestGraph } from '../support/graph.js';
it('probe', async () => {
  const g = await startTestGraph();
  const r = await g.run(`query EvidenceAbout($first: Int) { people(first: 100) { nodes { id relations { type evidence { id about { id name } } } } } }`);
  console.log(JSON.stringify(r.errors));
  await g.close();
});
