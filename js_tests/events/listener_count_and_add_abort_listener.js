// EventEmitter.listenerCount (static), and events.addAbortListener with its disposable.
const events = require('events');
const e = new events.EventEmitter();
e.on('a', () => {});
e.on('a', () => {});
console.log(events.listenerCount(e, 'a'), events.listenerCount(e, 'b'));
const ac = new AbortController();
const disposable = events.addAbortListener(ac.signal, () => console.log('aborted listener ran'));
console.log(typeof disposable[Symbol.dispose]);
ac.abort();
const ac2 = new AbortController();
const d2 = events.addAbortListener(ac2.signal, () => console.log('never'));
d2[Symbol.dispose]();
ac2.abort();
events.addAbortListener(AbortSignal.abort(), () => console.log('already aborted: runs on a microtask'));
console.log('sync end');
for (const args of [[undefined, () => {}], [{}, () => {}], [ac.signal, 5]]) {
  try {
    events.addAbortListener(...args);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
