throw new Error('not a test file name');
