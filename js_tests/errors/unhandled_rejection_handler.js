// 'unhandledRejection' handler receives (reason, promise); the process continues with exit code 0
const p = Promise.reject(new Error('nobody caught me'));
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled:', reason.message, promise === p);
});
setTimeout(() => console.log('still alive'), 5);
process.on('exit', (code) => console.log('exit', code));
