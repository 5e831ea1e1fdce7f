'use strict';
// Which objects are the program's proxies. Structured clone must refuse a Proxy (node's serializer
// does: "#<Object> could not be cloned."), and the engine tells a Proxy from its target only through
// a host call, too dear for every small message. So the global Proxy records each proxy it makes in
// a WeakSet, and a program that never makes one pays nothing at all for the question.
//
// Proxies made by noderun's own builtins before `install` runs (process.env) are not recorded: they
// stand for node objects that clone as plain objects.

const EngineProxy = Proxy;
const made = new WeakSet();
let madeAny = false;

function isUserProxy(value) {
  return madeAny && made.has(value);
}

function record(proxy) {
  madeAny = true;
  made.add(proxy);
  return proxy;
}

// The global Proxy: a bound function, so that like the engine's it has no `prototype` (and
// `instanceof Proxy` throws), its name is Proxy, its length 2, and calling it without `new` throws
// the engine's own TypeError. `revocable` is a method: not a constructor, as V8's is not.
function install() {
  function Proxy(target, handler) {
    if (new.target === undefined) return EngineProxy(target, handler);
    return record(new EngineProxy(target, handler));
  }
  Proxy.prototype = undefined;
  const GlobalProxy = Proxy.bind();
  Object.defineProperty(GlobalProxy, 'name', { value: 'Proxy', configurable: true });
  const methods = {
    revocable(target, handler) {
      const result = EngineProxy.revocable(target, handler);
      record(result.proxy);
      return result;
    },
  };
  Object.defineProperty(GlobalProxy, 'revocable', {
    value: methods.revocable,
    writable: true,
    enumerable: false,
    configurable: true,
  });
  Object.defineProperty(globalThis, 'Proxy', { value: GlobalProxy, writable: true, enumerable: false, configurable: true });
}

module.exports = { install, isUserProxy };
