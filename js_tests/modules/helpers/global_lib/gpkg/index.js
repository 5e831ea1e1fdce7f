module.exports = 'found through NODE_PATH';
