"""Resolution of moves under the crisis principles: responsibility along host and patron
links, harm against harm, settlement by words or deeds, denial, defence, directed history.

The first tests use the synthetic scenario with the shared catalogue (as facilitators' files
use it): A and B are rivals, C is B's ally, B hosts the group G. The last ones play the same
four actors with the scenario's own small catalogue (``hit``, ``camps``, ``boost``...).
"""

import pytest

from tests.conftest import mini_doc
from tests.core.conftest import resolve, to_orders
from wargame.core.engine import Engine
from wargame.core.enums import Decision, Modifier, Outcome, Phase
from wargame.core.events import MoveAdjudicated, MoveSubmitted, PhaseAdvanced
from wargame.core.resolve import severity
from wargame.storage.files import scenario_from_doc


def scenario(**relation_b_g):
    doc = mini_doc()
    doc["catalogue"] = "standard"
    doc["actions"] = []
    doc["relations"][2].update(relation_b_g)
    return scenario_from_doc(doc)


def play(engine, st, moves):
    """From Injects, submit ``moves`` (actor, action, target, modifiers), accept them all,
    resolve, and come back to the next turn's Injects phase."""
    engine.step(st, PhaseAdvanced())
    for actor, action, target, *mods in moves:
        engine.step(st, MoveSubmitted(actor, action, target, modifiers=tuple(mods)))
    engine.step(st, PhaseAdvanced())
    for i in range(len(moves)):
        engine.step(st, MoveAdjudicated(i, Decision.ACCEPT))
    out = engine.step(st, PhaseAdvanced())
    engine.step(st, PhaseAdvanced())
    engine.step(st, PhaseAdvanced())
    assert st.phase is Phase.INJECTS
    return out


@pytest.mark.parametrize(
    ("modifier", "weight_of"),
    [
        (None, "claimed"),
        (Modifier.SPONSOR_BLAMED, "attributed"),
        (Modifier.SPONSOR_DENIES, "denied"),
    ],
)
def test_a_groups_attack_is_charged_to_its_host_by_strength_and_attribution(modifier, weight_of):
    scn = scenario(strength=0.8)
    eng = Engine(scn)
    st = eng.initial_state(0)
    mods = [modifier] if modifier else []
    play(eng, st, [("G", "militant_attack", "A", *mods)])
    p = scn.params
    share = 0.8 * p.attribution_weight[weight_of]
    _, harm = severity(eng.world, eng.world.actions["militant_attack"], ())
    harm *= p.first_of_kind  # the group never attacked A before
    assert st.ledger[("A", "B")] == pytest.approx(st.ledger[("A", "G")] * share)
    assert st.ledger[("A", "G")] == pytest.approx(harm)
    assert st.escalation["A-B"] > 10.0  # the host's pair moves, although B did nothing


def test_answering_the_group_answers_what_its_host_was_charged():
    eng = Engine(scenario())
    st = eng.initial_state(0)
    play(eng, st, [("G", "militant_attack", "A", Modifier.SPONSOR_BLAMED)])
    assert st.ledger[("A", "B")] > 0
    play(eng, st, [("A", "cross_border_raid", "G")])  # on the group, across B's border
    assert ("A", "G") not in st.ledger and ("A", "B") not in st.ledger
    # the raid also violated B's soil: B now has a grievance of its own, as Pakistan had
    assert st.ledger[("B", "A")] > 0


def test_a_reply_on_the_host_answers_the_groups_attack():
    eng = Engine(scenario())
    st = eng.initial_state(0)
    play(eng, st, [("G", "militant_attack", "A", Modifier.SPONSOR_BLAMED)])
    d0 = st.meters["A"]["deterrence"]
    play(eng, st, [("A", "strike_state_forces", "B")])
    assert ("A", "B") not in st.ledger and ("A", "G") not in st.ledger
    assert st.meters["A"]["deterrence"] > d0


def test_denial_takes_the_pair_out_of_the_spiral():
    eng = Engine(scenario())
    st = eng.initial_state(0)
    play(eng, st, [("A", "strike_state_forces", "B")])
    assert st.ledger[("B", "A")] > 0
    play(eng, st, [("B", "deny_being_struck", "A")])
    assert ("B", "A") not in st.ledger
    for _ in range(20):
        play(eng, st, [])
    assert st.meters["B"]["deterrence"] == pytest.approx(50.0, abs=1e-6)  # no credibility lost


