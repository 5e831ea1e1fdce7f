'use strict';
// http.Agent's pooling on its own, driven the way ClientRequest drives it: addRequest() hands out
// sockets through req.onSocket, the socket's 'free' event returns it. A plain net server answers.
const http = require('http');
const net = require('net');

const agent = new http.Agent({ keepAlive: true, maxSockets: 2, maxFreeSockets: 1 });
console.log(agent.getName({ host: '127.0.0.1', port: 80 }), agent.getName(), agent.getName({ family: 6, socketPath: '/x' }));
console.log(agent.keepAlive, agent.maxSockets, agent.maxFreeSockets, agent.scheduling, agent.maxTotalSockets, agent.totalSocketCount);
console.log(Object.keys(agent.options), agent.options.noDelay, agent.options.path);
console.log(http.globalAgent.keepAlive, http.globalAgent.options.timeout, http.globalAgent instanceof http.Agent);
console.log(require('_http_agent').Agent === http.Agent, require('_http_agent').globalAgent === http.globalAgent);
for (const bad of [{ scheduling: 'random' }, { maxTotalSockets: 0 }, { maxTotalSockets: '3' }]) {
  try {
    new http.Agent(bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
console.log(http.Agent({ keepAliveMsecs: 5 }).keepAliveMsecs, new http.Agent({ agentKeepAliveTimeoutBuffer: -1 }).agentKeepAliveTimeoutBuffer);

function fakeRequest(label) {
  return {
    label,
    shouldKeepAlive: true,
    getHeader() {},
    onSocket(socket, err) {
      if (err) return console.log(label, 'error', err.code);
      socket._httpMessage = this;
      if (!ids.has(socket)) ids.set(socket, ids.size);
      console.log(label, 'got socket', ids.get(socket), this.reusedSocket ? 'reused' : 'new');
      done.push(() => socket.emit('free'));
    },
  };
}
const ids = new Map();
const done = [];

const server = net.createServer((c) => c.resume());
server.listen(0, '127.0.0.1', () => {
  const options = { host: '127.0.0.1', port: server.address().port };
  const name = agent.getName(options);
  for (const label of ['a', 'b', 'c', 'd']) agent.addRequest(fakeRequest(label), options);
  console.log('queued', agent.requests[name].map((r) => r.label));
  setTimeout(() => {
    console.log('in use', agent.sockets[name].length, 'total', agent.totalSocketCount);
    done.shift()();   // a's socket goes to c, the oldest waiting request
    done.shift()();   // b's socket goes to d
    console.log('queued', agent.requests[name]);
    done.shift()();   // c's socket is parked
    done.shift()();   // d's socket is over maxFreeSockets: destroyed
    console.log('free', agent.freeSockets[name].length, 'in use', agent.sockets[name].length, agent.sockets[name].map((s) => s.destroyed));
    agent.addRequest(fakeRequest('e'), options);
    console.log('free after reuse', agent.freeSockets[name], 'in use', agent.sockets[name].length);
    setTimeout(() => {
      console.log('total', agent.totalSocketCount);
      agent.destroy();
      setTimeout(() => {
        console.log('after destroy', agent.totalSocketCount, Object.keys(agent.sockets), Object.keys(agent.freeSockets));
        server.close();
      }, 50);
    }, 50);
  }, 50);
});
