"""Layer 2: finding and loading modules (resolution, CommonJS, ES modules, builtins registry)."""
