"""Layer 1: threads and event loops. Knows nothing about Node."""
