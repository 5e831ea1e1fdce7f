// a -r preload that throws aborts startup with exit code 1; the main script never runs
console.log('main (never)');
