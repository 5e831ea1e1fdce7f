// Proxies: inspected as their target without running traps; showProxy prints target and handler
const util = require('util');
const p = new Proxy({ a: 1 }, { get() { return 5; }, ownKeys() { return ['zz']; } });
console.log(util.inspect(p));
console.log(util.inspect(p, { showProxy: true }));
console.log(util.inspect({ nested: p, list: [new Proxy([1, 2], {})] }, { showProxy: true }));
console.log(util.inspect({ deep: { deeper: { deepest: p } } }, { showProxy: true, depth: 1 }));
const { proxy, revoke } = Proxy.revocable({}, {}); revoke();
console.log(util.inspect(proxy), util.inspect(proxy, { showProxy: true }));
console.log(p, [p]);
console.log(util.format('%o', p).slice(0, 40));
console.log(util.types.isProxy(p), util.types.isProxy({}));
