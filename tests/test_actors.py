"""Actor mentions: countries, roles with modifiers, organisations, people, user dictionaries."""

from __future__ import annotations

import pytest

from dyadwatch.actors.stage import ActorStage
from dyadwatch.config import CoderConfig
from dyadwatch.nlp.model import load_pipeline
from dyadwatch.pipeline import CodingState
from dyadwatch.read.document import Document


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage(CoderConfig())


def mentions(stage: ActorStage, text: str, date: str | None = "2025-07-03"):
    state = CodingState(document=Document("t", text, pub_date=date), config=stage.config)
    state.doc = load_pipeline()(text)
    stage(state)
    for m in state.mentions:  # offsets must point exactly at the mention text
        assert text[m.start_char : m.end_char] == m.text
        assert state.doc[m.token_start : m.token_end].text == m.text
        assert m.token_start <= m.head < m.token_end
    return state.mentions


def codes(stage: ActorStage, text: str, date: str | None = "2025-07-03") -> dict[str, str]:
    return {m.text: m.code for m in mentions(stage, text, date)}


def test_country_names_capitals_and_aliases(stage):
    got = codes(stage, "Baku and Moscow argued while Kazakhstan, the DPRK and the U.S. watched.")
    assert got == {
        "Baku": "AZE",
        "Moscow": "RUS",
        "Kazakhstan": "KAZ",
        "DPRK": "PRK",
        "U.S.": "USA",
    }


def test_pronoun_us_is_not_the_united_states(stage):
    assert codes(stage, "Let us talk about it.") == {}


def test_seats_of_government_are_gov(stage):
    got = codes(stage, "The Kremlin replied to the White House and Downing Street.")
    assert got == {"Kremlin": "RUSGOV", "White House": "USAGOV", "Downing Street": "GBRGOV"}


def test_modifier_country_decides_the_agent(stage):
    got = codes(
        stage,
        "The Russian Foreign Ministry summoned Azerbaijan's ambassador. "
        "The Ambassador of Armenia met Georgian police and the Turkish parliament.",
    )
    assert got["Russian Foreign Ministry"] == "RUSGOV"
    assert got["Azerbaijan's ambassador"] == "AZEGOV"
    assert got["Ambassador of Armenia"] == "ARMGOV"
    assert got["Georgian police"] == "GEOCOP"
    assert got["Turkish parliament"] == "TURLEG"


def test_media_business_and_civilians(stage):
    got = codes(
        stage,
        "Azerbaijani media criticised Azerbaijan Airlines. Ethnic Azerbaijanis were detained. "
        "Sputnik Azerbaijan, a branch of the Russian state news agency, was closed.",
    )
    assert got["Azerbaijani media"] == "AZEMED"
    assert got["Azerbaijan Airlines"] == "AZEBUS"
    assert got["Ethnic Azerbaijanis"] == "AZECVL"
    assert got["Sputnik Azerbaijan"] == "RUSMED"
    assert got["Russian state news agency"] == "RUSMED"


def test_title_decides_for_a_garbled_name(stage):
    found = mentions(stage, "Russian Deputy Prime Minister Alexei Ovechkin cancelled the trip.")
    assert found[0].code == "RUSGOV"
    assert found[0].kind == "person"
    assert found[0].text == "Russian Deputy Prime Minister Alexei Ovechkin"


def test_international_organisations(stage):
    got = codes(stage, "The UN, the OSCE, NATO and the European Union met the IMF.")
    assert got == {
        "UN": "IGOUNO",
        "OSCE": "IGOOSC",
        "NATO": "IGONAT",
        "European Union": "IGOEU",
        "IMF": "IGOIMF",
    }


def test_agent_without_country_is_left_for_context(stage):
    found = mentions(stage, "The ministry said that the embassy had closed.")
    assert [(m.code, m.country) for m in found] == [("GOV", None), ("GOV", None)]


def test_terms_that_need_a_country_are_not_actors_alone(stage):
    assert codes(stage, "He spoke at a press conference.") == {}


def test_officeholders_by_surname_and_date(stage):
    assert codes(stage, "Putin called Aliyev.") == {"Putin": "RUSGOV", "Aliyev": "AZEGOV"}
    found = mentions(stage, "Aliyev said.", date="2001-05-01")
    assert (found[0].code, found[0].name) == ("AZEGOV", "Heydar Aliyev")
    found = mentions(stage, "Aliyev said.", date="2010-05-01")
    assert (found[0].code, found[0].name) == ("AZEGOV", "Ilham Aliyev")


