// AsyncResource: ids, runInAsyncScope restores the creation context, bind, validation.
const { AsyncResource, AsyncLocalStorage, executionAsyncId, triggerAsyncId } = require('async_hooks');
const als = new AsyncLocalStorage();
console.log(executionAsyncId(), triggerAsyncId());
const resource = als.run('at creation', () => new AsyncResource('MyResource'));
console.log(Number.isInteger(resource.asyncId()), resource.asyncId() > 1, resource.triggerAsyncId());
als.run('at call', () => {
  const r = resource.runInAsyncScope(function (a, b) {
    return [als.getStore(), this.tag, a, b, executionAsyncId() === resource.asyncId()];
  }, { tag: 'this' }, 1, 2);
  console.log(r, als.getStore());
});
const fn = resource.bind(function named(x) { return `${x} ${als.getStore()}`; });
console.log(fn('bound'), fn.length);
const staticBound = AsyncResource.bind(() => als.getStore());
console.log(staticBound());
console.log(resource.emitDestroy() === resource);
console.log(new AsyncResource('T', { triggerAsyncId: 5 }).triggerAsyncId(), new AsyncResource('T', 9).triggerAsyncId());
for (const args of [[], [5], ['T', { triggerAsyncId: -5 }], ['T', { triggerAsyncId: 1.5 }]]) {
  try {
    new AsyncResource(...args);
    console.log('accepted');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
