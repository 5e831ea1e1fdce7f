throw new Error('preload failed');
