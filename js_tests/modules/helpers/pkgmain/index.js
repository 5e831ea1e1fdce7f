module.exports = 'pkgmain/index.js (wrong: main should win)';
