module.exports = 'pkgmain_noext/lib/start.js';
