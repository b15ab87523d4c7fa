// Owns the test database's lifecycle: testcontainers' Neo4j when a Docker engine answers, otherwise
// the project's local Neo4j (Maven Central jars + Java) on a free port with a throwaway data folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j } from '../src/db/local-neo4j.js';

const PASSWORD = 'test-password-1';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; via: string };
  }
}

async function dockerAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (await dockerAnswers()) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer('neo4j:5.26-community').withPassword(PASSWORD).start();
    project.provide('neo4j', { uri: container.getBoltUri(), user: 'neo4j', password: PASSWORD, via: 'testcontainers' });
    return async () => {
      await container.stop();
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'policy-graph-test-'));
  const started = Date.now();
  const neo4j = await startLocalNeo4j({ port: 0, dataDir, password: PASSWORD, heap: '1g', exitWithThisProcess: true });
  console.log(`[global-setup] local Neo4j on ${neo4j.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('neo4j', { uri: neo4j.uri, user: 'neo4j', password: PASSWORD, via: 'local' });
  return async () => {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
