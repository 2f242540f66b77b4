"""Text shared by all of core: which script a character is in, which language a text is in,
folding for comparison and search, and decoding text files."""
