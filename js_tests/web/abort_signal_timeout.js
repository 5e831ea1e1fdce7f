// AbortSignal.timeout aborts with a TimeoutError DOMException; its timer does not keep the
// process alive.
const signal = AbortSignal.timeout(5);
signal.onabort = () => console.log('timed out', signal.reason.name, signal.reason.message, signal.reason.code);
console.log(signal.aborted);
setTimeout(() => {
  console.log('later', signal.aborted);
  AbortSignal.timeout(100000).onabort = () => console.log('never');
  console.log('exiting without waiting');
}, 30);
try {
  AbortSignal.timeout(-1);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  AbortSignal.timeout('1');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
