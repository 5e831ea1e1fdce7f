console.log('tla.mjs evaluated');
await Promise.resolve();
export const late = 'late';
