export const value = 'other';
