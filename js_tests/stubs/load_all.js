// Every module a test harness or pool library may load at start-up loads, with node's names.
const picks = {
  child_process: ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork', 'ChildProcess'],
  net: ['isIP', 'isIPv4', 'isIPv6', 'Socket', 'Server', 'createServer', 'connect'],
  tty: ['isatty', 'ReadStream', 'WriteStream'],
  v8: ['getHeapStatistics', 'serialize', 'deserialize', 'setFlagsFromString', 'cachedDataVersionTag'],
  vm: ['Script', 'runInThisContext', 'runInNewContext', 'createContext', 'isContext', 'compileFunction'],
  zlib: ['constants', 'codes', 'crc32', 'gzip', 'gzipSync', 'createGzip', 'Gzip'],
  dns: ['lookup', 'resolve', 'promises', 'NOTFOUND', 'ADDRCONFIG'],
  'dns/promises': ['lookup', 'resolve', 'NOTFOUND'],
  dgram: ['createSocket', 'Socket'],
  http: ['createServer', 'request', 'get', 'METHODS', 'STATUS_CODES', 'Agent', 'maxHeaderSize'],
  https: ['createServer', 'request', 'get', 'Agent'],
  http2: ['connect', 'createServer', 'constants'],
  tls: ['connect', 'createServer', 'DEFAULT_MIN_VERSION', 'DEFAULT_MAX_VERSION', 'TLSSocket'],
  cluster: ['isPrimary', 'isWorker', 'fork', 'on', 'workers'],
  readline: ['createInterface', 'Interface', 'cursorTo', 'clearLine', 'promises'],
  'readline/promises': ['createInterface', 'Interface'],
  repl: ['start', 'REPLServer'],
  inspector: ['open', 'close', 'url', 'Session'],
  trace_events: ['createTracing', 'getEnabledCategories'],
  diagnostics_channel: ['channel', 'subscribe', 'unsubscribe', 'hasSubscribers', 'tracingChannel', 'Channel'],
  domain: ['create', 'Domain'],
  constants: ['O_RDONLY', 'SIGTERM', 'ENOENT'],
  async_hooks: ['AsyncLocalStorage', 'AsyncResource', 'createHook', 'executionAsyncId'],
  perf_hooks: ['performance', 'PerformanceObserver', 'createHistogram', 'monitorEventLoopDelay'],
};
for (const [name, names] of Object.entries(picks)) {
  const mod = require(name);
  console.log(name, typeof mod, names.map((n) => `${n}:${typeof mod[n]}`).join(' '));
  console.log('  same via node:', require(`node:${name}`) === mod);
}
