"""The scenario model: actors and dates, and a file that holds data and nothing else."""

import datetime as dt

import pytest
from pydantic import ValidationError

from tests.conftest import mini_doc
from wargame.core.enums import Controller, Doctrine, NuclearStatus
from wargame.core.scenario import Actor, Scenario


@pytest.mark.parametrize(
    ("status", "nuclear"),
    [(NuclearStatus.NONE, False), (NuclearStatus.LATENT, True), (NuclearStatus.DECLARED, True)],
)
def test_a_threshold_power_counts_as_nuclear(status, nuclear):
    actor = Actor(id="X", name="X", kind="state", nuclear_status=status)
    assert actor.nuclear is nuclear


def test_an_actor_defaults_to_the_white_cell_and_reciprocity():
    actor = Actor(id="X", name="Xland", kind="state")
    assert actor.controller is Controller.FACILITATOR and actor.team is None
    assert actor.doctrine is Doctrine.RECIPROCITY
    assert actor.variables.military == 50.0 and actor.deterrence == 50.0


def test_a_turn_is_a_number_of_days_from_the_start(mini):
    assert mini.date_of(0) == dt.date(2030, 3, 1)
    assert mini.date_of(31) == dt.date(2030, 4, 1)
    weekly = mini.model_copy(update={"turn_days": 7})
    assert weekly.date_of(2) == dt.date(2030, 3, 15)


def test_the_default_scenario_starts_on_15_january_2024(default_scenario):
    assert default_scenario.date_of(3) == dt.date(2024, 1, 18)
    assert len(default_scenario.history) <= default_scenario.turns


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d.update(script="print('hello')"),  # unknown top-level field
        lambda d: d["actors"][0].update(on_load="x"),  # unknown actor field
        lambda d: d["actors"][0].update(id="A-B"),  # ids never hold a '-' (pair keys do)
        lambda d: d.update(actors=d["actors"][:1]),  # a crisis needs two actors
        lambda d: d["actors"][0].update(deterrence=101),  # meters are 0-100
        lambda d: d["relations"][0].update(strength=0),  # a link has some strength
        lambda d: d.update(turn_days=0),
    ],
    ids=["field", "actor field", "pair id", "one actor", "meter", "strength", "turn length"],
)
def test_only_data_within_its_bounds_is_accepted(edit):
    doc = mini_doc()
    edit(doc)
    with pytest.raises(ValidationError):
        Scenario.model_validate(doc)


def test_a_scenario_cannot_change_once_read(mini):
    with pytest.raises(ValidationError):
        mini.turns = 3
    with pytest.raises(ValidationError):
        mini.actors[0].name = "Somewhere else"
