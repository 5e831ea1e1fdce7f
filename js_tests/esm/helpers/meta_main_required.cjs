module.exports = require('./meta_main_req.mjs').main;
