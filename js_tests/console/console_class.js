// console.Console writing to custom streams; options and their validation.
const { Console } = console;
const { EventEmitter } = require('events');
function sink(name) {
  const stream = new EventEmitter();
  stream.write = (chunk) => {
    process.stdout.write(`${name}:${JSON.stringify(chunk)}\n`);
    return true;
  };
  return stream;
}
const out = sink('out');
const err = sink('err');
const c = new Console(out, err);
c.log('log %d', 1, { a: 1 });
c.info('info');
c.error('error');
c.warn('warn');
c.group('group');
c.log('inside\nlines');
c.groupEnd();
c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
c.count();
c.count();
c.assert(false, 'failed %s', 'here');
c.table([{ x: 1 }]);
console.log(c instanceof Console, console instanceof Console, {} instanceof Console);
console.log(Object.keys(c).join(','));
console.log(Object.getOwnPropertyNames(Console.prototype).join(','));
const plain = { write(chunk) { process.stdout.write(`plain:${JSON.stringify(chunk)}\n`); } };
const noErrors = new Console({ stdout: plain, ignoreErrors: false });
noErrors.log('to a plain object');
noErrors.error('stderr defaults to stdout');
const viaCall = Console({ stdout: out, groupIndentation: 4, inspectOptions: { depth: 0, breakLength: 20 } });
viaCall.group();
viaCall.log({ a: { b: 1 }, list: [1, 2, 3] });
const colored = new Console({ stdout: out, colorMode: true });
colored.log({ n: 1, s: 's' });
colored.dir('dir string');
const uncolored = new Console({ stdout: out, colorMode: false });
uncolored.log({ n: 1 });
for (const bad of [
  () => new Console(),
  () => new Console({}),
  () => new Console({ stdout: out, stderr: {} }),
  () => new Console({ stdout: out, colorMode: 'x' }),
  () => new Console({ stdout: out, colorMode: true, inspectOptions: { colors: true } }),
  () => new Console({ stdout: out, groupIndentation: 1001 }),
  () => new Console({ stdout: out, groupIndentation: 1.5 }),
  () => new Console({ stdout: out, inspectOptions: 3 }),
]) {
  try {
    bad();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
