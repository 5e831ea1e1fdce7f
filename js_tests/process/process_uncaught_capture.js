// setUncaughtExceptionCaptureCallback receives uncaught errors instead of the process crashing.
console.log(process.hasUncaughtExceptionCaptureCallback());
process.setUncaughtExceptionCaptureCallback((err) => console.log('captured', err.message));
console.log(process.hasUncaughtExceptionCaptureCallback());
try {
  process.setUncaughtExceptionCaptureCallback(5);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
setTimeout(() => { throw new Error('boom'); }, 1);
setTimeout(() => {
  process.setUncaughtExceptionCaptureCallback(null);
  console.log(process.hasUncaughtExceptionCaptureCallback(), 'end');
}, 20);
