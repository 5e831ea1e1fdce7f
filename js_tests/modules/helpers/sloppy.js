undeclaredGlobalFromSloppy = 'sloppy assignment works';
module.exports = (function () { return this === undefined; })();
