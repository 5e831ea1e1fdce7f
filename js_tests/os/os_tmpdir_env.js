// os.tmpdir() follows TMPDIR from the environment the process started with
const os = require('os');

console.log(os.tmpdir(), process.env.TMPDIR);
