'use strict';
// The certificates a fixture's parent made (helpers/certs.js) and passed to its child as JSON in
// FIXTURE_CERTS, so that both use the same ones.
module.exports = JSON.parse(process.env.FIXTURE_CERTS);
