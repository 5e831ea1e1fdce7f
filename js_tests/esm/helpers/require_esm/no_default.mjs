export const a = 'a';
export const b = 'b';
