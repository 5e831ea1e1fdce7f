// Wrong argument types throw ERR_INVALID_ARG_TYPE naming the argument as node does.
const path = require('path');
const attempts = [() => path.join('a', 1), () => path.resolve('a', null), () => path.basename('a', 1), () => path.win32.basename(2),
  () => path.win32.extname({}), () => path.relative('a'), () => path.win32.relative(1, 'a'), () => path.format('x'),
  () => path.win32.format(null), () => path.parse(undefined), () => path.normalize(5), () => path.dirname([]),
  () => path.isAbsolute(true), () => path.win32.join('a', undefined), () => path.matchesGlob('a', 1)];
for (const attempt of attempts) {
  try {
    attempt();
    console.log('no error');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
console.log(path.toNamespacedPath(5), path.posix.toNamespacedPath('/x'));
