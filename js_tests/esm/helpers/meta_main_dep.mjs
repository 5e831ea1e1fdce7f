console.log('dependency:', import.meta.main);
