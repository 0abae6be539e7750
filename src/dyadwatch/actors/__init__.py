"""Actors: countries, roles, organisations and officeholders found in text.

`ActorStage(config)(state)` fills `state.mentions` with `dyadwatch.pipeline.ActorMention`s,
in text order, one per actor phrase:

- `code`: CAMEO actor code (AZE, RUSGOV, AZEMED, IGOUNO); a bare role (GOV, MED) when the text
  gives no country ("the ministry said"): context resolution is left to `actors.context`.
- `country`: ISO3, or the six-letter IGO code, or None; `roles`: the role part as a list.
- `text`, `start_char`/`end_char` (clean text), `token_start`/`token_end`, `head` (spaCy Doc).
- `name`: canonical name of a resolved officeholder or organisation, else the name as written.
- `kind`: state | agent | person | igo | group; `confidence`: how sure the coding is.

Data: `dyadwatch/data/actors/` (README there); user dictionaries: `CoderConfig.dicts`.
Modules: lexicon (data -> indexes), officeholders (dated people), finder (phrases), stage.
"""
