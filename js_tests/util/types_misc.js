'use strict';
// module namespaces, boxed primitives, external values and key objects
const types = require('util/types');

(async () => {
  const ns = await import('node:path');
  console.log('namespace', types.isModuleNamespaceObject(ns));
  console.log('frozen null-proto object', types.isModuleNamespaceObject(Object.freeze({ __proto__: null })));
  console.log('plain', types.isModuleNamespaceObject({}), types.isModuleNamespaceObject(null));
  for (const value of [Object(1), Object('s'), Object(true), Object(1n), Object(Symbol.iterator), 1, 's']) {
    console.log(typeof value, types.isBoxedPrimitive(value), types.isNumberObject(value), types.isStringObject(value),
      types.isBooleanObject(value), types.isBigIntObject(value), types.isSymbolObject(value));
  }
  console.log('external', types.isExternal({}), types.isExternal(null));
  console.log('key objects', types.isKeyObject({}), types.isCryptoKey({}), types.isKeyObject(undefined));
  console.log('arguments', types.isArgumentsObject((function () { return arguments; })()),
    types.isArgumentsObject([]), types.isArgumentsObject({ length: 0 }));
})();
