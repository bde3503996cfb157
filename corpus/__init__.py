"""Marker that lets the labelled corpus ship inside the library as ``stance._corpus``."""
