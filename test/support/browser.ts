// Headless Chromium for browser tests: Debian's `chromium` (or CHROMIUM_PATH) driven by playwright-core,
// never a downloaded browser. Screenshots go to test-output/ (not committed).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { repoRoot } from '../../src/base/paths.js';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The installed Chromium; fails with the install command when there is none. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? CANDIDATES.find((p) => existsSync(p));
  if (!path) throw new Error('No Chromium found: apt-get install chromium (or set CHROMIUM_PATH)');
  return path;
}

/** A headless Chromium; close it in afterAll. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

/** Where browser tests write screenshots and other artefacts (git-ignored). */
export function testOutputDir(): string {
  const dir = join(repoRoot(), 'test-output');
  mkdirSync(dir, { recursive: true });
  return dir;
}
