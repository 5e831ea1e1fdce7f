globalThis.__countedEvals = (globalThis.__countedEvals || 0) + 1;
module.exports = { name: 'counted', evals: globalThis.__countedEvals };
