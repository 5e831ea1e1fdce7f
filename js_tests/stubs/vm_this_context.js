// vm.runInThisContext / Script / compileFunction / createContext + isContext.
const vm = require('vm');
globalThis.shared = 20;
console.log(vm.runInThisContext('shared + 22'));
console.log(vm.runInThisContext('var declaredByVm = 5; typeof require'), globalThis.declaredByVm);
const script = new vm.Script('shared * 2', { filename: 'my.vm.js' });
console.log(script.runInThisContext(), script.runInThisContext());
const add = vm.compileFunction('return a + b', ['a', 'b']);
console.log(add(2, 3), typeof add);
const ctx = { x: 1 };
console.log(vm.isContext(ctx), vm.createContext(ctx) === ctx, vm.isContext(ctx));
const show = (f) => { try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); } };
try {
  new vm.Script('let = ;');
} catch (e) {
  console.log('syntax error at construction:', e.name);
}
show(() => vm.runInThisContext(5));
show(() => vm.isContext(5));
show(() => vm.createContext(5));
show(() => vm.runInThisContext('throw new TypeError("from vm")'));
