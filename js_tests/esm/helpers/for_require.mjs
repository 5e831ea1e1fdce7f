export const named = 'named from mjs';
export default 'default from mjs';
