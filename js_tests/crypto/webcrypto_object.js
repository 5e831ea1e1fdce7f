// The global crypto is crypto.webcrypto: a Crypto with subtle; subtle.digest works.
const nodeCrypto = require('crypto');
console.log(globalThis.crypto === nodeCrypto.webcrypto, nodeCrypto.subtle === crypto.subtle);
console.log(Object.prototype.toString.call(crypto), Object.prototype.toString.call(crypto.subtle));
console.log(typeof crypto.getRandomValues, typeof crypto.randomUUID);
(async () => {
  for (const alg of ['SHA-1', 'SHA-256', { name: 'SHA-384' }, 'SHA-512']) {
    const out = await crypto.subtle.digest(alg, new TextEncoder().encode('web crypto'));
    console.log(typeof alg === 'string' ? alg : alg.name, out instanceof ArrayBuffer, Buffer.from(out).toString('hex').slice(0, 40));
  }
})();
