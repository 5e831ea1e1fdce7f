// tracingChannel: start / end / error around traceSync, asyncStart / asyncEnd around tracePromise.
const dc = require('diagnostics_channel');
const tc = dc.tracingChannel('op');
const events = [];
tc.subscribe({
  start: (ctx) => events.push(`start ${ctx.id}`),
  end: (ctx) => events.push(`end ${ctx.id} ${ctx.result ?? ''}`),
  asyncStart: (ctx) => events.push(`asyncStart ${ctx.id} ${ctx.result ?? ctx.error?.message}`),
  asyncEnd: (ctx) => events.push(`asyncEnd ${ctx.id}`),
  error: (ctx) => events.push(`error ${ctx.id} ${ctx.error.message}`),
});
console.log(tc.hasSubscribers, dc.channel('tracing:op:start').hasSubscribers);
console.log(tc.traceSync((a, b) => a + b, { id: 1 }, null, 2, 3));
try {
  tc.traceSync(() => { throw new Error('sync fail'); }, { id: 2 });
} catch (e) {
  console.log('caught', e.message);
}
tc.tracePromise(async () => 'async value', { id: 3 }).then((v) => {
  console.log('resolved', v);
  console.log(events.join('\n'));
});
