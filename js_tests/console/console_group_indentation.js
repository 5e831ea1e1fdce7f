// A Console with a custom groupIndentation, nested groups and groupEnd past the top.
const { Console } = console;
const { EventEmitter } = require('events');
const out = new EventEmitter();
out.write = (chunk) => process.stdout.write(`[${chunk.replace(/\n$/, '')}]\n`);
for (const width of [0, 1, 4]) {
  const c = new Console({ stdout: out, groupIndentation: width });
  c.log(`width ${width}`);
  c.group('g1');
  c.group('g2');
  c.log('deep\nmulti');
  c.groupEnd();
  c.groupEnd();
  c.groupEnd();
  c.log('top');
}
