// Class instances, functions and classes.
class Point { constructor() { this.x = 1; this.y = 2; } }
class Empty {}
class Base {}
class Derived extends Base { constructor() { super(); this.d = true; } }
class WithStatic { static s = 1; }
console.log(new Point(), [new Point()], { p: new Point() }, new Empty(), new Derived());
console.log(Point, Empty, Derived, WithStatic, class {}, class extends Point {});
console.log(function named() {}, function () {}, () => {}, async () => {}, async function af() {});
console.log(function* gen() {}, async function* agen() {}, function* () {});
console.log(Math.max, Array.prototype.push, Function.prototype, Object, Map);
const bound = function orig() {}.bind(null);
console.log(bound, (() => {}).bind(null));
const fnWithProps = function withProps() {};
fnWithProps.a = 1;
fnWithProps.b = { c: 2 };
console.log(fnWithProps);
const anon = (() => () => {})();
console.log(anon, [anon]);
const nullProtoFn = function np() {};
Object.setPrototypeOf(nullProtoFn, null);
console.log(nullProtoFn);
const renamed = function () {};
Object.defineProperty(renamed, 'name', { value: 'newName' });
console.log(renamed);
class Nameless {}
Object.defineProperty(Nameless, 'name', { value: '' });
console.log(Nameless);
function OldStyle() { this.v = 1; }
console.log(new OldStyle(), OldStyle);
OldStyle.prototype.m = function () {};
console.log(new OldStyle());
const inst = Object.create(Point.prototype);
console.log(inst);
class Shadow { constructor() { this.constructor = 'not a function'; } }
console.log(new Shadow());
class Animal { constructor(n) { this.name = n; } }
class Dog extends Animal {}
console.log(new Dog('rex'), [new Dog('a'), new Dog('b')]);
const taggedFn = function t() {};
taggedFn[Symbol.toStringTag] = 'TT';
console.log(taggedFn);
console.log(Object.setPrototypeOf(function sub() {}, Point));
console.log(class A extends null {});
console.log({ method() {}, get prop() { return 1; }, 'quoted-name': function () {} });
