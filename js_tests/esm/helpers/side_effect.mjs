globalThis.__sideEffects = (globalThis.__sideEffects || 0) + 1;
export const n = globalThis.__sideEffects;
