"""Versions: the package, the event-record schema and the coder (lexicons + rules).

Bump CODER_VERSION whenever a change can alter the records the coder emits, so
`dyadwatch recode` can tell old records from new ones.
"""

__version__ = "0.1.0"
SCHEMA_VERSION = 1
CODER_VERSION = "0.24.0"
