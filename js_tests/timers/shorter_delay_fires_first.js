// timers fire by expiry time, not creation order: a shorter delay created later fires first
setTimeout(() => console.log('500ms'), 500);
setTimeout(() => console.log('1ms'), 1);
