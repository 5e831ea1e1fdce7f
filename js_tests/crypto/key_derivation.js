// pbkdf2, scrypt and hkdf, sync and with callbacks, and their argument errors.
const crypto = require('crypto');
console.log(crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync('password', 'salt', 4096, 32, 'sha256').toString('hex'));
console.log(crypto.pbkdf2Sync(Buffer.from('pw'), Buffer.from('s'), 10, 64, 'sha512').toString('base64'));
console.log(crypto.scryptSync('password', 'salt', 32).toString('hex'));
console.log(crypto.scryptSync('password', 'salt', 16, { N: 1024, r: 4, p: 2 }).toString('hex'));
console.log(Buffer.from(crypto.hkdfSync('sha256', 'key', 'salt', 'info', 24)).toString('hex'));
console.log(crypto.hkdfSync('sha256', 'key', 'salt', 'info', 8) instanceof ArrayBuffer);
crypto.pbkdf2('pw', 'salt', 2, 8, 'md5', (err, key) => {
  console.log('pbkdf2 callback', err, key.toString('hex'));
  crypto.scrypt('pw', 'salt', 8, (err2, key2) => console.log('scrypt callback', err2, key2.toString('hex')));
});
const show = (f) => { try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); } };
show(() => crypto.pbkdf2Sync('p', 's', 0, 16, 'sha1'));
show(() => crypto.pbkdf2Sync('p', 's', 1, 16, 'nope'));
show(() => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha1'));
show(() => crypto.scryptSync('p', 's', 16, { N: 3 }));
show(() => crypto.scryptSync('p', 's', 16, { N: 2 ** 20 }));
