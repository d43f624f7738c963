"""The built-in pipeline components, one module per stage (registered in :mod:`marsad.registrations`)."""
