'use strict';
// What node's build reports about Intl, which node's test/common reads (hasIntl).
const { variables } = process.config;
console.log(variables.v8_enable_i18n_support, variables.icu_small);
console.log(typeof Intl, typeof process.versions.icu);
