// a delay larger than 2^31-1 warns (TimeoutOverflowWarning) and is set to 1ms
setTimeout(() => console.log('huge delay fired'), 2 ** 31);
setTimeout(() => console.log('10ms fired'), 10);
