'use strict';
// util.aborted: a promise that settles when the signal aborts; bad arguments reject it
const util = require('util');

(async () => {
  const bad = [[undefined, {}], [{}, {}], [new AbortController().signal], [new AbortController().signal, 'x'],
    [new AbortController().signal, null]];
  for (const args of bad) {
    try {
      await util.aborted(...args);
      console.log('resolved?');
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }
  console.log(util.aborted.length, util.aborted(new AbortController().signal, () => {}) instanceof Promise);
  console.log('already aborted resolves with', await util.aborted(AbortSignal.abort(), []));

  const controller = new AbortController();
  const pending = util.aborted(controller.signal, {});
  setTimeout(() => {
    console.log('aborting');
    controller.abort();
  }, 5);
  const event = await pending;
  console.log('aborted resolved with', event instanceof Event, event.type);
})();
