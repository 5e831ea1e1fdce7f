exports['with space'] = 'space';
module.exports['π'] = 'pi';
exports['\u{1F310}'] = 'globe';
exports['\u{D83C}'] = 'lone surrogate: no export';
exports.package = 'reserved word';
Object.defineProperty(exports, 'defined', { value: 'defined', enumerable: true });
exports['module.exports'] = 'shadowed by the real module.exports';
exports["tab\there"] = 'escaped';
