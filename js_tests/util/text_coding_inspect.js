'use strict';
// how util.inspect shows encoders and decoders
const util = require('util');

console.log(util.inspect(new TextEncoder()));
console.log(util.inspect(new TextDecoder()));
console.log(util.inspect(new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true })));
console.log(util.inspect({ enc: new TextEncoder(), dec: new TextDecoder('latin1') }));
class MyDecoder extends TextDecoder {}
console.log(util.inspect(new MyDecoder()));
console.log(new TextDecoder());
