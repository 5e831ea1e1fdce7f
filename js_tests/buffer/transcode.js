// buffer.transcode between utf8, utf16le/ucs2, latin1/binary and ascii.
const { transcode } = require('buffer');
const { t } = require('./helpers/check');
const text = 'aé€😀';
const encs = ['utf8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii'];
for (const from of encs) {
  for (const to of encs) {
    t(`${from} -> ${to}`, () => transcode(Buffer.from(text, from), from, to));
  }
}
t('empty', () => transcode(Buffer.alloc(0), 'utf8', 'ascii'));
t('Uint8Array source', () => transcode(new Uint8Array([0x61]), 'utf8', 'ucs2'));
t('bad source', () => transcode('abc', 'utf8', 'ucs2'));
t('unsupported', () => transcode(Buffer.from('a'), 'utf8', 'hex'));
t('utf16 odd', () => transcode(Buffer.from([0x61, 0x00, 0x62]), 'utf16le', 'utf8'));
