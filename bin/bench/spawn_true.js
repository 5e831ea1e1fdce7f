// ms per child process: `true` spawned and waited for ('close'), one after another, 200 times
// after 20 of warm-up. Prints the number.
const { spawn } = require('child_process');

const WARMUP = 20;
const COUNT = 200;

function one() {
  return new Promise((resolve, reject) => {
    const child = spawn('true');
    child.on('error', reject);
    child.on('close', resolve);
  });
}

(async () => {
  for (let i = 0; i < WARMUP; i++) await one();
  const start = performance.now();
  for (let i = 0; i < COUNT; i++) await one();
  process.stdout.write(String((performance.now() - start) / COUNT));
})();
