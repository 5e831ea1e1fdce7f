'use strict';
// Intl constructors are plain functions in V8: called without `new` they throw V8's own message
// ("Constructor Intl.X requires 'new'"), which a class cannot (QuickJS throws before its body runs).
// intlConstructor(Class) is a function of the class's name and length that constructs Class,
// sharing its prototype and static methods. `callable`: a call without `new` constructs too (the
// legacy NumberFormat, DateTimeFormat and Collator).

function intlConstructor(Class, { callable = false } = {}) {
  const name = Class.name;
  const constructor = {
    [name]: function (...args) {
      if (new.target === undefined) {
        if (callable) return Reflect.construct(Class, args, constructor);
        throw new TypeError(`Constructor Intl.${name} requires 'new'`);
      }
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

// How V8 names a receiver in "called on incompatible receiver X".
function describeReceiver(value) {
  if (typeof value === 'string') return value;
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return String(value);
  if (Array.isArray(value)) return '[object Array]';
  const name = value.constructor?.name;
  return `#<${typeof name === 'string' && name ? name : 'Object'}>`;
}

function incompatibleReceiver(method, receiver) {
  return new TypeError(`Method ${method} called on incompatible receiver ${describeReceiver(receiver)}`);
}

module.exports = { intlConstructor, incompatibleReceiver };
