// handling a rejection after it was reported emits 'rejectionHandled'
process.on('unhandledRejection', (r, p) => {
  console.log('unhandledRejection:', r.message);
  setTimeout(() => p.catch(() => console.log('caught in timer')), 1);
});
process.on('rejectionHandled', (p) => console.log('rejectionHandled', p instanceof Promise));
Promise.reject(new Error('reported'));
