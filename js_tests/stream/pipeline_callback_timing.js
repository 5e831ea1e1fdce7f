'use strict';
// When pipeline's callback runs after a stage breaks, counted in process.nextTick ticks: an error or
// an early close fails the pipeline at once but does not count as a stage's completion, so the
// callback waits for the destroyed stages to report (koa's stream bodies log in this order).
const { pipeline, Readable, Writable } = require('node:stream');

// Records events together with the process.nextTick ticks that pass after `start()`.
function timeline() {
  const events = [];
  let tick = 0;
  return {
    events,
    start() {
      const step = () => { tick++; if (tick < 6) process.nextTick(step); };
      process.nextTick(step);
    },
    add(what) { events.push(`${what}@${tick}`); },
  };
}

function run(label, breakIt) {
  return new Promise((resolve) => {
    const t = timeline();
    const src = new Readable({ read() {} });
    src.push('a');
    const dst = new Writable({ write(chunk, enc, cb) { cb(); } });
    src.on('close', () => t.add('src close'));
    dst.on('close', () => t.add('dst close'));
    src.on('error', (e) => t.add(`src error ${e.message}`));
    dst.on('error', (e) => t.add(`dst error ${e.message}`));
    pipeline(src, dst, (err) => {
      t.add(`callback ${err?.code ?? err?.message}`);
      setImmediate(() => { console.log(`${label}: ${t.events.join(', ')}`); resolve(); });
    });
    setImmediate(() => { t.start(); breakIt(src, dst); });
  });
}

(async () => {
  await run('destination destroyed', (src, dst) => dst.destroy());
  await run('destination destroyed with an error', (src, dst) => dst.destroy(new Error('dst broke')));
  await run('source destroyed with an error', (src) => src.destroy(new Error('src broke')));
  await run('source destroyed', (src) => src.destroy());
  await run('source ends', (src) => src.push(null));
})();
