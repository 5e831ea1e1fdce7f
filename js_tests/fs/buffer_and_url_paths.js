// Buffer paths and file: URL objects work wherever a path does
const fs = require('fs');
const { at, cleanup, attempt } = require('./helpers/tmp');

const file = at('f.txt');
fs.writeFileSync(Buffer.from(file), 'via buffer');
console.log(fs.readFileSync(file, 'utf8'));
console.log(fs.statSync(Buffer.from(file)).size, fs.existsSync(Buffer.from(file)));
const url = { href: `file://${file}`, protocol: 'file:', pathname: file, hostname: '', host: '' };
const asURL = typeof URL === 'function' ? new URL(`file://${file}`) : url;
console.log(fs.readFileSync(asURL, 'utf8'));
fs.appendFileSync(asURL, '+url');
console.log(fs.readFileSync(Buffer.from(file), 'utf8'), fs.existsSync(asURL));
attempt('http URL', () => fs.readFileSync(typeof URL === 'function' ? new URL('http://example.com/x') : { href: 'http://example.com/x', protocol: 'http:' }));
cleanup();
