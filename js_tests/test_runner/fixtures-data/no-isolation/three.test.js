console.log('a file without tests');
