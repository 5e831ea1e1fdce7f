// env: a copy by default, an object of its own, or SHARE_ENV (one live environment both ways)
const { Worker, SHARE_ENV } = require('worker_threads');
process.env.NR_PARENT = 'parent';
const run = (options, code) => new Promise((resolve) => new Worker(code, { eval: true, ...options }).on('exit', resolve));
(async () => {
  await run({}, 'console.log("copy:", process.env.NR_PARENT); process.env.NR_CHILD = "child"');
  console.log('parent after copy:', process.env.NR_CHILD);
  await run({ env: { ONLY: 1, NR_PARENT: 'replaced' } }, 'console.log("object:", process.env.ONLY, typeof process.env.ONLY, process.env.NR_PARENT, Object.keys(process.env).length)');
  await run({ env: SHARE_ENV }, 'console.log("shared:", process.env.NR_PARENT); process.env.NR_CHILD = "from shared worker"');
  console.log('parent after share:', process.env.NR_CHILD);
})();
