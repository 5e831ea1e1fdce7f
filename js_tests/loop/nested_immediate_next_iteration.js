// setImmediate scheduled from an immediate runs in the next loop iteration, after already-queued ones
setImmediate(() => {
  console.log('A');
  setImmediate(() => console.log('C (nested)'));
});
setImmediate(() => console.log('B'));
