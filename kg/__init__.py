"""kg: a knowledge-graph builder for Chinese healthcare news and government pages.

The library API is :func:`kg.pipeline.build`; the ``kg`` command is a thin layer over it.
"""

__version__ = "0.1.0"
