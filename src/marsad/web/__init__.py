"""The web desk and the REST API."""
