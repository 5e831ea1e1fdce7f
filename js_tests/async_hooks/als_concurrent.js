// Two concurrent async chains keep their own stores through interleaved awaits.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const log = [];
const tick = () => new Promise((resolve) => setImmediate(resolve));
async function chain(name) {
  for (let i = 0; i < 3; i++) {
    await tick();
    log.push(`${name}:${i}:${als.getStore()}`);
    await Promise.resolve();
    log.push(`${name}:${i}b:${als.getStore()}`);
  }
}
Promise.all([als.run('A', chain, 'a'), als.run('B', chain, 'b'), chain('none')]).then(() => {
  console.log(log.sort().join('\n'));
});
