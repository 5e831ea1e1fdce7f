module.exports = { isMain: require.main === module, mainIsParent: require.main !== undefined };
