"""CHECKER_PLACES: a newsroom's own places, compared like the built-in ones. Each run is a fresh
process: added places stay for the life of the process."""

import json
import textwrap

import pytest

from tests.fresh import ROOT, fresh_python, run_python

CLAIMS = {"articles": [{"id": "a", "published": "2024-05-08"}, {"id": "b", "published": "2024-05-08"}],
          "claims": [{"article": article, "id": f"{article}-1", "statement": text, "quote": text, "location": town,
                      "date": "الثلاثاء"}
                     for article, town in (("a", "غدامس"), ("b", "بنغازي"))
                     for text in [f"وقال وزير الداخلية النيجري إن 12 شخصا قتلوا في اشتباكات في {town} يوم الثلاثاء"]]}

PLACES = """
[cities.ghadames]
name = "Ghadames"
arabic = ["غدامس"]
country = "LY"

[cities.niamey]
name = "Niamey"
arabic = ["نيامي"]
country = "NE"

[countries.NE]
name = "Niger"
arabic = ["النيجر"]
nisba = ["نيجري"]
adjectives = ["nigerien"]
capital = "niamey"
"""


def check(tmp_path, places: str | None):
    claims = tmp_path / "claims.json"
    claims.write_text(json.dumps(CLAIMS, ensure_ascii=False), encoding="utf-8")
    env = {"CHECKER_PLACES": None}
    if places is not None:
        (tmp_path / "places.toml").write_text(places, encoding="utf-8")
        env["CHECKER_PLACES"] = str(tmp_path / "places.toml")
    return run_python(["-m", "checker.cli", "--claims", str(claims), "-f", "json", "-q"], env=env)


def test_a_town_of_the_file_is_compared(tmp_path):
    # Ghadames is in neither the table nor the gazetteer (a town of fewer than 15,000 people)
    assert json.loads(check(tmp_path, None).stdout)["contradictions"] == []
    done = check(tmp_path, PLACES)
    assert done.returncode == 0, done.stderr.decode()
    (finding,) = json.loads(done.stdout)["contradictions"]
    assert finding["kind"] == "location"
    assert {s["article"]: s["value"] for s in finding["sides"]} == {"a": "غدامس", "b": "بنغازي"}


def test_a_country_of_the_file_comes_with_its_capital_and_adjective(tmp_path):
    (tmp_path / "places.toml").write_text(PLACES, encoding="utf-8")
    printed = fresh_python("""
        import sys
        from pathlib import Path
        from checker.normalise.places import country_of_adjective, lookup_place
        from checker.normalise.places_file import add_places_file
        before = lookup_place("the Nigerien capital")  # "النيجرية" is read from the gazetteer's "النيجر"
        print(before, add_places_file(Path(sys.argv[1])), lookup_place("the Nigerien capital").id,
              lookup_place("النيجر").id, country_of_adjective("nigerien"))
    """, str(tmp_path / "places.toml"))
    assert printed.split() == ["None", "3", "niamey", "NE", "NE"]


@pytest.mark.parametrize(("places", "said"), [
    ('[cities.x]\nname = "X"\ncountry = "ZZ"\n', "city 'x': no country 'ZZ'"),
    ('[countries.NE]\nname = "Niger"\ncapital = "No Such Town"\n', "country 'NE': its capital 'No Such Town' is no known city"),
    ('[cities.x]\nnam = "X"\ncountry = "LY"\n', "cities.x.name: Field required"),
    ('[cities.x\n', "not TOML"),
])
def test_a_bad_file_is_a_usage_error_naming_the_entry(tmp_path, places, said):
    done = check(tmp_path, places)
    assert done.returncode == 2
    assert f"check: CHECKER_PLACES: {tmp_path / 'places.toml'}: " in done.stderr.decode()
    assert said in done.stderr.decode()


def test_the_documented_example_is_a_valid_file(tmp_path):
    readme = (ROOT / "docs" / "design.md").read_text(encoding="utf-8")
    example = readme.split("adds its own beat's places")[1].split("```toml\n")[1].split("```")[0]
    (tmp_path / "places.toml").write_text(textwrap.dedent(example), encoding="utf-8")
    printed = fresh_python("""
        import sys
        from pathlib import Path
        from checker.normalise.places import lookup_place
        from checker.normalise.places_file import add_places_file
        print(add_places_file(Path(sys.argv[1])), lookup_place("Tubruq").id, lookup_place("العاصمة النيجرية").id)
    """, str(tmp_path / "places.toml"))
    assert printed.split() == ["3", "tobruk", "niamey"]


def test_a_town_of_the_file_may_be_in_a_country_only_the_gazetteer_knows(tmp_path):
    (tmp_path / "places.toml").write_text('[cities.kakuma]\nname = "Kakuma"\narabic = ["كاكوما"]\ncountry = "KE"\n',
                                          encoding="utf-8")
    printed = fresh_python("""
        import sys
        from pathlib import Path
        from checker.normalise.places import lookup_place, same_place
        from checker.normalise.places_file import add_places_file
        add_places_file(Path(sys.argv[1]))
        print(lookup_place("كاكوما").id, same_place(lookup_place("Kakuma"), lookup_place("Kenya")))
    """, str(tmp_path / "places.toml"))
    assert printed.split() == ["kakuma", "True"]
