module.exports = { walk: require('walkpkg'), shadow: require('shadowpkg') };
