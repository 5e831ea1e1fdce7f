import fs = require('node:fs');
console.log(typeof fs);
