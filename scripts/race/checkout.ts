// Which code "this server" was: the checkout's commit and whether it had uncommitted changes.
import { execFileSync } from 'node:child_process';

export function describeCheckout(root: string): string {
  try {
    const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' }).trim();
    const commit = git('rev-parse', '--short', 'HEAD');
    const changed = git('status', '--porcelain', '--untracked-files=no').split('\n').filter(Boolean).length;
    return changed ? `${commit} + ${changed} uncommitted changes` : commit;
  } catch {
    return 'unknown (not a git checkout)';
  }
}
