// node's errors for net: a refused connection (ECONNREFUSED with errno, syscall, address, port),
// an address in use (EADDRINUSE), bad ports, closing a server that is not running.
const net = require('net');

function show(label, error) {
  console.log(label, error.name, error.message, JSON.stringify(Object.entries(error)));
}

try {
  net.connect(70000, '127.0.0.1');
} catch (error) {
  show('bad port:', error);
}
try {
  net.createServer().listen(-1);
} catch (error) {
  show('bad listen port:', error);
}
net.createServer().close((error) => show('close not running:', error));

const server = net.createServer().listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const second = net.createServer();
  second.on('error', (error) => {
    show('in use:', { __proto__: error, name: error.name, message: error.message.replace(String(port), 'PORT'), ...error, port: 'PORT' });
    console.log('second listening:', second.listening, second.address());
    server.close(() => {
      // nothing listens on that port any more
      const client = net.connect(port, '127.0.0.1');
      client.on('error', (error) => {
        console.log('refused:', error.message.replace(String(port), 'PORT'), error.code, error.errno, error.syscall,
          error.address, error.port === port, Object.keys(error));
      });
      client.on('close', (hadError) => console.log('client close, hadError', hadError, client.destroyed));
    });
  });
  second.listen(port, '127.0.0.1');
});
