"""kg: news about relations between states, as a typed and sourced knowledge graph."""

__version__ = "0.1.0"
