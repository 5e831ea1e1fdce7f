// StringDecoder argument errors and the accepted input types.
const { StringDecoder } = require('string_decoder');
function t(label, fn) {
  try {
    console.log(label, '->', JSON.stringify(fn()));
  } catch (err) {
    console.log(label, 'THROWS', err.name, err.code, err.message);
  }
}
t('unknown encoding', () => new StringDecoder('utf9'));
t('number encoding', () => new StringDecoder(5));
t('empty encoding', () => new StringDecoder('').encoding);
t('null encoding', () => new StringDecoder(null).encoding);
t('default', () => new StringDecoder().encoding);
t('binary', () => new StringDecoder('binary').encoding);
t('utf-8', () => new StringDecoder('UTF-8').encoding);
const d = new StringDecoder('utf8');
t('write string', () => d.write('already text'));
t('write number', () => d.write(5));
t('write array', () => d.write([0x61]));
t('write null', () => d.write(null));
t('write Uint16Array', () => d.write(new Uint16Array([0x6261])));
t('write DataView', () => d.write(new DataView(new Uint8Array([0x63, 0x64]).buffer)));
t('write ArrayBuffer', () => d.write(new ArrayBuffer(1)));
t('end string', () => d.end('tail'));
t('end nothing', () => d.end());
t('write empty', () => d.write(Buffer.alloc(0)));
t('without new', () => { const x = Object.create(StringDecoder.prototype); return x.write(Buffer.from('a')); });
t('text method', () => new StringDecoder('utf8').text(Buffer.from('hello'), 2));
