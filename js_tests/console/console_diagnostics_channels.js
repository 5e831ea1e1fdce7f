// console.log / info / debug / warn / error publish their arguments on 'console.<method>' before formatting
const dc = require('diagnostics_channel');
const bar = { key: 1 };
dc.channel('console.log').subscribe((args) => { args.push('added'); bar.seen = true; });
dc.subscribe('console.error', (args, name) => { process.stdout.write(`error channel: ${name} ${args.length}\n`); });
console.log('x', bar);
console.info('info not subscribed');
console.error('to stderr');
console.warn('warn not subscribed');
console.log(dc.hasSubscribers('console.log'), dc.hasSubscribers('console.debug'));
