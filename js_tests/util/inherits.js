'use strict';
// inherits links prototypes and sets super_; bad arguments give ERR_INVALID_ARG_TYPE
const util = require('util');
const EventEmitter = require('events');

function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return `${this.name} makes a sound`; };
function Dog(name) { Animal.call(this, name); }
util.inherits(Dog, Animal);
Dog.prototype.bark = function () { return `${this.name} barks`; };

const d = new Dog('Rex');
console.log(d.speak(), '|', d.bark(), d instanceof Animal, d instanceof Dog);
console.log(Dog.super_ === Animal, Object.getPrototypeOf(Dog.prototype) === Animal.prototype);
const desc = Object.getOwnPropertyDescriptor(Dog, 'super_');
console.log(desc.enumerable, desc.writable, desc.configurable);

function Stream() { EventEmitter.call(this); }
util.inherits(Stream, EventEmitter);
const s = new Stream();
s.on('data', (x) => console.log('data', x));
s.emit('data', 7);

const cases = [
  [undefined, Animal],
  [null, Animal],
  [Dog, undefined],
  [Dog, null],
  [Dog, Object.assign(() => {}, { prototype: undefined })],
];
for (const [ctor, superCtor] of cases) {
  try {
    util.inherits(ctor, superCtor);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
