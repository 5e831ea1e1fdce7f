// node:constants merges the os, fs and crypto tables.
const constants = require('constants');
const os = require('os');
console.log(constants.O_RDONLY, constants.O_CREAT, constants.S_IFMT, constants.SIGKILL, constants.ENOENT);
console.log(constants.RTLD_LAZY, constants.PRIORITY_HIGH, constants.RSA_PKCS1_PADDING, constants.TLS1_3_VERSION);
console.log(Object.keys(constants).filter((k) => k !== 'defaultCipherList').length);
