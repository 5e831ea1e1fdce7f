// node:punycode: RFC 3492 encode/decode, toASCII/toUnicode over domains and emails, ucs2, errors.
const punycode = require('punycode');
console.log(punycode.encode('mañana'), punycode.decode('maana-pta'), punycode.toASCII('mañana.com'),
  punycode.toUnicode('xn--maana-pta.com'), punycode.toASCII('ü@ü.de'), punycode.toASCII('a。b'));
console.log(punycode.ucs2.decode('𝄞a\ud800'), punycode.ucs2.encode([0x1d11e, 97]), punycode.encode(''), punycode.encode('ABC-ü'));
for (const word of ['ليهمابتكلموشعربي؟', '他们为什么不说中文', 'Pročprostěnemluvíčesky', 'почемужеонинеговорятпорусски', '安室奈美恵-with-SUPER-MONKEYS', '😀x']) {
  const encoded = punycode.encode(word);
  console.log(encoded, punycode.decode(encoded) === word);
}
for (const bad of ['\x81', 'ü-a', '99999999999']) {
  try {
    punycode.decode(bad);
  } catch (err) {
    console.log(err.name, err.message);
  }
}
