// The parent disconnects; a child that listens for nothing but 'message' then ends by itself.
// send() after disconnect: ERR_IPC_CHANNEL_CLOSED; disconnect twice: an 'error' event.
// process.send is absent in a process that was not forked. silent: true pipes the child's output.
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', (message) => {
    console.log('child got', message);
    if (message === 'last') process.send('ready');
  });
  process.on('disconnect', () => console.log('child: parent went away'));
} else {
  console.log('not forked:', process.send, process.connected, process.channel);
  const child = fork(__filename, ['child'], { silent: true });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.send('first');
  child.send('last');
  child.once('message', (message) => {
    console.log('parent got', message);
    child.disconnect();
    console.log('connected after disconnect', child.connected);
    child.send('too late', (error) => console.log('send after disconnect:', error.code, error.message));
    child.on('error', (error) => console.log('error event:', error.code, error.message));
    child.disconnect();
  });
  child.on('close', (code) => console.log('child output:', JSON.stringify(output), 'code', code));
}
