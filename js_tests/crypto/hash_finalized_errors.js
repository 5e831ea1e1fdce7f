// A finished Hash refuses digest, update and copy with ERR_CRYPTO_HASH_FINALIZED.
const crypto = require('crypto');
const h = crypto.createHash('sha1');
h.digest();
for (const op of [() => h.digest(), () => h.update('x'), () => h.copy()]) {
  try {
    op();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
