// for await (const line of rl) over piped stdin.
const readline = require('readline');
(async () => {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) console.log(++n, line.toUpperCase());
  console.log('done', n);
})();
