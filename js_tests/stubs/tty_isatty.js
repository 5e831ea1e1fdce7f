// tty.isatty: false for pipes and files (the harness pipes stdio), false for invalid fds.
const tty = require('tty');
const fs = require('fs');
console.log(tty.isatty(0), tty.isatty(1), tty.isatty(2));
console.log(tty.isatty(-1), tty.isatty(1.5), tty.isatty('1'), tty.isatty(12345));
