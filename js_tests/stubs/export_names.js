// Modules whose every export name noderun defines (placeholders included): node's exact key lists.
for (const name of ['async_hooks', 'perf_hooks', 'diagnostics_channel', 'child_process', 'tty', 'vm', 'dgram',
  'trace_events', 'readline/promises', 'net', 'dns', 'dns/promises', 'http', 'https', 'tls', 'zlib']) {
  console.log(name, Object.keys(require(name)).sort().join(' '));
}
