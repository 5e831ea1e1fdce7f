// os.constants: signals, errno, priority, dlopen (Linux values)
const os = require('os');

const c = os.constants;
console.log(Object.keys(c));
console.log(c.signals.SIGINT, c.signals.SIGTERM, c.signals.SIGKILL, c.signals.SIGHUP, c.signals.SIGUSR2,
  c.signals.SIGCHLD, c.signals.SIGIOT === c.signals.SIGABRT, Object.keys(c.signals).length);
console.log(c.errno.ENOENT, c.errno.EACCES, c.errno.EEXIST, c.errno.ENOTEMPTY, c.errno.EWOULDBLOCK === c.errno.EAGAIN,
  Object.keys(c.errno).length);
console.log(c.priority);
console.log(c.dlopen);
console.log(c.UV_UDP_REUSEADDR, Object.getPrototypeOf(c.signals));
console.log(Object.entries(c.signals).filter(([, n]) => n === 29).map(([name]) => name));
