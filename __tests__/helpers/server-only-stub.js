// Tests run lib/ modules directly in Node; "server-only" would refuse outside React Server Components.
module.exports = {};
