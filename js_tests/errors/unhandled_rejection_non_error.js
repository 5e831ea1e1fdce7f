// rejecting with a non-Error value and no handler exits 1 with ERR_UNHANDLED_REJECTION
Promise.reject('plain string reason');
