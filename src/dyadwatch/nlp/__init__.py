"""NLP: the spaCy English pipeline, loaded once per process and verified."""

from dyadwatch.nlp.model import MODEL_NAME, MODEL_VERSION, load_pipeline, verify_model

__all__ = ["MODEL_NAME", "MODEL_VERSION", "load_pipeline", "verify_model"]
