// Headers: normalization, combining, set-cookie, sorting, guards, errors and inspect output.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

const headers = new Headers({ 'Content-Type': ' text/plain\t', 'X-B': '2' });
headers.append('x-a', '1');
headers.append('X-A', '3');
headers.append('Set-Cookie', 'a=1');
headers.append('set-cookie', 'b=2');
headers.append('cookie', 'c=1');
headers.append('Cookie', 'd=2');
console.log(headers);
console.log([...headers], [...headers.keys()], [...headers.values()]);
console.log(headers.get('x-a'), headers.get('SET-COOKIE'), headers.get('missing'), headers.getSetCookie());
console.log(headers.has('content-type'), headers.has('nope'), headers.get('cookie'));
headers.set('x-a', 'replaced');
headers.delete('x-b');
headers.delete('set-cookie');
console.log([...headers.entries()], headers.getSetCookie());
headers.forEach(function (value, name, target) {
  console.log('forEach', name, value, target === headers, this.tag);
}, { tag: 'this' });

const live = new Headers([['b', '1'], ['a', '2']]);
const iterator = live.entries();
console.log(iterator.next().value);
live.append('0', 'first');
console.log(iterator.next().value, iterator.next().value, iterator.next());
console.log(Object.prototype.toString.call(iterator), Object.prototype.toString.call(live));
console.log(new Headers(new Headers({ x: 'copied' })).get('x'), new Headers().get('x'));

attempt('pair', () => new Headers([['a']]));
attempt('number', () => new Headers(5));
attempt('name', () => new Headers({ 'a b': 'x' }));
attempt('value', () => new Headers({ a: 'x\ny' }));
attempt('bytestring', () => new Headers({ a: '\u0100' }));
attempt('get()', () => new Headers().get());
attempt('append(1)', () => new Headers().append('a'));
attempt('invalid get', () => new Headers().get('a:b'));
attempt('brand', () => Headers.prototype.get.call({}, 'a'));
attempt('forEach', () => new Headers().forEach(5));
attempt('set value', () => new Headers().set('a', '\0'));

(async () => {
  const response = await fetch('data:,x');
  attempt('immutable set', () => response.headers.set('a', 'b'));
  attempt('immutable append', () => response.headers.append('a', 'b'));
  attempt('immutable delete', () => response.headers.delete('content-type'));
  console.log(response.headers);
})();
