module.exports = { loadedDuringEval: module.loaded };
