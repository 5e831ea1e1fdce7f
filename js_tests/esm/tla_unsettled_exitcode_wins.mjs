// with an unsettled top-level await, an explicitly set process.exitCode is used instead of 13
process.exitCode = 3;
console.log('before await');
await new Promise(() => {});
