// What keeps the process alive and what ends a child: unref() (the process may end while the
// child runs), ref() again, the timeout and killSignal options, an AbortSignal (AbortError, the
// child killed), kill(0) as a probe, Symbol.dispose, detached children in their own session.
const { spawn, execFileSync } = require('child_process');
const { once } = require('events');

// (not events.once: it rejects on the 'error' event an abort brings)
const exited = (child) => new Promise((resolve) => child.on('exit', (...args) => resolve(args)));

(async () => {
  const timed = spawn('sleep', ['5'], { timeout: 50, killSignal: 'SIGINT' });
  console.log('timeout:', await once(timed, 'exit'), timed.killed);

  const controller = new AbortController();
  const aborted = spawn('sleep', ['5'], { signal: controller.signal });
  aborted.on('error', (e) => console.log('abort error:', e.name, e.code, e.message, e.cause.name));
  const abortedExit = exited(aborted);
  controller.abort();
  console.log('aborted exit:', await abortedExit);

  const preAborted = spawn('sleep', ['5'], { signal: AbortSignal.abort('early') });
  preAborted.on('error', (e) => console.log('pre-aborted error:', e.name, e.cause));
  console.log('pre-aborted exit:', await exited(preAborted));

  const probe = spawn('sleep', ['5']);
  console.log('kill(0):', probe.kill(0), probe.killed);   // (node counts the probe as a kill)
  probe.kill('SIGKILL');
  console.log('probe exit:', await once(probe, 'exit'));
  const disposed = spawn('sleep', ['5']);
  disposed[Symbol.dispose]();
  console.log('after dispose:', disposed.killed, await once(disposed, 'exit'));

  const detached = spawn('sh', ['-c', 'ps -o sid= -p $$; ps -o sid= -p $PPID'], { detached: true });
  let ids = '';
  detached.stdout.on('data', (d) => { ids += d; });
  await once(detached, 'close');
  const [own, parent] = ids.trim().split(/\s+/);
  console.log('detached child leads its own session:', own === String(detached.pid), own !== parent);

  // an unref'd child does not keep this process alive: the last line is printed by the
  // 'exit' handler before the child (sleep 2) has ended
  const lingering = spawn('sleep', ['2'], { stdio: 'ignore' });
  lingering.unref();
  lingering.ref();
  lingering.unref();
  lingering.on('exit', () => console.log('not reached'));
  process.on('exit', () => console.log('exiting with the child still running:', lingering.exitCode === null));
})();
