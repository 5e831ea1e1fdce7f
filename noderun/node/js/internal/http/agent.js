'use strict';
// node:_http_agent: http.Agent hands ClientRequests their sockets. It keys sockets by origin
// (getName: host:port:localAddress[:family][:socketPath]), opens at most maxSockets per origin and
// maxTotalSockets in all, queues the requests over those limits (this.requests), and, when
// keepAlive is on, parks a socket whose response is done in freeSockets (at most maxFreeSockets
// per origin, unref'd and with the agent's idle timeout) for the next request to the same origin,
// which takes the newest ('lifo', the default) or the oldest ('fifo') of them.
// The life of a socket is driven by events on the socket itself: 'free' (its request is done:
// ClientRequest emits it), 'close' (the only place a socket leaves the agent), 'timeout' (an idle
// parked socket is destroyed) and 'agentRemove' (a request takes the socket away, e.g. on upgrade).

const EventEmitter = require('events');
const net = require('net');
const { validateNumber, validateOneOf, validateString } = require('internal/validators');
// NODE_DEBUG=http: node's agent messages
const debug = require('internal/util/debuglog').debuglog('http');

const { getFrame } = require('internal/async_context');

const kRequestOptions = Symbol('requestOptions');
const kRequestFrame = Symbol('requestFrame');
const kOnKeylog = Symbol('onkeylog');
const kEmptyObject = Object.freeze({ __proto__: null });

// A parked socket can fail (the server closed it while idle): its error needs a listener, and the
// socket leaves the pool through its 'close'.
function freeSocketErrorListener(err) {
  this.destroy();
  this.emit('agentRemove');
}

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  this.defaultPort = 80;
  this.protocol = 'http:';
  this.options = { __proto__: null, ...options };
  if (this.options.noDelay === undefined) this.options.noDelay = true;
  // net must not take a request's `path` for a Unix socket path
  this.options.path = null;
  this.requests = { __proto__: null };
  this.sockets = { __proto__: null };
  this.freeSockets = { __proto__: null };
  this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
  this.keepAlive = this.options.keepAlive || false;
  this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
  this.maxFreeSockets = this.options.maxFreeSockets || 256;
  this.scheduling = this.options.scheduling || 'lifo';
  this.maxTotalSockets = this.options.maxTotalSockets;
  this.totalSocketCount = 0;
  const buffer = this.options.agentKeepAliveTimeoutBuffer;
  this.agentKeepAliveTimeoutBuffer =
    typeof buffer === 'number' && buffer >= 0 && Number.isFinite(buffer) ? buffer : 1000;
  validateOneOf(this.scheduling, 'scheduling', ['fifo', 'lifo']);
  if (this.maxTotalSockets !== undefined) validateNumber(this.maxTotalSockets, 'maxTotalSockets', 1);
  else this.maxTotalSockets = Infinity;

  this.on('free', (socket, options) => onSocketFree(this, socket, options));
  this.on('newListener', maybeEnableKeylog);
}
Object.setPrototypeOf(Agent.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Agent, EventEmitter);

Agent.defaultMaxSockets = Infinity;

// A socket whose request is done goes to the oldest request waiting for its origin, else into the
// free pool when the request and the agent allow keep-alive, else it is destroyed.
// node's asyncResetHandle: a pooled socket handed to a request runs its events (the response) in
// that request's async context from then on, not in the one of the request that opened it.
function adoptContext(socket, frame) {
  if (socket._handle) socket._handle.frame = frame;
}

function onSocketFree(agent, socket, options) {
  const name = agent.getName(options);
  debug('agent.on(free)', name);
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const waiting = agent.requests[name];
  if (waiting && waiting.length) {
    const req = waiting.shift();
    if (waiting.length === 0) delete agent.requests[name];
    req[kRequestOptions] = undefined;
    adoptContext(socket, req[kRequestFrame] ?? null);
    giveSocket(agent, req, socket);
    return;
  }
  const req = socket._httpMessage;
  if (!req || !req.shouldKeepAlive || !agent.keepAlive) {
    socket.destroy();
    return;
  }
  const free = agent.freeSockets[name] || [];
  const inUse = agent.sockets[name] ? agent.sockets[name].length : 0;
  if (agent.totalSocketCount > agent.maxTotalSockets || free.length + inUse > agent.maxSockets ||
      free.length >= agent.maxFreeSockets || !agent.keepSocketAlive(socket)) {
    socket.destroy();
    return;
  }
  agent.freeSockets[name] = free;
  socket._httpMessage = null;
  agent.removeSocket(socket, options);
  socket.once('error', freeSocketErrorListener);
  free.push(socket);
}

