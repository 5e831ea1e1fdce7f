import { named } from './plain.cjs';
export const fromCjs = named;
