// createHook validates its callbacks and returns a hook whose enable/disable chain.
const asyncHooks = require('async_hooks');
const hook = asyncHooks.createHook({ init() {}, destroy() {} });
console.log(hook.enable() === hook, hook.disable() === hook);
for (const bad of [{ init: 5 }, { before: 'x' }, { promiseResolve: {} }]) {
  try {
    asyncHooks.createHook(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(typeof asyncHooks.executionAsyncResource(), asyncHooks.asyncWrapProviders.PROMISE, asyncHooks.asyncWrapProviders.TIMERWRAP);
console.log(Object.keys(asyncHooks).sort());
