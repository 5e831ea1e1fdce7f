// createServer / createSecureServer check their options as node 24 does: the options object (a
// listener may come first only for createServer), options.settings, and the session limits
const http2 = require('http2');
const attempts = [
  () => http2.createServer(null),
  () => http2.createServer(1),
  () => http2.createServer({ settings: 'x' }),
  () => http2.createServer({ maxSessionInvalidFrames: -1 }),
  () => http2.createServer({ maxSessionRejectedStreams: Number.NEGATIVE_INFINITY }),
  () => http2.createSecureServer(() => {}),
  () => http2.createSecureServer({ settings: null }),
];
for (const attempt of attempts) {
  try {
    attempt();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(http2.createServer(() => {}).listenerCount('request'), http2.createServer(undefined) instanceof require('net').Server);
