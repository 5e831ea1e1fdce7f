// os.userInfo(): the effective user's uid, gid, username, homedir and shell
const os = require('os');

const info = os.userInfo();
console.log(Object.getPrototypeOf(info), Object.keys(info));
console.log(info.uid === process.geteuid(), info.gid === process.getgid());
console.log(typeof info.username, info.username.length > 0);
console.log(typeof info.homedir, info.homedir.startsWith('/'));
console.log(info.shell === null || typeof info.shell === 'string');
const asBuffers = os.userInfo({ encoding: 'buffer' });
console.log(Buffer.isBuffer(asBuffers.username), asBuffers.username.toString() === info.username, asBuffers.uid === info.uid);
