// a .cjs main script is CommonJS regardless of package type
console.log(typeof require, typeof module.exports, require('path').extname(__filename));
