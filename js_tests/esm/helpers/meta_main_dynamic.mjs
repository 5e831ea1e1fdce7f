console.log('imported later:', import.meta.main);
