'use strict';
// --no-experimental-websocket leaves the WebSocket and CloseEvent globals out.
console.log(typeof WebSocket, typeof CloseEvent, typeof MessageEvent, 'WebSocket' in globalThis);
