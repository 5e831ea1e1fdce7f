// modules are sloppy by default; 'use strict' at the top makes a module strict
console.log(require('./helpers/sloppy'), typeof undeclaredGlobalFromSloppy);
console.log(require('./helpers/strict'));
try {
  (function () { 'use strict'; undeclaredInStrict = 1; })();
} catch (e) {
  console.log(e.name);
}
