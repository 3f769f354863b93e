"""The record: pure Python, never imports Qt (tests/core/test_layering.py checks)."""
