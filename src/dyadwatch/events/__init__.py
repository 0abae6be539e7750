"""Event coding: trigger lexicon, source/target extraction, confidence, records."""
