// os: EOL, platform, type, arch, machine, endianness, devNull, release / version / hostname types
const os = require('os');

console.log(JSON.stringify(os.EOL), os.devNull, os.platform(), os.type(), os.endianness());
console.log(os.platform() === process.platform, os.arch() === process.arch);
console.log(typeof os.machine(), os.machine().length > 0, ['x64', 'arm64'].includes(os.arch()) ? 'known arch' : os.arch());
console.log(typeof os.release(), /^\d+\.\d+/.test(os.release()));
console.log(typeof os.version(), os.version().length > 0);
console.log(typeof os.hostname(), os.hostname().length > 0, os.hostname() === os.hostname());
console.log(typeof os.homedir(), os.homedir() === (process.env.HOME || os.userInfo().homedir));
