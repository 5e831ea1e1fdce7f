console.error('about to exit with 3');
process.exit(3);
