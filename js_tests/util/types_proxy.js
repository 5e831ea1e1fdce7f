'use strict';
// isProxy: true for proxies (revoked ones too), whatever their target
const { types } = require('util');
const target = {};
console.log(types.isProxy(new Proxy(target, {})), types.isProxy(new Proxy(function () {}, {})), types.isProxy(target),
  types.isProxy(Proxy.revocable({}, {}).proxy), types.isProxy(1), types.isProxy(null), types.isProxy([]));
const r = Proxy.revocable([], {}); r.revoke(); console.log(types.isProxy(r.proxy));
