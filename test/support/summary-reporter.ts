// Ends the run with a plain "N passed, N failed, N skipped" line that any CI log reader understands.
import type { Reporter, RunnerTask, RunnerTestFile } from 'vitest';

function count(tasks: RunnerTask[], totals: { passed: number; failed: number; skipped: number }) {
  for (const task of tasks) {
    if (task.type === 'suite') count(task.tasks, totals);
    else if (task.result?.state === 'pass') totals.passed++;
    else if (task.result?.state === 'fail') totals.failed++;
    else totals.skipped++;
  }
}

export default class SummaryReporter implements Reporter {
  onFinished(files: RunnerTestFile[] = []) {
    const totals = { passed: 0, failed: 0, skipped: 0 };
    count(files, totals);
    const failedFiles = files.filter((f) => f.result?.state === 'fail' && f.tasks.length === 0).length;
    console.log(`\n${totals.passed} passed, ${totals.failed + failedFiles} failed, ${totals.skipped} skipped`);
  }
}
