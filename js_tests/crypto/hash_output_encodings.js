// digest() in every output encoding, and a Buffer when no (or an unknown) encoding is given.
const crypto = require('crypto');
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'utf8', 'ucs2', 'utf16le']) {
  const out = crypto.createHash('sha1').update('encodings').digest(enc);
  console.log(enc, typeof out, JSON.stringify(out));
}
for (const enc of [undefined, 'buffer', 'no-such-encoding']) {
  const out = crypto.createHash('md5').update('encodings').digest(enc);
  console.log(String(enc), Buffer.isBuffer(out), out.length, out.toString('hex'));
}
