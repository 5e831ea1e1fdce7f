module.exports = 'pkgmain/lib/entry.js';
