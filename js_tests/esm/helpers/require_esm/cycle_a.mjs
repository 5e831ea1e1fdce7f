import './cycle_b.cjs';
export const a = 1;
