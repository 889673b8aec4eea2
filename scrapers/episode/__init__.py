"""Episode structure: classify a page (walls, deletions, shells), normalise the text, and turn an article's blocks into questions, points and the trailer."""
