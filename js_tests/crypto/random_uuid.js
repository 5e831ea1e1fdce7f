// randomUUID: RFC 4122 version 4, all different; options validation.
const crypto = require('crypto');
const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ids = Array.from({ length: 500 }, () => crypto.randomUUID());
console.log(ids.every((id) => re.test(id)), new Set(ids).size);
console.log(re.test(crypto.randomUUID({ disableEntropyCache: true })), re.test(globalThis.crypto.randomUUID()));
for (const bad of [5, { disableEntropyCache: 1 }]) {
  try {
    crypto.randomUUID(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
