exports.lost = 'this is lost';
module.exports = { kept: 'module.exports wins' };
exports.alsoLost = true;
