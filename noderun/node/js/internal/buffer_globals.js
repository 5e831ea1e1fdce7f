'use strict';
// The globals Buffer, atob, btoa and Blob (defined lazily by internal/bootstrap from this module).

const { Buffer, atob, btoa, Blob } = require('buffer');

module.exports = { Buffer, atob, btoa, Blob };
