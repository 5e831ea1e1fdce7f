'use strict';
// internalBinding() for programs run with --expose-internals (node's own tests): the JS faces of
// the bindings noderun has, under node's binding names. What a test replaces on one of them (a
// stubbed cares_wrap.getaddrinfo, say) is what the builtins then call.

process.emitWarning('These APIs are for internal testing only. Do not use them.', 'internal/test/binding');

let uv;
function uvBinding() {
  if (uv === undefined) {
    uv = { __proto__: null };
    for (const [errno, [name]] of require('util').getSystemErrorMap()) uv[`UV_${name}`] = errno;
    uv.errname = (errno) => require('util').getSystemErrorName(errno);
    uv.getErrorMap = () => require('util').getSystemErrorMap();
  }
  return uv;
}

const bindings = {
  __proto__: null,
  uv: uvBinding,
  cares_wrap: () => require('internal/dns/cares_wrap'),
  udp_wrap: () => require('internal/dgram/udp_wrap'),
  http_parser: () => require('internal/http/http_parser'),
  http2: () => ({
    constants: require('internal/http2/constants'),
    nghttp2ErrorString: require('internal/http2/util').nghttp2ErrorString,
  }),
};

function internalBinding(name) {
  const binding = bindings[name];
  if (binding === undefined) throw new Error(`No such binding: ${name}`);
  return binding();
}

module.exports = { internalBinding };
