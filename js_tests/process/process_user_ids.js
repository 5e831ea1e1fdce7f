// getuid / geteuid / getgid / getegid / getgroups agree with each other and with os.userInfo-free checks.
console.log(typeof process.getuid(), typeof process.geteuid(), typeof process.getgid(), typeof process.getegid());
console.log(process.getuid() === process.geteuid(), process.getgid() === process.getegid());
const groups = process.getgroups();
console.log(Array.isArray(groups), groups.every(Number.isInteger));
groups.push(-1);
console.log(process.getgroups().includes(-1));
