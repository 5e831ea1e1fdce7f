// run() of node:test: its stream's events (each also an event of its own name) for test files
// run in their own processes, node:test/reporters' tap / spec / dot composed onto it, bad options.
import { run } from 'node:test';
import { tap, spec, dot } from 'node:test/reporters';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const { normalize } = createRequire(import.meta.url)('./helpers/run_self');
const project = join(import.meta.dirname, 'fixtures-data', 'project');
const files = [join(project, 'math.test.js'), join(project, 'test', 'strings.mjs')];

const stream = run({ files });
let passes = 0;
stream.on('test:pass', () => passes++);
const seen = [];
for await (const { type, data } of stream) {
  if (type === 'test:pass' || type === 'test:fail') {
    seen.push(`${type} ${data.name} nesting=${data.nesting} type=${data.details.type}` +
      (data.skip !== undefined ? ` skip=${data.skip}` : '') +
      (data.details.error ? ` failureType=${data.details.error.failureType}` : ''));
  } else if (type === 'test:diagnostic' && !data.message.startsWith('duration_ms')) {
    seen.push(`diagnostic ${data.message}`);
  } else if (type === 'test:summary') {
    seen.push(`summary success=${data.success} tests=${data.counts.tests}`);
  }
}
console.log(seen.join('\n'), `\n'test:pass' events: ${passes}`);

for (const reporter of [tap, spec, dot]) {
  let text = '';
  for await (const chunk of run({ files, testNamePatterns: ['subtracts', 'upper'] }).compose(reporter)) text += chunk;
  console.log(`--- ${reporter.name}\n${normalize(text)}`);
}

for (const bad of [{ files: 'x.js' }, { files: [1] }, { concurrency: 'a' }, { only: 1 }, 5]) {
  try { run(bad); console.log('accepted'); } catch (e) { console.log(`${e.name} ${e.code}: ${e.message}`); }
}
