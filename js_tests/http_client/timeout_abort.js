'use strict';
// A request whose server does not answer: the timeout option and setTimeout() emit 'timeout'
// (nothing more), destroy() then fails it with "socket hang up"; abort() emits 'abort' and
// 'close'; an AbortSignal destroys it with an AbortError.
const http = require('http');

const pending = [];
const server = http.createServer((req, res) => pending.push(res));

function request(options, label) {
  const req = http.get({ host: '127.0.0.1', port: server.address().port, agent: false, ...options });
  for (const event of ['socket', 'timeout', 'abort', 'close', 'response']) {
    req.on(event, () => console.log(label, event, 'destroyed', req.destroyed));
  }
  req.on('error', (err) => console.log(label, 'error', err.name, err.code, err.message));
  return req;
}

server.listen(0, '127.0.0.1', async () => {
  const a = request({ timeout: 50 }, 'option');
  console.log('timeout property', a.timeout);
  a.on('timeout', () => a.destroy());
  await new Promise((resolve) => a.on('close', resolve));

  const b = request({}, 'setTimeout');
  b.setTimeout(50, () => {
    console.log('setTimeout callback');
    b.destroy(new Error('gave up'));
  });
  await new Promise((resolve) => b.on('close', resolve));

  const c = request({}, 'abort');
  c.on('socket', () => setTimeout(() => c.abort(), 20));
  await new Promise((resolve) => c.on('close', resolve));
  console.log('aborted', c.aborted);

  const controller = new AbortController();
  const d = request({ signal: controller.signal }, 'signal');
  d.on('socket', () => setTimeout(() => controller.abort(), 20));
  await new Promise((resolve) => d.on('close', resolve));

  const e = request({}, 'destroyed at once');
  e.destroy();
  await new Promise((resolve) => e.on('close', resolve));

  for (const res of pending) res.end();
  server.close();
});
