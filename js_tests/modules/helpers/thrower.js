globalThis.__throwerEvals = (globalThis.__throwerEvals || 0) + 1;
throw new Error('thrower failed during load');
