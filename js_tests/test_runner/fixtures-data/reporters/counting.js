'use strict';
// an async generator reporter: one line per result, then the counts of the event types it saw
module.exports = async function* counting(source) {
  const seen = {};
  for await (const { type, data } of source) {
    seen[type] = (seen[type] ?? 0) + 1;
    if (type === 'test:pass' || type === 'test:fail') yield `${type} ${data.name} (nesting ${data.nesting})\n`;
  }
  yield `saw ${['test:start', 'test:pass', 'test:fail', 'test:plan', 'test:summary'].map((t) => `${t}=${seen[t] ?? 0}`).join(' ')}\n`;
};