// Listening for 'keylog' on the agent forwards the TLS key lines of its sockets, present and future.
function maybeEnableKeylog(eventName) {
  if (eventName !== 'keylog') return;
  this.removeListener('newListener', maybeEnableKeylog);
  const agent = this;
  this[kOnKeylog] = function onkeylog(keylog) { agent.emit('keylog', keylog, this); };
  for (const set of [this.sockets, this.freeSockets]) {
    for (const name of Object.keys(set)) {
      for (const socket of set[name]) socket.on('keylog', this[kOnKeylog]);
    }
  }
}

Agent.prototype.createConnection = net.createConnection;

Agent.prototype.getName = function getName(options = kEmptyObject) {
  let name = `${options.host || 'localhost'}:`;
  if (options.port) name += options.port;
  name += ':';
  if (options.localAddress) name += options.localAddress;
  if (options.family === 4 || options.family === 6) name += `:${options.family}`;
  if (options.socketPath) name += `:${options.socketPath}`;
  return name;
};

// The connection options of a request: its own, overridden by the agent's.
function connectionOptions(agent, req, options) {
  const merged = { __proto__: null, ...options, ...agent.options };
  if (merged.socketPath) merged.path = merged.socketPath;
  if (!merged.servername && merged.servername !== '') merged.servername = serverName(merged, req);
  return merged;
}

// The TLS server name: the Host header's host when the request set one, else options.host; never
// an IP address.
function serverName(options, req) {
  let name = options.host;
  const hostHeader = req.getHeader('host');
  if (hostHeader) {
    validateString(hostHeader, 'options.headers.host');
    if (hostHeader.startsWith('[')) {
      const end = hostHeader.indexOf(']');
      name = end === -1 ? hostHeader : hostHeader.slice(1, end);
    } else {
      name = hostHeader.split(':', 1)[0];
    }
  }
  return net.isIP(name) ? '' : name;
}

Agent.prototype.addRequest = function addRequest(req, options, port, localAddress) {
  if (typeof options === 'string') options = { __proto__: null, host: options, port, localAddress };   // legacy form
  options = connectionOptions(this, req, options);
  const name = this.getName(options);
  this.sockets[name] ||= [];

  const free = this.freeSockets[name];
  let socket;
  if (free) {
    while (free.length && free[0].destroyed) free.shift();
    socket = this.scheduling === 'fifo' ? free.shift() : free.pop();
    if (!free.length) delete this.freeSockets[name];
  }
  const socketCount = (free ? free.length : 0) + this.sockets[name].length;
  if (socket) {
    adoptContext(socket, getFrame());
    this.reuseSocket(socket, req);
    giveSocket(this, req, socket);
    this.sockets[name].push(socket);
  } else if (socketCount < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
    this.createSocket(req, options, (err, newSocket) => {
      if (err) req.onSocket(newSocket, err);
      else giveSocket(this, req, newSocket);
    });
  } else {
    debug('wait for socket');
    this.requests[name] ||= [];
    // kept so that a socket freed for another origin can open one for this request
    req[kRequestOptions] = options;
    req[kRequestFrame] = getFrame();
    this.requests[name].push(req);
  }
};

Agent.prototype.createSocket = function createSocket(req, options, cb) {
  options = connectionOptions(this, req, options);
  const name = this.getName(options);
  options._agentKey = name;
  debug('createConnection', name);
  options.encoding = null;
  let called = false;
  const onCreate = (err, socket) => {
    if (called) return;
    called = true;
    if (err) {
      cb(err);
      return;
    }
    (this.sockets[name] ||= []).push(socket);
    this.totalSocketCount++;
    debug('sockets', name, this.sockets[name].length, this.totalSocketCount);
    watchSocket(this, socket, options);
    cb(null, socket);
  };
  if (this.keepAlive) {
    options.keepAlive = this.keepAlive;
    options.keepAliveInitialDelay = this.keepAliveMsecs;
  }
  const socket = this.createConnection(options, onCreate);
  if (socket) onCreate(null, socket);
};

