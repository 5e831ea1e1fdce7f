// run({ coverage: true }) and its options: the files' processes count, the `test:coverage` event
// has the files (test files too: run() leaves none out by default), coverageIncludeGlobs /
// coverageExcludeGlobs, the line / branch / function thresholds (a diagnostic each and exit
// code 1); bad options get node's errors.
import { run } from 'node:test';
import { join, relative } from 'node:path';

const dir = join(import.meta.dirname, 'fixtures-data', 'coverage');
const files = [join(dir, 'math.test.js')];

for (const options of [{ coverage: 1 }, { coverageExcludeGlobs: [1] }, { coverageIncludeGlobs: 5 },
  { lineCoverage: '1' }, { branchCoverage: 101 }, { functionCoverage: 1.5 }]) {
  try {
    run(options);
  } catch (error) {
    console.log(error.code, error.message);
  }
}

async function show(options) {
  const stream = run({ files, cwd: dir, coverage: true, ...options });
  for await (const { type, data } of stream) {
    if (type === 'test:diagnostic' && data.message.startsWith('Error')) console.log(data.message);
    if (type !== 'test:coverage') continue;
    const { files: covered, totals } = data.summary;
    for (const file of covered) {
      console.log(relative(dir, file.path), file.coveredLinePercent.toFixed(2), file.coveredBranchPercent.toFixed(2),
        file.coveredFunctionPercent.toFixed(2));
    }
    console.log('totals', totals.coveredLineCount, totals.totalLineCount, totals.coveredBranchCount,
      totals.totalBranchCount, totals.coveredFunctionCount, totals.totalFunctionCount);
  }
  console.log('exit code', process.exitCode);
  process.exitCode = undefined;
}

await show({});
await show({ coverageIncludeGlobs: ['lib/**'], coverageExcludeGlobs: 'lib/shapes.js' });
await show({ lineCoverage: 90, branchCoverage: 50, functionCoverage: 80 });
