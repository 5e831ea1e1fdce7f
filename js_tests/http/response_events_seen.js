// Every event a server response emits reaches a replaced emit (a ServerResponse subclass's, and
// one patched onto the instance), also those no listener waits for ('socket', 'prefinish',
// 'close'); listeners added late still hear theirs.
const http = require('http');

class LoggedResponse extends http.ServerResponse {
  emit(name, ...args) {
    console.log(`${this.req.url} emit ${String(name)}${args.length ? ` (${args.length} args)` : ''}`);
    return super.emit(name, ...args);
  }
}

const server = http.createServer({ ServerResponse: LoggedResponse }, (req, res) => {
  if (req.url === '/late') res.on('prefinish', () => console.log('/late prefinish listener'));
  res.end('ok');
  res.on('close', () => console.log(`${req.url} close listener`));
});

const plain = http.createServer((req, res) => {
  const emit = res.emit;
  res.emit = function(name, ...args) {
    console.log(`plain emit ${name}`);
    return emit.call(this, name, ...args);
  };
  res.end('ok');
});

server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: false });
  const get = (srv, path, next) => http.get({ port: srv.address().port, host: '127.0.0.1', path, agent }, (res) => {
    res.resume();
    res.on('end', () => setTimeout(next, 20));
  });
  get(server, '/first', () => get(server, '/late', () => {
    server.close();
    plain.listen(0, '127.0.0.1', () => get(plain, '/', () => plain.close()));
  }));
});