def test_same_name_codes_differently_by_year(stage):
    assert codes(stage, "Netanyahu spoke.", date="2015-01-01") == {"Netanyahu": "ISRGOV"}
    assert codes(stage, "Netanyahu spoke.", date="2022-01-01") == {"Netanyahu": "ISROPP"}
    # Out of office at the date: an elite of the same country.
    assert codes(stage, "Theresa May spoke.", date="2024-01-01") == {"Theresa May": "GBRELI"}


def test_transliteration_variants(stage):
    for spelling in ("Zakharowa", "Zaharova", "Zakharova"):
        found = mentions(stage, f"{spelling} said the talks failed.")
        assert [(m.code, m.name) for m in found] == [("RUSGOV", "Maria Zakharova")], spelling
    got = codes(stage, "Aliev met Mustafaev and Sergei Lavrov.")
    assert got == {"Aliev": "AZEGOV", "Mustafaev": "AZEGOV", "Sergei Lavrov": "RUSGOV"}


def test_title_with_known_name_takes_its_country(stage):
    got = codes(stage, "Foreign Ministry spokeswoman Maria Zakharova and President Erdogan spoke.")
    assert got["Foreign Ministry spokeswoman Maria Zakharova"] == "RUSGOV"
    assert got["President Erdogan"] == "TURGOV"


def test_igo_officers(stage):
    got = codes(stage, "UN Secretary-General Antonio Guterres met NATO chief Mark Rutte.")
    assert got == {
        "UN Secretary-General Antonio Guterres": "IGOUNO",
        "NATO chief Mark Rutte": "IGONAT",
    }


def test_prefixed_adjective_is_an_attitude_not_an_actor(stage):
    got = codes(stage, "The anti-Russian campaign harmed Russian-Azerbaijani ties.")
    assert got == {"Russian": "RUS", "Azerbaijani": "AZE"}
    assert [m.start_char for m in mentions(stage, "The anti-Russian campaign.")] == []


def test_common_words_are_not_people(stage):
    assert codes(stage, "Straw was cut in May and Hunt was over.") == {}


def test_user_dictionary_adds_actors_and_people(tmp_path):
    extra = tmp_path / "mine.tsv"
    extra.write_text(
        "code\tform\tphrase\nAZEMED\tagent\tCaliber.az\n\n# a second table in another file below\n",
        encoding="utf-8",
    )
    people = tmp_path / "people.tsv"
    people.write_text(
        "code\toffice\tname\tfrom\tto\tvariants\n"
        "AZEGOV\tother\tElchin Amirbayov\t2019-01-01\t\tAmirbeyov\n",
        encoding="utf-8",
    )
    roles = tmp_path / "roles.tsv"
    roles.write_text("role\tphrase\nJUD\tombudsman\n", encoding="utf-8")
    custom = ActorStage(CoderConfig(dicts=[extra, people, roles]))
    got = codes(custom, "Caliber.az quoted Amirbeyov and the Georgian ombudsman.")
    assert got == {
        "Caliber.az": "AZEMED",
        "Amirbeyov": "AZEGOV",
        "Georgian ombudsman": "GEOJUD",
    }


def test_bad_user_dictionary_is_one_clear_error(tmp_path):
    from dyadwatch.errors import InputError

    bad = tmp_path / "bad.tsv"
    bad.write_text("code\tform\tphrase\nRUSGOV\tplanet\tMars\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown form"):
        ActorStage(CoderConfig(dicts=[bad]))
    with pytest.raises(InputError, match="cannot read"):
        ActorStage(CoderConfig(dicts=[tmp_path / "missing.tsv"]))


def test_coordinated_countries_share_the_agent(stage):
    got = codes(stage, "Senior Hungarian and Romanian officials agreed.")
    assert got == {"Hungarian": "HUNGOV", "Romanian officials": "ROUGOV"}


def test_title_words_between_country_and_title(stage):
    got = codes(stage, "Taiwan's Vice Foreign Minister met the Russian Agriculture Minister.")
    assert got == {
        "Taiwan's Vice Foreign Minister": "TWNGOV",
        "Russian Agriculture Minister": "RUSGOV",
    }


def test_country_after_title_and_name(stage):
    found = mentions(stage, "King Hassan of Morocco spoke.", date="1995-01-01")
    assert [(m.text, m.code) for m in found] == [("King Hassan of Morocco", "MARGOV")]


