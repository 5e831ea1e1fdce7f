// run() called from inside a test file that a runner runs (NODE_TEST_CONTEXT is set there) runs no
// files and warns, as node does: otherwise a file that runs itself starts processes without end.
import { run } from 'node:test';
import { join } from 'node:path';

const stream = run({ files: [join(import.meta.dirname, 'fixtures-data', 'recursive', 'recursive_run.js')] });
let stderr = '';
const results = [];
stream.on('test:stderr', ({ message }) => { stderr += message; });
for await (const { type, data } of stream) {
  if (type === 'test:pass' || type === 'test:fail') results.push(`${type} ${data.name}`);
  if (type === 'test:summary') results.push(`summary success=${data.success} ${JSON.stringify(data.counts)}`);
}
console.log(results.join('\n'));
console.log('warned:', /Warning: node:test run\(\) is being called recursively within a test file\. skipping running files\./.test(stderr));
