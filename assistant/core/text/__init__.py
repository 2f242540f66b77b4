"""Text shared by all of core: decoding text files."""
