// util.diff: the Myers edit script of two strings (by character) or two arrays of strings
const util = require('util');
console.log(util.diff('abc', 'abd'), util.diff(['a', 'b'], ['a', 'c']), util.diff('', ''), util.diff('ab', []));
for (const bad of [[1, 'a'], ['a', 1], [null, []], [[1], []], [[], ['a', 2]], ['a'], [{ length: 1, 0: 'a' }, 'a']]) { try { util.diff(...bad) } catch (e) { console.log(e.code, e.message) } }
console.log(util.diff.length, util.diff('a', ['a']), util.diff('a\nb', 'a\nc').length);
console.log(util.diff("ab", "ab"), util.diff(["x"], ["x"]));
