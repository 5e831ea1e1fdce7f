// process.execve (node 24): node's argument checks, then the process becomes another program (no
// 'exit' event, the environment given, output so far kept).
console.log('before', process.execve.length, process.execve.name);
for (const a of [[5], ['/bin/echo', 'x'], ['/bin/echo', [1]], ['/bin/echo', ['a\0b']], ['/bin/echo', ['a'], 5], ['/bin/echo', ['a'], null],
  ['/bin/echo', ['a'], { 'A\0': 'x' }], ['/bin/echo', ['a'], { A: 'x\0' }]]) {
  try { process.execve(...a); } catch (e) { console.log(e.name, e.code, e.message); }
}
process.on('exit', () => console.log('no exit event'));
process.env.FROM_PARENT = 'kept';
process.execve('/bin/sh', ['sh', '-c', 'echo replaced "$FROM_PARENT" "$ONLY"'], { ONLY: 'given', FROM_PARENT: process.env.FROM_PARENT });
console.log('never');