def test_words_settle_nothing_retortions_settle_a_share():
    eng = Engine(scenario())
    st = eng.initial_state(0)
    play(eng, st, [("A", "strike_state_forces", "B")])
    owed = st.ledger[("B", "A")]
    play(eng, st, [("B", "threaten_attack", "A"), ("B", "condemn", "A")])
    faded = owed * eng.world.grievance_fade
    assert st.ledger[("B", "A")] == pytest.approx(faded)  # words: only the fading
    play(eng, st, [("B", "sanctions", "A")])
    assert st.ledger[("B", "A")] < faded * eng.world.grievance_fade


def test_helping_to_intercept_is_defence_not_attack():
    eng = Engine(scenario())
    helper = eng.initial_state(0)
    play(
        eng,
        helper,
        [("A", "standoff_strike", "B", Modifier.INTERCEPTED), ("C", "help_intercept", "A")],
    )
    striker = eng.initial_state(0)
    play(
        eng,
        striker,
        [("A", "standoff_strike", "B", Modifier.INTERCEPTED), ("C", "strike_state_forces", "A")],
    )
    assert helper.escalation["A-C"] < striker.escalation["A-C"]
    assert ("A", "C") not in helper.ledger  # helping to intercept harms no one


def test_first_of_its_kind_depends_on_who_did_what_to_whom():
    eng = Engine(scenario())
    st = eng.initial_state(0)
    st.max_rung[("B", "A")] = 9  # B has struck A before; A never struck B
    out = play(eng, st, [("A", "strike_state_forces", "B")])
    first = next(c for c in out if c.meter == "escalation" and c.rule == "impulse").amount
    out = play(eng, st, [("B", "strike_state_forces", "A")])
    again = next(c for c in out if c.meter == "escalation" and c.rule == "impulse").amount
    assert first == pytest.approx(again * eng.world.params.first_of_kind)


def test_a_violent_act_raises_the_dyad_and_opens_a_grievance(mini):
    eng = Engine(mini)
    st = eng.initial_state(0)
    p = mini.params
    changes = resolve(eng, st, [("A", "hit", "B")])
    s = p.category_points["violent_escalation"] * 1.0 * p.first_of_kind
    assert st.ledger[("B", "A")] == pytest.approx(s)
    # no decay in a violent turn; the open grievance adds kappa x s
    assert st.escalation["A-B"] == pytest.approx(10.0 + s + p.kappa * s)
    rules = {c.rule for c in changes if c.subject == "A-B"}
    assert {"impulse", "ledger_pressure"} <= rules


def test_third_party_aligned_with_the_victim_turns_on_the_attacker(mini):
    eng = Engine(mini)
    st = eng.initial_state(0)
    resolve(eng, st, [("A", "hit", "B")])
    assert st.escalation["A-C"] > 0.0  # C is B's ally
    third = mini.params.tau * mini.params.category_points["violent_escalation"] * 1.5
    # A-C has no violence of its own: it decays after the third-party push
    assert st.escalation["A-C"] < third


def test_strike_on_a_hosted_group_also_violates_the_host(mini):
    eng = Engine(mini)
    st = eng.initial_state(0)
    resolve(eng, st, [("A", "camps", "G")])
    assert ("G", "A") in st.ledger and ("B", "A") in st.ledger
    share = mini.params.territorial_share
    assert st.ledger[("B", "A")] == pytest.approx(st.ledger[("G", "A")] * share)


def test_modifiers_scale_the_impulse(mini):
    eng = Engine(mini)
    plain = eng.initial_state(0)
    resolve(eng, plain, [("A", "hit", "B")])
    civ = eng.initial_state(0)
    to_orders(eng, civ)
    eng.step(civ, MoveSubmitted("A", "hit", "B", modifiers=(Modifier.CIVILIAN_CASUALTIES,)))
    eng.step(civ, PhaseAdvanced())
    eng.step(civ, MoveAdjudicated(0, Decision.ACCEPT))
    eng.step(civ, PhaseAdvanced())
    ratio = civ.ledger[("B", "A")] / plain.ledger[("B", "A")]
    assert ratio == pytest.approx(mini.params.civilian_casualties)


def test_failure_scales_effects_to_nothing(mini):
    eng = Engine(mini)
    st = eng.initial_state(0)
    resolve(eng, st, [("A", "boost", None)], Decision.SET, Outcome.FAILURE)
    assert st.meters["A"]["economy"] == 50.0
    st2 = eng.initial_state(0)
    resolve(eng, st2, [("A", "boost", None)], Decision.SET, Outcome.PARTIAL)
    assert st2.meters["A"]["economy"] == pytest.approx(55.0)
