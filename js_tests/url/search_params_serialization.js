// application/x-www-form-urlencoded serialization: only *-._ and alphanumerics stay, a space
// becomes '+', everything else is UTF-8 percent-encoded.
const chars = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
const p = new URLSearchParams();
p.append(chars, 'é€😀\n\r\t');
console.log(p.toString());
console.log(new URLSearchParams('a=b+c%2Bd&e%3Df=%26').get('a'), new URLSearchParams('a=b+c%2Bd&e%3Df=%26').get('e=f'));
console.log(new URLSearchParams('x=%F0%9F%98%80%C3%28%ED%A0%80').get('x'));
console.log(new URLSearchParams({ q: 'a b&c=d' }).toString());
