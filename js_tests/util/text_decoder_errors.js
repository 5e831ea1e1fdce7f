'use strict';
// TextDecoder's argument checks, with the message node 20's native decoders give
const show = (fn) => {
  try {
    console.log(JSON.stringify(fn()));
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
};
show(() => new TextDecoder('utf-8', 5));
show(() => new TextDecoder('foo', 'bar'));
show(() => new TextDecoder('utf-8', null).fatal);
show(() => new TextDecoder('utf-8', []).encoding);
show(() => new TextDecoder('utf-8', { fatal: 1, ignoreBOM: 'yes' }).ignoreBOM);
show(() => new TextDecoder().decode('text'));
show(() => new TextDecoder().decode(null));
show(() => new TextDecoder().decode([1, 2]));
show(() => new TextDecoder().decode('x', { stream: true }));
show(() => new TextDecoder('utf-16le').decode('x'));
show(() => new TextDecoder('latin1').decode({}));
show(() => new TextDecoder().decode(new Uint8Array([0x61]), 5));
show(() => new TextDecoder('utf-16le').decode(new Uint8Array([0x61, 0]), 5));
show(() => new TextDecoder('latin1').decode(new Uint8Array([0x61]), 5));
show(() => {
  const d = new TextDecoder();
  d.decode(new Uint8Array(0), { stream: true });
  return d.decode(new Uint8Array([0x61]), 5);
});
show(() => TextDecoder.prototype.decode.call({}, new Uint8Array(1)));
show(() => Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding').get.call(new TextEncoder()));
show(() => Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'fatal').get.call(null));
console.log(String(new TextDecoder()), TextDecoder.length, TextDecoder.name);
console.log(Object.keys(TextDecoder.prototype), Object.getOwnPropertyNames(TextDecoder.prototype));
console.log(require('util').TextDecoder === TextDecoder);
