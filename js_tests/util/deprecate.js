'use strict';
// deprecate warns once per wrapper, once per code, on stderr and through process 'warning'
const util = require('util');

process.on('warning', (w) => console.log('warning event:', w.name, w.code, w.message));
const a = util.deprecate(() => 'a', 'a() is deprecated', 'DEP0901');
const b = util.deprecate(() => 'b', 'b() shares the code', 'DEP0901');
const c = util.deprecate(function c(x) { return `c${x}`; }, 'c() has no code');
console.log(a(), a(), b(), c(1), c(2));

class Old {
  constructor(x) { this.x = x; }
  get twice() { return this.x * 2; }
}
const Deprecated = util.deprecate(Old, 'Old is old', 'DEP0902');
const o = new Deprecated(4);
console.log(o.x, o.twice, o instanceof Old, o instanceof Deprecated, Object.getPrototypeOf(Deprecated) === Old);
console.log(Deprecated.name, Deprecated.length, Deprecated.prototype === Old.prototype);
console.log('sync end');
