import csv

import pytest

from foistats.areas import all_areas, ancestors, forces_in, resolve_area
from foistats.errors import AreaError

from .conftest import shared_path

REGION_OR_NATION = {"west midlands": "west-midlands-region", "northern ireland": "northern-ireland"}


def _reference_rows():
    with open(shared_path("reference", "police_forces.csv"), newline="") as f:
        return list(csv.DictReader(f))


def _expected_id(row):
    if row["name"] == "Police Service of Scotland":
        return "police-scotland"
    if row["name"] == "Police Service of Northern Ireland":
        return "psni"
    return row["police_uk_id"] or {"Ministry of Defence Police": "ministry-of-defence",
                                    "Civil Nuclear Constabulary": "civil-nuclear"}[row["name"]]


def test_every_force_of_the_reference_file_is_there():
    rows = _reference_rows()
    areas = all_areas()
    for row in rows:
        area = areas[_expected_id(row)]
        assert area.name == row["name"] and area.level == "force"
        assert area.ons_code == row["ons_code"]
        assert area.territorial == row["territorial"].startswith("yes")
    assert sum(1 for r in rows if r["territorial"].startswith("yes") or r["short_name"] == "BTP") == 46


def test_every_alias_in_the_reference_file_resolves_to_its_id():
    for row in _reference_rows():
        for spelling in [row["name"], row["short_name"], *row["aliases"].split(";")]:
            expected = REGION_OR_NATION.get(spelling.lower(), _expected_id(row))
            assert resolve_area(spelling).id == expected, spelling


@pytest.mark.parametrize(
    "spelling, area_id",
    [
        ("Dyfed Powys", "dyfed-powys"), ("dyfed–powys police", "dyfed-powys"), ("DYFED-POWYS", "dyfed-powys"),
        ("Gwent Police", "gwent"), ("gwent", "gwent"), ("Heddlu Gwent", "gwent"),
        ("the Met", "metropolitan"), ("Metropolitan Police Service", "metropolitan"),
        ("Avon & Somerset", "avon-and-somerset"), ("Avon and Somerset Constabulary", "avon-and-somerset"),
        ("Hampshire Constabulary", "hampshire"), ("West Midlands Police", "west-midlands"),
        ("West Midlands", "west-midlands-region"), ("South West", "south-west-region"),
        ("Wales", "wales"), ("Scotland", "scotland"), ("Police Scotland", "police-scotland"),
        ("Northern Ireland", "northern-ireland"), ("PSNI", "psni"), ("the UK", "uk"),
        ("England and Wales", "england-and-wales"), ("England & Wales", "england-and-wales"),
        ("States of Jersey Police", "jersey"), ("Isle of Man Constabulary", "isle-of-man"),
        ("Guernsey", "guernsey"), ("Durham Police Service", "durham"), ("North Wales Constabulary", "north-wales"),
    ],
)
def test_spellings_in_the_wild(spelling, area_id):
    assert resolve_area(spelling).id == area_id


def test_unknown_name_names_the_closest_ids():
    with pytest.raises(AreaError, match="dyfed-powys"):
        resolve_area("Dyfed Pwys")
    with pytest.raises(AreaError, match="not a known police force"):
        resolve_area("Atlantis Constabulary")


def test_parents_add_up_to_the_uk():
    assert ancestors("gwent") == ["wales", "england-and-wales", "uk"]
    assert ancestors("avon-and-somerset") == ["south-west-region", "england", "england-and-wales", "uk"]
    assert ancestors("police-scotland") == ["scotland", "uk"]
    assert ancestors("btp") == []
    assert ancestors("jersey") == []
    assert [a.id for a in forces_in("wales")] == ["dyfed-powys", "gwent", "north-wales", "south-wales"]
    assert len(forces_in("england")) == 39
    assert len(forces_in("uk")) == 45  # 43 in England and Wales, Police Scotland, PSNI; not BTP


def test_regions_and_nations():
    levels = [a.level for a in all_areas().values()]
    assert levels.count("region") == 9 and levels.count("nation") == 4
    assert all(a.id.endswith("-region") for a in all_areas().values() if a.level == "region")
