// fork(): a noderun child with an IPC channel; messages both ways, process.connected,
// disconnect from the child (which sees 'disconnect' too), 'disconnect' then 'exit' then 'close' in the parent.
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  console.log('child: connected', process.connected, 'send', typeof process.send, 'env', process.env.NODE_CHANNEL_FD);
  process.on('message', (message) => {
    process.send({ echo: message, argv: process.argv.slice(2) }, () => {
      if (message === 'bye') process.disconnect();
    });
  });
  // told through the exit code: the child's output would race with the parent's
  process.on('disconnect', () => { process.exitCode = process.connected ? 1 : 42; });
} else {
  const child = fork(__filename, ['child', 'extra']);
  console.log('parent: connected', child.connected, 'stdio', child.stdio.length);
  child.on('message', (message) => console.log('parent: got', JSON.stringify(message)));
  child.send({ nested: { list: [1, 'two', null] } });
  child.send('bye', (error) => console.log('parent: send callback', error));
  // the channel's end and the child's end are two events the loop may see in either order (in
  // node too): what follows 'disconnect' is printed once both are in
  const ends = [];
  let disconnected = false;
  const report = () => disconnected && ends.length === 2 && ends.forEach((line) => console.log(line));
  child.on('disconnect', () => {
    console.log('parent: disconnect', child.connected);
    disconnected = true;
    report();
  });
  child.on('exit', (code, signal) => ends.push(`parent: exit ${code} ${signal}`));
  child.on('close', (code, signal) => {
    ends.push(`parent: close ${code} ${signal}`);
    report();
  });
}
