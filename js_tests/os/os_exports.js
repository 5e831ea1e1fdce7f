// The names node:os exports, in node's order, and values that also convert to primitives
const os = require('os');

console.log(Object.keys(os).join(' '));
console.log(`${os.platform} ${os.arch} ${os.endianness} ${os.type}`);
console.log(`${os.hostname}` === os.hostname(), `${os.homedir}` === os.homedir(), `${os.release}` === os.release());
console.log(require('node:os') === os);
