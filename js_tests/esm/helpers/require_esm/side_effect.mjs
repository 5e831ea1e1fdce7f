console.log('side_effect.mjs evaluated');
export const s = 1;
