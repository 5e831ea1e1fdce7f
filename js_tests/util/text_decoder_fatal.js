'use strict';
// fatal: invalid data throws ERR_ENCODING_INVALID_ENCODED_DATA and the decoder starts afresh
const show = (fn) => {
  try {
    console.log(JSON.stringify(fn()));
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
};
const d = new TextDecoder('utf-8', { fatal: true });
console.log(d.fatal);
show(() => d.decode(new Uint8Array([0x41, 0xff])));
show(() => d.decode(new Uint8Array([0x41])));
show(() => d.decode(new Uint8Array([0xe2, 0x82])));
show(() => d.decode(new Uint8Array([0xed, 0xa0, 0x80])));
show(() => d.decode(new Uint8Array([0xf0, 0x9f]), { stream: true }));
show(() => d.decode());
show(() => d.decode(new Uint8Array([0xe2]), { stream: true }) + d.decode(new Uint8Array([0x41]), { stream: true }));
show(() => d.decode(new Uint8Array([0x42])));
const u16 = new TextDecoder('utf-16le', { fatal: true });
show(() => u16.decode(new Uint8Array([0x00, 0xdc, 0x41, 0x00])));
show(() => u16.decode(new Uint8Array([0x00, 0xd8, 0x41, 0x00])));
show(() => u16.decode(new Uint8Array([0x41])));
show(() => u16.decode(new Uint8Array([0x41, 0x00])));
const latin = new TextDecoder('latin1', { fatal: true });
show(() => latin.decode(new Uint8Array([0x81, 0xff])).length);
