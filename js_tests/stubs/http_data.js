// http.METHODS / STATUS_CODES / maxHeaderSize and header validation.
const http = require('http');
console.log(http.METHODS.length, http.METHODS.slice(0, 5), http.METHODS.includes('PATCH'));
console.log(http.STATUS_CODES[200], http.STATUS_CODES[404], http.STATUS_CODES[418], Object.keys(http.STATUS_CODES).length);
console.log(http.maxHeaderSize);
const show = (f) => { try { f(); console.log('valid'); } catch (e) { console.log(e.name, e.code, e.message); } };
show(() => http.validateHeaderName('x-ok'));
show(() => http.validateHeaderName('bad header'));
show(() => http.validateHeaderValue('x', 'fine'));
show(() => http.validateHeaderValue('x', 'bad\nvalue'));
show(() => http.validateHeaderValue('x', undefined));
