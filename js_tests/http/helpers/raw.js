'use strict';
// A raw HTTP client over net: sends `text` as is and resolves with all the server wrote until it
// closed (or until `until` matches), the Date header's value masked.
const net = require('net');

function mask(text) {
  return text.replace(/^Date: .*$/mg, 'Date: <date>');
}

function raw(port, text, { until, end = false } = {}) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let out = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => {
      out += chunk;
      if (until && until.test(out)) {
        socket.destroy();
        resolve(mask(out));
      }
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(mask(out)));
    if (end) socket.end(text);
    else socket.write(text);
  });
}

module.exports = { raw, mask };
