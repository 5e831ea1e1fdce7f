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

// A property's value when it is a data property (own or inherited), without running a getter.
function dataProperty(object, key) {
  for (let current = object; current !== null; current = Object.getPrototypeOf(current)) {
    const descriptor = Object.getOwnPropertyDescriptor(current, key);
    if (descriptor) return 'value' in descriptor ? descriptor.value : undefined;
  }
  return undefined;
}

// How V8 names a receiver in "called on incompatible receiver X" (its NoSideEffectsToString):
// a function by its source, an error as "Name: message", an object whose toString is Object's by
// its constructor ("#<Foo>"), any other by its tag ("[object Intl.Locale]", "[object Date]").
function describeReceiver(value) {
  if (typeof value === 'string') return value;
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  if (typeof value !== 'object' || value === null) return String(value);
  const toString = dataProperty(value, 'toString');
  if (value instanceof Error || toString === Error.prototype.toString) return Error.prototype.toString.call(value);
  if (toString === Object.prototype.toString) {
    const constructor = dataProperty(value, 'constructor');
    if (typeof constructor === 'function' && typeof constructor.name === 'string' && constructor.name) {
      return `#<${constructor.name}>`;
    }
  }
  const tag = dataProperty(value, Symbol.toStringTag);
  if (typeof tag === 'string') return `[object ${tag}]`;
  return Object.prototype.toString.call(value);
}

function incompatibleReceiver(method, receiver) {
  return new TypeError(`Method ${method} called on incompatible receiver ${describeReceiver(receiver)}`);
}

module.exports = { intlConstructor, incompatibleReceiver, describeReceiver };
