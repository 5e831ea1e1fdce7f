// AbortController/AbortSignal: abort(reason) with a default AbortError DOMException, one
// trusted 'abort' event, onabort, throwIfAborted, and a second abort() doing nothing.
const ac = new AbortController();
const { signal } = ac;
console.log(signal.aborted, signal.reason, signal.onabort, ac.signal === signal);
signal.addEventListener('abort', (e) => console.log('listener', e.type, e.isTrusted, signal.aborted, e.target === signal));
signal.onabort = (e) => console.log('onabort', e.type);
ac.abort();
ac.abort('again');
const { reason } = signal;
console.log(reason instanceof DOMException, reason.name, reason.message, reason.code);
try {
  signal.throwIfAborted();
} catch (err) {
  console.log('thrown is reason', err === reason);
}
const ac2 = new AbortController();
ac2.abort({ custom: true });
console.log(ac2.signal.reason);
ac2.signal.throwIfAborted.call(new AbortController().signal);
const s = AbortSignal.abort('why');
console.log(s.aborted, s.reason, AbortSignal.abort().reason.name);
const ac3 = new AbortController();
const handler = () => console.log('never');
ac3.signal.onabort = handler;
ac3.signal.onabort = null;
console.log(ac3.signal.onabort);
ac3.abort();
