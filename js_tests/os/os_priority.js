// getPriority / setPriority: current process values, argument checks, ERR_SYSTEM_ERROR
const os = require('os');

function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message, err.info ? JSON.stringify(err.info) : '');
  }
}

const p = os.getPriority();
console.log(Number.isInteger(p), p >= -20 && p <= 19, os.getPriority(0) === p, os.getPriority(process.pid) === p);
attempt('same priority', () => os.setPriority(p));
attempt('same priority with pid', () => os.setPriority(process.pid, p));
attempt('too high', () => os.setPriority(0, 20));
attempt('too low', () => os.setPriority(-21));
attempt('priority not a number', () => os.setPriority(0, 'high'));
attempt('pid not a number', () => os.getPriority('1'));
attempt('no such process', () => os.getPriority(2147483647));
try {
  os.getPriority(2147483647);
} catch (err) {
  console.log(String(err), Object.keys(err), err.errno, err.syscall);
}
