// execSync / execFileSync: stdout as the result, failures throw "Command failed".
const cp = require('child_process');
console.log(JSON.stringify(cp.execSync('echo hello; echo world', { encoding: 'utf8' })));
console.log(cp.execSync('printf abc').toString(), Buffer.isBuffer(cp.execSync('true')));
console.log(cp.execFileSync('echo', ['a', 'b c']).toString().trim());
try {
  cp.execSync('echo partial; echo oops >&2; exit 2', { stdio: 'pipe' });
} catch (e) {
  console.log(JSON.stringify(e.message), e.status, e.signal, Object.keys(e), e.stdout.toString().trim(), e.stderr.toString().trim());
}
try {
  cp.execFileSync('sh', ['-c', 'exit 4'], { stdio: 'pipe' });
} catch (e) {
  console.log(e.message, e.status);
}
