// A stream closed by one side: with NGHTTP2_CANCEL the other side's stream is aborted; with another
// code both sides' streams end with ERR_HTTP2_STREAM_ERROR.
const http2 = require('http2');
const server = http2.createServer();
const codes = [http2.constants.NGHTTP2_CANCEL, http2.constants.NGHTTP2_INTERNAL_ERROR];
server.on('stream', (stream) => {
  stream.on('error', (e) => console.log('server stream error', e.code, e.message));
  stream.on('aborted', () => console.log('server stream aborted'));
  stream.on('close', () => {
    console.log('server stream close', stream.rstCode);
    if (codes.length) next();
    else server.close();
  });
});
let client;
function next() {
  const code = codes.shift();
  const req = client.request({ ':path': '/', ':method': 'POST' });
  req.write('partial', () => req.close(code));
  req.on('error', (e) => console.log('client stream error', e.code));
  req.on('close', () => console.log('client close', req.rstCode));
}
server.listen(0, () => {
  client = http2.connect(`http://localhost:${server.address().port}`);
  next();
  server.on('close', () => client.close());
});
