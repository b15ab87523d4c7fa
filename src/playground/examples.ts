// Loads the example operations (the README's queries, run by the test-suite) from a folder of .graphql files.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

export interface ExampleOperation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const OPERATION_FILE = /\.graphql$/;
const NUMBER_PREFIX = /^\d+[-_. ]*/;

/** Reads `*.graphql` files in file-name order, each with an optional `<same-name>.variables.json`; a missing folder gives []. */
export async function loadExamples(dir: string): Promise<ExampleOperation[]> {
  let files: string[];
  try {
    files = await readdir(dir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  const operations = files.filter((file) => OPERATION_FILE.test(file)).sort();
  return Promise.all(operations.map((file) => loadExample(dir, file, files)));
}

async function loadExample(dir: string, file: string, siblings: string[]): Promise<ExampleOperation> {
  const base = file.replace(OPERATION_FILE, '');
  const example: ExampleOperation = {
    name: base.replace(NUMBER_PREFIX, '') || base,
    query: await readFile(path.join(dir, file), 'utf8'),
  };
  const variablesFile = `${base}.variables.json`;
  if (siblings.includes(variablesFile)) {
    example.variables = await readVariables(path.join(dir, variablesFile));
  }
  return example;
}

async function readVariables(file: string): Promise<Record<string, unknown>> {
  const text = await readFile(file, 'utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${file}: variables must be a JSON object`);
  }
  return parsed as Record<string, unknown>;
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
