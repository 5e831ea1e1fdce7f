// --stack-size is accepted; a modest recursion still works and runaway recursion is a RangeError
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log(depth(1000));
function forever() { return forever() + 1; }
try { forever(); } catch (e) { console.log(e instanceof RangeError, e.name); }
