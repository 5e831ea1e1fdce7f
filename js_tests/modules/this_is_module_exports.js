// at module top level `this` is module.exports; the wrapper receives 5 arguments
console.log(this === module.exports, this === exports);
console.log(arguments.length);
console.log(typeof require, typeof module, typeof exports, typeof __filename, typeof __dirname);
console.log(arguments[0] === exports, arguments[1] === require, arguments[2] === module);
console.log(typeof globalThis.require, typeof globalThis.module);
