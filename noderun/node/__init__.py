"""Layer 3: the Node builtins, as JS halves (js/) and host functions, per thread in a Realm."""
