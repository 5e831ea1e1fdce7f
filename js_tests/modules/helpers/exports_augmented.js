exports.a = 1;
module.exports.b = 2;
this.c = 3;
