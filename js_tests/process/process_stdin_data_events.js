// Piped stdin: 'data' chunks (strings after setEncoding), then 'end'.
process.stdin.setEncoding('utf8');
let text = '';
let chunks = 0;
process.stdin.on('data', (chunk) => {
  chunks++;
  text += chunk;
  console.log('chunk type', typeof chunk);
});
process.stdin.on('end', () => {
  console.log(JSON.stringify(text), chunks > 0);
  console.log(text.split('\n').filter(Boolean).map((l) => l.toUpperCase()));
});
