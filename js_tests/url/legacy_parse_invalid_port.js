// A non-numeric port is still accepted by url.parse() in node 20, with a one-time DEP0170
// deprecation warning on stderr.
const url = require('url');
const parsed = url.parse('git+ssh://git@github.com:org/repo.git');
console.log(parsed.host, parsed.pathname, parsed.href);
console.log(url.parse('http://x.com:abc/').href);
process.on('exit', () => console.log('exit'));
