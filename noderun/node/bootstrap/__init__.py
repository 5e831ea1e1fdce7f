"""Per-thread entry points (the role of node's lib/internal/main/): main.py, and worker.py later."""
