"""Resource views: one module per resource with rules."""
