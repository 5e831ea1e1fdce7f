// Unknown algorithms and wrong argument types.
const crypto = require('crypto');
const show = (f) => { try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); } };
show(() => crypto.createHash('nope'));
show(() => crypto.createHash(5));
show(() => crypto.createHash('sha1').update(5));
show(() => crypto.createHash('sha1').update({}));
show(() => crypto.createHmac('nope', 'key'));
show(() => crypto.createHmac('sha1', 5));
show(() => crypto.createHmac('sha1'));
