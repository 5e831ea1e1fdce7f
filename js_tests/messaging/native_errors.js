// The errors node's C++ MessagePort throws are plain TypeErrors with an own `code`: their name
// line has no "[code]", and their stack begins at the caller (postMessage itself is native).
const { MessageChannel, Worker, receiveMessageOnPort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();

function firstFrame(error) {
  return error.stack.split('\n')[1].trim().replace(/ \(.*\)$/, '').replace(/^at Object\./, 'at ');
}

const attempts = {
  missingArgs: () => port1.postMessage(),
  invalidTransfer: () => port1.postMessage(1, [{}]),
  missingTransferable: () => port1.postMessage({ nested: [port2] }),
  notIterable: () => port1.postMessage(1, 5),
  workerInvalidTransfer: () => new Worker('1', { eval: true, transferList: [{}] }),
  notAPort: () => receiveMessageOnPort({}),
};
for (const [name, attempt] of Object.entries(attempts)) {
  try {
    attempt();
    console.log(name, 'did not throw');
  } catch (error) {
    console.log(name);
    console.log('  ', String(error));
    console.log('   own keys', Object.keys(error), 'instanceof TypeError', error instanceof TypeError);
    console.log('   first frame', firstFrame(error));
  }
}
port1.close();
