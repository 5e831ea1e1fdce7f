// AbortSignal.any follows several signals: it takes the first reason, fires after the source's
// own listeners, and is aborted at once when a source already is.
const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
const nested = AbortSignal.any([any]);
a.signal.addEventListener('abort', () => console.log('a listener', any.aborted, nested.aborted));
any.addEventListener('abort', () => console.log('any listener', any.reason, nested.aborted));
nested.addEventListener('abort', () => console.log('nested listener', nested.reason));
console.log(any.aborted);
a.abort('from a');
b.abort('from b');
console.log(any.reason, nested.reason);
const pre = AbortSignal.any([new AbortController().signal, AbortSignal.abort('pre')]);
console.log(pre.aborted, pre.reason, AbortSignal.any([]).aborted);
for (const bad of [1, [1], [a.signal, {}]]) {
  try {
    AbortSignal.any(bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
