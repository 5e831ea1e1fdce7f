'use strict';
// labels are trimmed and case-insensitive; unknown ones throw ERR_ENCODING_NOT_SUPPORTED
const labels = ['utf-8', 'UTF8', ' utf-8\n', '\tUnicode-1-1-UTF-8 ', 'unicode11utf8', 'x-unicode20utf8',
  'utf-16', 'UTF-16LE', 'csunicode', 'iso-10646-ucs-2', 'unicodefeff', 'utf-16be',
  'ascii', 'ISO_8859-1:1987', 'iso88591', 'x-cp1252', 'ansi_x3.4-1968', undefined];
for (const label of labels) {
  console.log(JSON.stringify(label), new TextDecoder(label).encoding);
}
for (const label of ['utf-32', 'foo', '', 'utf 8', 5, null, 'utf-8\u00a0']) {
  try {
    new TextDecoder(label);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
