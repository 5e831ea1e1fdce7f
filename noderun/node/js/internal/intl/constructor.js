'use strict';
// Intl constructors are plain functions in V8: called without `new` they throw V8's own message
// ("Constructor Intl.X requires 'new'"), which a class cannot (QuickJS throws before its body runs).
// intlConstructor(Class) is a function of the class's name and length that constructs Class,
// sharing its prototype and static methods.

function intlConstructor(Class) {
  const name = Class.name;
  const constructor = {
    [name]: function (...args) {
      if (new.target === undefined) throw new TypeError(`Constructor Intl.${name} requires 'new'`);
      return Reflect.construct(Class, args, new.target);
    },
  }[name];
  Object.defineProperty(constructor, 'length', { value: Class.length });
  Object.defineProperty(constructor, 'prototype', { value: Class.prototype, writable: false });
  Object.defineProperty(Class.prototype, 'constructor', { value: constructor, writable: true, configurable: true });
  for (const key of Object.getOwnPropertyNames(Class)) {
    if (key !== 'length' && key !== 'name' && key !== 'prototype') {
      Object.defineProperty(constructor, key, Object.getOwnPropertyDescriptor(Class, key));
    }
  }
  return constructor;
}

module.exports = { intlConstructor };
