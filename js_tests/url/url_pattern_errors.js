// URLPattern's errors are node's C++ ones: TypeErrors with a code, checked by argument count.
function attempt(label, fn) {
  try {
    const value = fn();
    console.log(label, 'ok', value instanceof URLPattern ? value.pathname : value);
  } catch (e) {
    console.log(label, e.name, e.code, e.message, Object.keys(e));
  }
}
attempt('no new', () => URLPattern());
attempt('undefined input', () => new URLPattern(undefined));
attempt('number input', () => new URLPattern(1));
attempt('null input', () => new URLPattern(null));
attempt('relative without base', () => new URLPattern('/x'));
attempt('init and base', () => new URLPattern({}, 'https://a'));
attempt('bad regexp', () => new URLPattern({ pathname: '(' }));
attempt('unclosed group', () => new URLPattern({ pathname: '{/a' }));
attempt('duplicate name', () => new URLPattern({ pathname: '/:id/:id' }));
attempt('bad hostname', () => new URLPattern({ hostname: 'a b' }));
attempt('bad protocol', () => new URLPattern({ protocol: 'ht tp' }));
attempt('bad port', () => new URLPattern({ port: 'abc' }));
attempt('port 80x', () => new URLPattern({ protocol: 'http', port: '80x' }).port);
attempt('bad base', () => new URLPattern({ pathname: '/foo', baseURL: '' }));
attempt('v-flag set', () => new URLPattern({ pathname: '/([\\d&&[0-1]])' }).test({ pathname: '/1' }));
attempt('v-flag invalid', () => new URLPattern({ pathname: '/([a-z--[b]])' }));
attempt('options {}', () => new URLPattern('https://a', {}));
attempt('options ignoreCase 1', () => new URLPattern({}, { ignoreCase: 1 }));
attempt('undefined second', () => new URLPattern('https://a', undefined));
attempt('base then null', () => new URLPattern('https://a', 'https://b', null));
attempt('options then base', () => new URLPattern('/x', { ignoreCase: true }, 'https://b'));
attempt('base and options', () => new URLPattern('/x', 'https://b', { ignoreCase: false }));
const p = new URLPattern({ pathname: '/a' });
attempt('test()', () => p.test());
attempt('test(undefined)', () => p.test(undefined));
attempt('exec(5)', () => p.exec(5));
attempt('test(url, undefined)', () => p.test('https://x/a', undefined));
attempt('exec(init, base)', () => p.exec({}, 'https://a'));
attempt('test(init, base)', () => p.test({ pathname: '/a' }, 'https://a'));
attempt('bad url input', () => p.exec('not a url'));
attempt('bad base input', () => p.test('/a', 'nope'));
attempt('getter on other this', () => Object.getOwnPropertyDescriptor(URLPattern.prototype, 'pathname').get.call({}));
try {
  new URLPattern({ pathname: '(' });
} catch (e) {
  console.log(e.stack.split('\n')[0]);
}
