'use strict';
// enabling the http section warns that the log can expose sensitive data
const util = require('util');

const http = util.debuglog('http');
console.log(http.enabled);
http('request %s', '/index');
console.log('after');
