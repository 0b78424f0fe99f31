"""Reading documents into Observations: one module per kind of document."""