def test_place_gives_the_country_of_non_state_agents(stage):
    got = codes(stage, "Police in Baku detained rebels in the Ivory Coast and the embassy in Baku.")
    assert got["Police in Baku"] == "AZECOP"
    assert got["rebels in the Ivory Coast"] == "CIVREB"
    assert got["embassy"] == "GOV"  # an embassy in Baku is usually a foreign one
    assert got["Baku"] == "AZE"


def test_possessor_gives_its_country(stage):
    got = codes(stage, "Putin's spokesman denied it.")
    assert got == {"Putin": "RUSGOV", "spokesman": "RUSGOV"}


def test_titled_names_from_phoenix_before_2016(stage):
    got = codes(stage, "President Bouteflika met President Omar Hassan al-Bashir.", "2005-01-01")
    assert got == {
        "President Bouteflika": "DZAGOV",
        "President Omar Hassan al-Bashir": "SDNGOV",
    }


def test_first_name_must_fit_a_surname_match(stage):
    # Not Pakistan's spokesman Zahid Hafeez Chaudhri: the first name does not fit.
    found = mentions(stage, "Prime Minister Mahendra Chaudhry resigned.", date="2000-05-01")
    assert found[0].country != "PAK"


def test_terms_needing_a_country_may_title_a_name(stage):
    got = codes(stage, "General Michel Aoun refused. The general public agreed.", "1990-01-01")
    assert got == {"General Michel Aoun": "LBNMIL"}


def test_dated_organisation(stage):
    assert codes(stage, "The Taliban said so.", date="2010-01-01") == {"Taliban": "AFGREB"}
    assert codes(stage, "The Taliban said so.", date="2023-01-01") == {"Taliban": "AFGGOV"}


def test_bad_officeholder_dates_are_refused(tmp_path):
    from dyadwatch.errors import InputError

    bad = tmp_path / "people.tsv"
    bad.write_text("code\toffice\tname\tfrom\tto\nRUSGOV\tother\tIvan\tlast year\t\n")
    with pytest.raises(InputError, match="not YYYY"):
        ActorStage(CoderConfig(dicts=[bad]))


def test_user_dictionary_overrides_a_builtin_meaning(tmp_path):
    recode = tmp_path / "kosovo.tsv"
    recode.write_text("code\tform\tphrase\nKOS\tname\tKosovo\nKOS\tadjective\tKosovo\n")
    custom = ActorStage(CoderConfig(dicts=[recode]))
    got = codes(custom, "Kosovo police detained two men in Kosovo.")
    assert got == {"Kosovo police": "KOSCOP", "Kosovo": "KOS"}


def test_city_places_a_non_state_agent(stage):
    got = codes(stage, "The court in Grodno jailed him after police in Yekaterinburg called.")
    assert got == {"court in Grodno": "BLRJUD", "police in Yekaterinburg": "RUSCOP"}


def test_user_officeholders_come_before_builtin_ones(tmp_path):
    people = tmp_path / "people.tsv"
    people.write_text("code\toffice\tname\tfrom\tto\nUKRGOV\tother\tSergey Lavrov\t2020\t2030\n")
    custom = ActorStage(CoderConfig(dicts=[people]))
    assert codes(custom, "Lavrov spoke.") == {"Lavrov": "UKRGOV"}
    assert codes(custom, "Putin spoke.") == {"Putin": "RUSGOV"}  # built-in people still known


def test_untrusted_text_never_breaks_offsets(stage):
    """Odd input (control characters, mixed scripts, stray quotes and hyphens) gives mentions
    whose offsets still point at their text, or none; never an exception."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    pieces = st.sampled_from(
        [
            "Russia",
            "the Kremlin",
            "'s",
            "-",
            "anti",
            "Aliyev",
            "Zakharowa",
            "Foreign Ministry",
            "of",
            "in",
            "Baku",
            "President",
            "\u200b",
            "\n\n",
            "«",
            "»",
            "U.S.",
            "al-",
            "May",
            "é",
        ]
    )
    texts = st.lists(st.one_of(pieces, st.text(max_size=8)), max_size=25).map(" ".join)

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(texts)
    def check(text):
        mentions(stage, text)  # asserts exact offsets and in-span heads

    check()


def test_places_hiding_a_country_name_are_not_actors(stage):
    got = codes(stage, "Chinese ships sailed in the South China Sea and the Gulf of Mexico.")
    assert got == {"Chinese": "CHN"}


def test_former_officeholders_are_elites(stage):
    got = codes(
        stage,
        "Former President Donald Trump met the ex-Russian ambassador in late May.",
        "2023-06-01",
    )
    assert got == {"Former President Donald Trump": "USAELI", "ex-Russian ambassador": "RUSELI"}
