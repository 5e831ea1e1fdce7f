// Session-level API: settings (local, remote, the settings() callback and events), ping, the
// packed settings functions, constants, and a stream closed with an error code (RST_STREAM).
const http2 = require('http2');
const { constants } = http2;

console.log(http2.getDefaultSettings());
const packed = http2.getPackedSettings({ enablePush: false, initialWindowSize: 100, maxFrameSize: 20000 });
console.log(packed.toString('hex'), http2.getUnpackedSettings(packed));
console.log(constants.NGHTTP2_CANCEL, constants.HTTP2_HEADER_STATUS, constants.HTTP2_METHOD_POST, constants.HTTP_STATUS_OK);
try {
  http2.getPackedSettings({ maxFrameSize: 1 });
} catch (error) {
  console.log(error.name, error.code, error.message);
}

const server = http2.createServer({ settings: { maxConcurrentStreams: 50 } });
let serverSession;
server.on('session', (session) => { serverSession = session; });
server.on('stream', (stream, headers) => {
  if (headers[':path'] === '/reset') {
    stream.on('error', (e) => console.log('server stream error', e.code));
    stream.close(constants.NGHTTP2_REFUSED_STREAM);
    return;
  }
  stream.respond();
  stream.end('ok');
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`, { settings: { initialWindowSize: 70000 } });
  client.on('connect', () => {
    client.ping(Buffer.from('abcdefgh'), (error, duration, payload) => {
      console.log('ping', error, typeof duration, payload.toString());
      client.settings({ enablePush: false }, (err) => {
        console.log('settings acknowledged', err, client.localSettings.enablePush);
        // (each side has the other's SETTINGS by now; which arrived first is a race)
        console.log('client sees server maxConcurrentStreams', client.remoteSettings.maxConcurrentStreams);
        console.log('server sees client initialWindowSize', serverSession.remoteSettings.initialWindowSize,
                    'enablePush', serverSession.remoteSettings.enablePush);
        const req = client.request({ ':path': '/reset' });
        req.on('error', (e) => console.log('stream error', e.code, e.message));
        req.on('close', () => {
          console.log('reset stream closed', req.rstCode);
          const ok = client.request({ ':path': '/' });
          ok.resume();
          ok.on('end', () => {
            client.close();
            server.close(() => console.log('done'));
          });
        });
      });
    });
  });
});
