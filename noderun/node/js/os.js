'use strict';
// node:os on Linux. The values come from host_os.py; the constants are Linux's, as node reports
// them. Like node, the functions returning one value also convert to it (`${os.tmpdir}`).

const { validateInt32 } = require('internal/validators');
const { systemError } = require('internal/fs/errors');

const signals = {
  __proto__: null,
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7, SIGFPE: 8,
  SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17,
  SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23,
  SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30,
  SIGSYS: 31,
};

const errnoConstants = {
  __proto__: null,
  E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11, EALREADY: 114,
  EBADF: 9, EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10, ECONNABORTED: 103, ECONNREFUSED: 111,
  ECONNRESET: 104, EDEADLK: 35, EDESTADDRREQ: 89, EDOM: 33, EDQUOT: 122, EEXIST: 17, EFAULT: 14,
  EFBIG: 27, EHOSTUNREACH: 113, EIDRM: 43, EILSEQ: 84, EINPROGRESS: 115, EINTR: 4, EINVAL: 22, EIO: 5,
  EISCONN: 106, EISDIR: 21, ELOOP: 40, EMFILE: 24, EMLINK: 31, EMSGSIZE: 90, EMULTIHOP: 72,
  ENAMETOOLONG: 36, ENETDOWN: 100, ENETRESET: 102, ENETUNREACH: 101, ENFILE: 23, ENOBUFS: 105,
  ENODATA: 61, ENODEV: 19, ENOENT: 2, ENOEXEC: 8, ENOLCK: 37, ENOLINK: 67, ENOMEM: 12, ENOMSG: 42,
  ENOPROTOOPT: 92, ENOSPC: 28, ENOSR: 63, ENOSTR: 60, ENOSYS: 38, ENOTCONN: 107, ENOTDIR: 20,
  ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95, ENOTTY: 25, ENXIO: 6, EOPNOTSUPP: 95, EOVERFLOW: 75,
  EPERM: 1, EPIPE: 32, EPROTO: 71, EPROTONOSUPPORT: 93, EPROTOTYPE: 91, ERANGE: 34, EROFS: 30,
  ESPIPE: 29, ESRCH: 3, ESTALE: 116, ETIME: 62, ETIMEDOUT: 110, ETXTBSY: 26, EWOULDBLOCK: 11, EXDEV: 18,
};

const priority = {
  __proto__: null,
  PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0, PRIORITY_ABOVE_NORMAL: -7,
  PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
};

const dlopen = { __proto__: null, RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 };

const constants = { __proto__: null, UV_UDP_REUSEADDR: 4, dlopen, errno: errnoConstants, signals, priority };

// A host call whose failure node reports as SystemError [ERR_SYSTEM_ERROR].
function checked(call) {
  try {
    return call();
  } catch (error) {
    if (error?.systemErrorInfo) throw systemError('ERR_SYSTEM_ERROR', 'A system error occurred', error.systemErrorInfo);
    throw error;
  }
}

let osInformation;
function uname() {
  osInformation ??= host.osUname();
  return osInformation;
}

function withPrimitive(fn, value = fn) {
  fn[Symbol.toPrimitive] = () => value();
  return fn;
}

const type = withPrimitive(function type() { return uname()[0]; });
const version = withPrimitive(function version() { return uname()[1]; });
const release = withPrimitive(function release() { return uname()[2]; });
const machine = withPrimitive(function machine() { return uname()[3]; });
const hostname = withPrimitive(function hostname() { return host.osHostname(); });
const homedir = withPrimitive(function homedir() { return host.osHomedir(); });
const totalmem = withPrimitive(function totalmem() { return host.osTotalMem(); });
const freemem = withPrimitive(function freemem() { return host.osFreeMem(); });
const uptime = withPrimitive(function uptime() { return host.osUptime(); });
const arch = withPrimitive(function arch() { return process.arch; });
const platform = withPrimitive(function platform() { return process.platform; });
const endianness = withPrimitive(function endianness() { return 'LE'; });
const availableParallelism = withPrimitive(function availableParallelism() {
  return host.osAvailableParallelism();
});

// TMPDIR, TMP, TEMP, else /tmp; a trailing slash is dropped unless the path is just '/'.
const tmpdir = withPrimitive(function tmpdir() {
  const env = process.env;
  let path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
});

function cpus() {
  return host.osCpus().map(([model, speed, user, nice, sys, idle, irq]) => ({
    model, speed, times: { user, nice, sys, idle, irq },
  }));
}

function loadavg() {
  return host.osLoadavg();
}

function userInfo(options) {
  const [uid, gid, username, home, shell] = checked(() => host.osUserInfo());
  const info = { __proto__: null, uid, gid, username, homedir: home, shell: shell ?? null };
  if (options?.encoding === 'buffer' && host.hasInternal('buffer')) {
    const { Buffer } = require('buffer');
    for (const key of ['username', 'homedir', 'shell']) {
      if (typeof info[key] === 'string') info[key] = Buffer.from(info[key]);
    }
  }
  return info;
}

function networkInterfaces() {
  const result = { __proto__: null };
  for (const [name, family, address, netmask, mac, internal, scopeid] of host.osNetworkInterfaces()) {
    const entry = { address, netmask, family, mac, internal, cidr: cidrOf(address, netmask, family) };
    if (family === 'IPv6') entry.scopeid = scopeid;
    (result[name] ??= []).push(entry);
  }
  return { ...result };
}

// The prefix length is the number of leading one bits of the netmask.
function cidrOf(address, netmask, family) {
  let ones = 0;
  if (family === 'IPv4') {
    for (const part of netmask.split('.')) ones += countOnes(Number(part));
  } else {
    for (const part of expandIPv6(netmask)) ones += countOnes(parseInt(part || '0', 16));
  }
  return `${address}/${ones}`;
}

function countOnes(n) {
  let count = 0;
  for (; n; n >>>= 1) count += n & 1;
  return count;
}

function expandIPv6(text) {
  const [head, tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  if (tail === undefined) return left;
  return [...left, ...new Array(8 - left.length - right.length).fill('0'), ...right];
}

function getPriority(pid = 0) {
  validateInt32(pid, 'pid');
  return checked(() => host.osGetPriority(pid));
}

function setPriority(pid, value) {
  if (value === undefined) {
    value = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(value, 'priority', -20, 19);
  checked(() => host.osSetPriority(pid, value));
}

module.exports = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release,
  setPriority,
  tmpdir,
  totalmem,
  type,
  userInfo,
  uptime,
  version,
  machine,
  constants,
  EOL: '\n',
  devNull: '/dev/null',
};
