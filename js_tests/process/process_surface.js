// The rest of process: types of what programs probe.
const names = ['abort', 'chdir', 'cwd', 'emitWarning', 'exit', 'hrtime', 'kill', 'memoryUsage', 'nextTick',
  'umask', 'uptime', 'cpuUsage', 'resourceUsage', 'getuid', 'getgroups', 'on', 'once', 'off', 'emit',
  'setUncaughtExceptionCaptureCallback', 'hasUncaughtExceptionCaptureCallback', 'getActiveResourcesInfo',
  'binding', 'dlopen', 'reallyExit', 'constrainedMemory', 'availableMemory', 'getBuiltinModule'];
console.log(names.filter((n) => typeof process[n] !== 'function'));
console.log(typeof process.pid, typeof process.ppid, process.pid > 0, process.ppid > 0);
console.log(process.platform, ['x64', 'arm64', 'ia32', 'arm'].includes(process.arch));
console.log(typeof process.title, typeof process.argv0, typeof process.execPath, Array.isArray(process.execArgv));
console.log(Object.keys(process.config), typeof process.config.variables);
console.log(process.allowedNodeEnvironmentFlags instanceof Set,
  process.allowedNodeEnvironmentFlags.has('--no-warnings'), process.allowedNodeEnvironmentFlags.has('--nope'));
console.log(typeof process.features, process.features.uv, process.features.ipv6, process.features.cached_builtins);
console.log(Object.prototype.toString.call(process), process.constructor.name);
console.log(process.debugPort, process.domain, process.exitCode);
console.log(typeof process.report, typeof process.report.getReport);
console.log(process.getActiveResourcesInfo().every((r) => typeof r === 'string'));
console.log(typeof process.availableMemory(), process.availableMemory() > 0);
