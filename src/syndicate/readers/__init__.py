"""Readers: raw input (HTML, flattened text, feeds) -> Document."""
