// spawn: stdout/stderr pipes, stdin, exit codes and signals, events in node's order.
const { spawn } = require('child_process');
const { once } = require('events');

async function run(file, args, options, input) {
  const child = spawn(file, args, options);
  const events = [];
  let out = '';
  let err = '';
  child.on('spawn', () => events.push('spawn'));
  child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
  child.stdout?.setEncoding('utf8').on('data', (d) => { out += d; });
  child.stderr?.setEncoding('utf8').on('data', (d) => { err += d; });
  child.stdout?.on('end', () => events.push('stdout end'));
  if (input !== undefined) child.stdin.end(input);
  const [code, signal] = await once(child, 'close');
  events.push(`close ${code} ${signal}`);
  console.log(JSON.stringify({ out, err, events: events.filter((e) => e !== 'stdout end'), code, signal,
    exitCode: child.exitCode, signalCode: child.signalCode, killed: child.killed, pidType: typeof child.pid }));
  return child;
}

(async () => {
  await run('echo', ['hello', 'world']);
  await run('cat', [], {}, 'from stdin\n');
  await run('sh', ['-c', 'echo out; echo err >&2; exit 7']);
  await run('sh', ['-c', 'echo $0 $FOO', 'x'], { env: { FOO: 'bar', PATH: process.env.PATH } });
  await run('pwd', [], { cwd: '/tmp' });
  await run('echo $((6 * 7))', [], { shell: true });
  await run('sh', ['-c', 'echo $0'], { argv0: 'custom-name' });

  // a signal: exitCode null, signalCode the name
  const sleeper = spawn('sleep', ['10']);
  await once(sleeper, 'spawn');
  console.log('kill', sleeper.kill(), sleeper.killed);
  const [code, signal] = await once(sleeper, 'exit');
  console.log('exit', code, signal, sleeper.exitCode, sleeper.signalCode);
  console.log('kill after exit', sleeper.kill());

  const second = spawn('sleep', ['10']);
  second.kill('SIGKILL');
  console.log('SIGKILL', await once(second, 'exit'));

  // stdio shapes
  const ignored = spawn('echo', ['x'], { stdio: 'ignore' });
  console.log('ignore', ignored.stdin, ignored.stdout, ignored.stderr, ignored.stdio);
  await once(ignored, 'close');
  const mixed = spawn('sh', ['-c', 'echo three >&3'], { stdio: ['ignore', 'inherit', 'pipe', 'pipe'] });
  console.log('stdio length', mixed.stdio.length, mixed.stdout, mixed.stdio[3] !== null);
  mixed.stdio[3].setEncoding('utf8').on('data', (d) => console.log('fd 3:', d.trim()));
  await once(mixed, 'close');
  const inherit = spawn('echo', ['inherited output'], { stdio: 'inherit' });
  await once(inherit, 'close');
  const fds = spawn('echo', ['via fd 1'], { stdio: [0, 1, 2] });
  await once(fds, 'close');
  const streams = spawn('echo', ['via process.stdout'], { stdio: ['pipe', process.stdout, 'pipe'] });
  await once(streams, 'close');

  // piping one child into another
  const producer = spawn('printf', ['b\\na\\nc\\n']);
  const sorter = spawn('sort');
  producer.stdout.pipe(sorter.stdin);
  let sorted = '';
  sorter.stdout.on('data', (d) => { sorted += d; });
  await once(sorter, 'close');
  console.log('sorted', JSON.stringify(sorted));
})();
