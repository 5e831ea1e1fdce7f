// Event timing of Readable against a chain of user ticks: sync and async _read, 'readable' vs
// 'data' consumers, late listeners, pause/resume.
const { Readable } = require('stream');

function tracker(label) {
  const events = [];
  let t = 0;
  function tick() {
    const n = ++t;
    process.nextTick(() => {
      events.push(`t${n}`);
      if (n < 8) tick();
    });
  }
  return { events, tick, print: () => console.log(label.padEnd(18), events.join(' ')) };
}

function watch(r, events) {
  for (const ev of ['end', 'close', 'pause', 'resume']) r.on(ev, () => events.push(ev));
}

const scenarios = {
  'sync read, data'(tr) {
    let i = 0;
    const r = new Readable({ objectMode: true, read() { this.push(++i <= 2 ? i : null); } });
    watch(r, tr.events);
    tr.tick();
    r.on('data', (d) => tr.events.push(`d${d}`));
  },
  'async read, data'(tr) {
    let i = 0;
    const r = new Readable({
      objectMode: true,
      read() { process.nextTick(() => this.push(++i <= 2 ? i : null)); },
    });
    watch(r, tr.events);
    tr.tick();
    r.on('data', (d) => tr.events.push(`d${d}`));
  },
  'readable listener'(tr) {
    const r = new Readable({ objectMode: true, read() {} });
    watch(r, tr.events);
    r.push('a');
    tr.tick();
    r.on('readable', () => {
      tr.events.push('readable');
      let c;
      while ((c = r.read()) !== null) tr.events.push(`r:${c}`);
    });
    r.push('b');
    r.push(null);
  },
  'late data listener'(tr) {
    const r = new Readable({ objectMode: true, read() {} });
    watch(r, tr.events);
    r.push(1);
    r.push(null);
    tr.tick();
    process.nextTick(() => {
      tr.events.push('attach');
      r.on('data', (d) => tr.events.push(`d${d}`));
    });
  },
  'pause and resume'(tr) {
    const r = new Readable({ objectMode: true, read() {} });
    watch(r, tr.events);
    r.on('data', (d) => {
      tr.events.push(`d${d}`);
      if (d === 1) {
        r.pause();
        process.nextTick(() => r.resume());
      }
    });
    tr.tick();
    r.push(1);
    r.push(2);
    r.push(null);
  },
  'push after end'(tr) {
    const r = new Readable({ objectMode: true, read() {} });
    watch(r, tr.events);
    r.on('error', (e) => tr.events.push(e.code));
    tr.tick();
    r.push(null);
    r.push('late');
    r.resume();
  },
};

const names = Object.keys(scenarios);
(function next() {
  const name = names.shift();
  if (!name) return;
  const tr = tracker(name);
  scenarios[name](tr);
  setImmediate(() => {
    tr.print();
    next();
  });
})();
