// existsSync: true / false, and false (never a throw) for arguments that are not paths
const fs = require('fs');
const { at, dir, cleanup } = require('./helpers/tmp');

fs.writeFileSync(at('here'), '');
console.log(fs.existsSync(at('here')), fs.existsSync(dir), fs.existsSync(at('gone')));
console.log(fs.existsSync(Buffer.from(at('here'))));
console.log(fs.existsSync(at('here', 'under-a-file')));
console.log(fs.existsSync(), fs.existsSync(null), fs.existsSync(42), fs.existsSync({}), fs.existsSync('a\0b'));
fs.symlinkSync(at('gone'), at('dangling'));
console.log(fs.existsSync(at('dangling')));
cleanup();
