export const typed = 'typed .js';
