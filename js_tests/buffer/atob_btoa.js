// atob / btoa (globals and node:buffer): forgiving base64 and DOMException InvalidCharacterError.
const buffer = require('buffer');
console.log(atob === buffer.atob, btoa === buffer.btoa, typeof atob, atob.name, btoa.name);
function run(fn, input, ...rest) {
  try {
    console.log(fn.name, JSON.stringify(input), '->', JSON.stringify(rest.length || input !== undefined ? fn(input) : fn()));
  } catch (err) {
    console.log(fn.name, JSON.stringify(input), 'THROWS', err.name, err.code, err.message, err instanceof Error);
  }
}
for (const s of ['', 'hi', 'hello', '\u00ff\u00fe', 'é', '€', '\u0100', '😀', 'a\u0000b']) run(btoa, s);
run(btoa, 123, 0);
run(btoa, null, 0);
run(btoa, undefined, 0);
for (const s of ['', 'aGk=', 'aGk', 'aGVsbG8=', 'aGVsbG8', ' aG Vs\nbG8 ', 'a', 'ab', 'abc', 'abcd', 'abcde', 'ab==', 'ab=', 'abc=', 'a===',
  'ab=c', '=abc', 'ab==c', 'a-b_', 'a+b/', 'aGk=\n', '\taGk=\f', 'aGk\u00a0', 'aGk*', '////', 'AAAA', 'aR==', 'aGk==', '==']) {
  run(atob, s);
}
run(atob, 1234, 0);
run(atob, null, 0);
run(atob, undefined, 0);
try { atob(); } catch (err) { console.log('atob()', err.name, err.code, err.message); }
try { btoa(); } catch (err) { console.log('btoa()', err.name, err.code, err.message); }
const all = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i)).join('');
console.log(btoa(all).length, atob(btoa(all)) === all);
