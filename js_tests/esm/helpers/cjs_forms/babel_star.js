"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.own = 'own';
var _strings = require("./strings.js");
Object.keys(_strings).forEach(function (key) {
  if (key === "default" || key === "__esModule") return;
  Object.defineProperty(exports, key, { enumerable: true, get: function () { return _strings[key]; } });
});
