"""Speech strings, one module per locale."""
