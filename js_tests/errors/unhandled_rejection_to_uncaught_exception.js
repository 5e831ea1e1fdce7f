// without an 'unhandledRejection' listener, the rejection goes to 'uncaughtException' with origin 'unhandledRejection'
process.on('uncaughtException', (err, origin) => {
  console.log('uncaughtException:', err.message, origin);
});
Promise.reject(new Error('routed'));
setTimeout(() => console.log('continues'), 1);
