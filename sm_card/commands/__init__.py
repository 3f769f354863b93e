"""The `sm-card` commands, one module per group. Each module has ``register(subparsers)``.

Modules here never import Qt at import time (only ``gui_command`` does, inside its handler).
"""
