// process.finalization (node 24, experimental): register() runs at 'exit', registerBeforeExit() at
// 'beforeExit' (before listeners added later), unregister() withdraws; node's argument checks.
const { finalization } = process;
console.log(Object.keys(finalization), finalization.register.length, finalization.registerBeforeExit.length,
  finalization.unregister.length);
const a = { name: 'a' };
const b = { name: 'b' };
const c = { name: 'c' };
const d = { name: 'd' };
globalThis.keep = [a, b, c, d];
finalization.register(a, (obj, event) => console.log('exit callback', obj.name, event));
finalization.registerBeforeExit(b, (obj, event) => console.log('beforeExit callback', obj.name, event));
finalization.register(c, () => console.log('never: unregistered'));
finalization.register(d, (obj, event) => console.log('exit callback', obj.name, event));
finalization.unregister(c);
for (const obj of [1, null, [], 'x']) {
  try {
    finalization.register(obj, () => {});
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
for (const token of [5, undefined]) {
  try {
    finalization.unregister(token);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
finalization.unregister({});
process.on('beforeExit', () => console.log('beforeExit listener'));
process.on('exit', (code) => console.log('exit listener', code));
