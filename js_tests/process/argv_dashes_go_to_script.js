// arguments that look like node options, placed after the script, are passed to the script
console.log(JSON.stringify(process.argv.slice(2)));
