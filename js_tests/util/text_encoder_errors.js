'use strict';
// TextEncoder's argument and receiver checks
const encoder = new TextEncoder();
const show = (fn) => {
  try {
    console.log(fn());
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
};
show(() => encoder.encodeInto('x', []));
show(() => encoder.encodeInto('x', new Uint16Array(2)));
show(() => encoder.encodeInto('x', Buffer.alloc ? new Int8Array(2) : null));
show(() => encoder.encodeInto(5, new Uint8Array(2)));
show(() => encoder.encodeInto());
show(() => TextEncoder.prototype.encode.call({}, 'x'));
show(() => TextEncoder.prototype.encodeInto.call(null, 'x', new Uint8Array(1)));
show(() => Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get.call({}));
console.log(String(encoder), Object.prototype.toString.call(encoder), TextEncoder.length, TextEncoder.name);
console.log(Object.keys(TextEncoder.prototype), Object.getOwnPropertyNames(TextEncoder.prototype));