function watchSocket(agent, socket, options) {
  function onFree() {
    debug('CLIENT socket onFree');
    agent.emit('free', socket, options);
  }
  function onClose() {
    debug('CLIENT socket onClose');
    // the one place a socket leaves the agent: every error ends in 'close'
    agent.totalSocketCount--;
    agent.removeSocket(socket, options);
  }
  function onTimeout() {
    // an idle socket in the pool times out; one in use is its request's business
    for (const name of Object.keys(agent.freeSockets)) {
      if (agent.freeSockets[name].includes(socket)) {
        socket.destroy();
        return;
      }
    }
  }
  function onAgentRemove() {
    agent.totalSocketCount--;
    agent.removeSocket(socket, options);
    socket.removeListener('close', onClose);
    socket.removeListener('free', onFree);
    socket.removeListener('timeout', onTimeout);
    socket.removeListener('agentRemove', onAgentRemove);
  }
  socket.on('free', onFree);
  socket.on('close', onClose);
  socket.on('timeout', onTimeout);
  socket.on('agentRemove', onAgentRemove);
  if (agent[kOnKeylog]) socket.on('keylog', agent[kOnKeylog]);
}

Agent.prototype.removeSocket = function removeSocket(socket, options) {
  const name = this.getName(options);
  debug('removeSocket', name, 'writable:', socket.writable);
  const sets = socket.writable ? [this.sockets] : [this.sockets, this.freeSockets];
  for (const set of sets) {
    const list = set[name];
    if (!list) continue;
    const index = list.indexOf(socket);
    if (index === -1) continue;
    list.splice(index, 1);
    if (list.length === 0) delete set[name];
  }

  // A socket went away: a request waiting for this origin (or, failing that, for an origin that
  // has no socket at all) gets a new one.
  let req;
  if (this.requests[name]?.length) {
    req = this.requests[name][0];
  } else {
    for (const other of Object.keys(this.requests)) {
      if (this.sockets[other]?.length) break;
      req = this.requests[other][0];
      options = req[kRequestOptions];
      break;
    }
  }
  if (req && options) {
    req[kRequestOptions] = undefined;
    this.createSocket(req, options, (err, newSocket) => {
      if (err) req.onSocket(newSocket, err);
      else newSocket.emit('free');
    });
  }
};

// Called when a socket is parked: keeps TCP keep-alive on, lets the process exit while it waits,
// and times it out before the server's announced `Keep-Alive: timeout=N` (less the agent's
// buffer). Answers false when the server's timeout is too short to reuse it safely.
Agent.prototype.keepSocketAlive = function keepSocketAlive(socket) {
  socket.setKeepAlive(true, this.keepAliveMsecs);
  socket.unref();
  let timeout = this.options.timeout || 0;
  let reusable = true;
  const hint = socket._httpMessage?.res?.headers['keep-alive'];
  const seconds = hint ? /^timeout=(\d+)/.exec(hint)?.[1] : undefined;
  if (seconds) {
    const serverTimeout = Math.max(Number.parseInt(seconds, 10) * 1000 - this.agentKeepAliveTimeoutBuffer, 0);
    if (serverTimeout === 0) reusable = false;
    else if (serverTimeout < timeout) timeout = serverTimeout;
  }
  if (socket.timeout !== timeout) socket.setTimeout(timeout);
  return reusable;
};

Agent.prototype.reuseSocket = function reuseSocket(socket, req) {
  debug('have free socket');
  socket.removeListener('error', freeSocketErrorListener);
  req.reusedSocket = true;
  socket.ref();
};

Agent.prototype.destroy = function destroy() {
  for (const set of [this.freeSockets, this.sockets]) {
    for (const name of Object.keys(set)) {
      for (const socket of set[name]) socket.destroy();
    }
  }
};

// Hands a socket to a request; a request's own timeout overrides the agent's on that socket.
function giveSocket(agent, req, socket) {
  req.onSocket(socket);
  const agentTimeout = agent.options.timeout || 0;
  if (req.timeout === undefined || req.timeout === agentTimeout) return;
  socket.setTimeout(req.timeout);
}

module.exports = {
  Agent,
  globalAgent: new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000, proxyEnv: undefined }),
};
