// https.request / https.get against an https server on 127.0.0.1: a URL string and options,
// the CA trusted through the request and through an Agent, a POST body, keep-alive with TLS session
// reuse in an Agent, and the errors of an untrusted certificate and of a wrong name.
const https = require('https');
const certs = require('../tls/helpers/certs');

const server = https.createServer({ ...certs.server }, (req, res) => {
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    res.setHeader('content-type', 'text/plain');
    res.end(`${req.method} ${req.url} ${body}`);
  });
});

function fetchText(url, options, body) {
  const args = options === undefined ? [url] : [url, options];
  return new Promise((resolve) => {
    const req = https.request(...args, (res) => {
      let text = '';
      const { socket } = res;
      res.setEncoding('utf8');
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => resolve(`${res.statusCode} ${res.headers['content-type']} ${text} ` +
                                  `authorized=${socket.authorized} reused=${socket.isSessionReused()}`));
    });
    req.on('error', (error) => resolve(`error ${error.code} ${error.message}`));
    req.end(body);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const base = `https://localhost:${port}`;
  console.log(await fetchText(`${base}/a?x=1`, { ca: certs.ca }));
  console.log(await fetchText({ hostname: '127.0.0.1', port, path: '/b', method: 'POST', ca: certs.ca }, undefined, 'body'));
  const agent = new https.Agent({ keepAlive: true, ca: certs.ca });
  console.log(await fetchText(`${base}/c`, { agent }));
  console.log(await fetchText(`${base}/d`, { agent }));
  console.log('agent sessions cached:', agent._sessionCache.list.length);
  agent.destroy();
  const fresh = new https.Agent({ ca: certs.ca, maxCachedSessions: 4 });
  await fetchText(`${base}/e`, { agent: fresh });
  console.log(await fetchText(`${base}/f`, { agent: fresh }));
  console.log(await fetchText(`${base}/g`, {}));
  console.log(await fetchText(`https://127.0.0.1:${port}/h`, { ca: certs.ca, servername: 'other.test' }));
  https.get(`${base}/i`, { ca: certs.ca }, (res) => {
    res.resume();
    res.on('end', () => {
      console.log('get:', res.statusCode);
      server.close();
    });
  });
});
