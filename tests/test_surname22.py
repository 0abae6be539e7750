"""Session 22, a person named again by surname (surname22): a person first named in full
with a title ("the Ambassador of Poland Jerzy Kwiatkowskii") is that actor when the text
names him again by surname, also when the full naming stands in a sentence the parse stage
left untagged. Each rule is shown by sentences of its own (none is a development-set
sentence)."""

from __future__ import annotations

import pytest
from coding_helpers import records_in


@pytest.mark.parametrize(("text", "words", "wanted"), [
    pytest.param("MINSK, 3 May -- The interview of the Ambassador of Poland Jerzy Kwiatkowskii "
                 "ended this week. On Monday Belarus expelled Kwiatkowskii.", "expelled",
                 ("BLR", "POLGOV", "161"), id="surname_alone_later"),
    pytest.param("The interview of the Ambassador of Georgia Irakli Kvirikashvilii ended on "
                 "Monday. Russia expelled Kvirikashvilii on Tuesday.", "expelled",
                 ("RUS", "GEOGOV", "161"), id="before_a_namesake"),
])
def test_a_name_in_an_unparsed_sentence_is_known_when_repeated(coder, text, words,
                                                                  wanted) -> None:
    """A sentence with no trigger word is left untagged by the parse stage; a titled name
    in it ("the Ambassador of Poland Jerzy Kwiatkowskii") still joins its title, so the
    surname repeated later is that envoy (not a former officeholder of a like name)."""
    found = {(r["source"]["code"], r["target"]["code"], r["cameo"])
             for r in records_in(coder, text, words)}
    assert wanted in found


def test_another_person_of_the_surname_is_not_the_envoy(coder) -> None:
    """"Anna Kwiatkowskii, a journalist" is not the Polish ambassador of the same surname."""
    text = ("MINSK, 3 May -- The interview of the Ambassador of Poland Jerzy Kwiatkowskii "
            "ended this week. On Monday Belarus expelled Anna Kwiatkowskii, a journalist.")
    found = {r["target"]["code"] for r in records_in(coder, text, "expelled")
             if isinstance(r["target"], dict)}
    assert "POLGOV" not in found
