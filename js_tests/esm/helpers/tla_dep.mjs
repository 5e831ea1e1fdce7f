console.log('tla_dep start');
export const value = await new Promise((r) => setTimeout(() => r('resolved after timer'), 5));
console.log('tla_dep end');
