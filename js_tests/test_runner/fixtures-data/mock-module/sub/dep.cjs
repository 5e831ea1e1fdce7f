exports.where = 'sub';
