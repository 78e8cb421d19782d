"""Ids and provenance in words: what the room reads instead of the engine's ids.

The core keeps ids in its records (``IRN``, ``strike_militant_camps``, the pair key
``IRN-PAK``, the grievance ``IRN<JAA``) and builds the causes of its provenance records from
them (``"PAK strike_militant_camps -> BLA"``, ``"inject deployment_news"``); saves and other
code depend on those strings, so they stay as they are. :class:`Wording` turns them into the
scenario's names, labels and titles for the log, the turn narrative, the "why did this
move?" answers, the report and the projector. A cause in a format it does not know passes
through unchanged.
"""

import re

from wargame.core.enums import Controller
from wargame.core.events import WHITE_CELL, Change
from wargame.core.world import World
from wargame.i18n import N_, _, ngettext
from wargame.session.session import Session

DASH = " – "
"""Between the two names of a pair, as the meters and the projector show it."""

DOCTRINES = {
    "reciprocity": N_("reciprocity"),
    "hawk": N_("hawk"),
    "dove": N_("dove"),
    "tit_for_tat": N_("tit for tat"),
}
"""Bot doctrines in words."""

METERS = {
    "escalation": N_("escalation"),
    "deterrence": N_("deterrence"),
    "global": N_("global escalation"),
    "ledger": N_("grievance"),
    "status": N_("relations"),
    "flag": N_("flag"),
    "military": N_("military"),
    "economy": N_("economy"),
    "stability": N_("stability"),
    "standing": N_("standing"),
    "pressure": N_("pressure"),
}
"""Meters and actor variables in words."""

ACTOR_FLAGS = {
    "mediation": N_("mediation offered by {0}"),
    "mediation_accepted": N_("{0} accepted mediation"),
    "airspace_closed": N_("airspace of {0} closed"),
}
"""Flags about one actor (``name:ACTOR``), in words."""

PAIR_FLAGS = {
    "talks": N_("talks between {0}"),
    "trade_closed": N_("trade closed between {0}"),
    "treaty_suspended": N_("treaty suspended between {0}"),
    "visits_suspended": N_("visits suspended between {0}"),
    "security_cooperation": N_("security cooperation between {0}"),
}
"""Flags about a pair (``name:A-B``), in words."""

_VIA = re.compile(r"(?P<cause>.+) \(via (?P<sponsor>\S+)'s link\)")
_UNANSWERED = re.compile(r"(?P<offender>\S+) unanswered (?P<days>[0-9.e+-]+) days")
_AGAINST = re.compile(r"against (?P<target>\S+)")
_MOVE = re.compile(r"(?P<actor>\S+) (?P<action>\S+)(?: -> (?P<target>\S+))?")
_MAY_NOT = re.compile(r"(?P<actor>\S+) \(\w+\) may not take (?P<action>\S+)")
_NO_TARGET = re.compile(r"(?P<action>\S+) takes no target")
_BAD_TARGET = re.compile(r"(?P<target>\S+) is not a valid target of (?P<action>\S+) \(\w+\)")
_NEEDS = re.compile(r"(?P<action>\S+) needs (?P<what>.+) \(precondition \d+\)")
_IN_TEXT = re.compile(
    r"flag (?P<flag>\S+) (?P<state>not set|set)"  # a flag condition, as the core explains it
    r"|(?P<token>(?<![\w<>:-])[A-Za-z]\w*(?:[-<>][A-Za-z]\w*)?(?![\w<>-]))"  # maybe an id
)


class Wording:
    """The words of one scenario's ids: actors, actions, injects, pairs, grievances, flags,
    and the causes the engine records.

    Texts are translated when asked for (through :mod:`wargame.i18n`), so one instance
    serves whatever language is installed.
    """

    def __init__(self, world: World) -> None:
        scenario = world.scenario
        self.names: dict[str, str] = {a.id: a.name for a in scenario.actors}
        """Actor id -> display name."""
        self.labels: dict[str, str] = {a.id: a.label for a in world.actions.values()}
        """Action id -> label."""
        self.titles: dict[str, str] = {j.id: j.title for j in scenario.injects}
        """Inject id -> title."""

    # -- ids ----------------------------------------------------------------------------

    def actor(self, actor: str | None) -> str:
        """An actor's name (an unknown id as it is; empty for none)."""
        if not actor:
            return ""
        return self.names.get(actor, actor)

    def action(self, action: str | None) -> str:
        """An action's label (an unknown id as it is; empty for none)."""
        if not action:
            return ""
        return self.labels.get(action, action)

    def inject(self, inject: str) -> str:
        """An inject's title (an unknown id as it is)."""
        return self.titles.get(inject, inject)

    def pair(self, key: str) -> str:
        """A pair key (``IRN-PAK``) as two names: "Iran – Pakistan"."""
        a, sep, b = key.partition("-")
        if not sep or a not in self.names or b not in self.names:
            return key
        return self.actor(a) + DASH + self.actor(b)

    def pair_of(self, a: str, b: str) -> str:
        """The pair of two actors, in the order given."""
        return self.actor(a) + DASH + self.actor(b)

    def grievance(self, subject: str) -> str:
        """A ledger subject (``VICTIM<OFFENDER``): "Iran's grievance against Jaish al-Adl"."""
        victim, sep, offender = subject.partition("<")
        if not sep or victim not in self.names or offender not in self.names:
            return subject
        return _("{0}'s grievance against {1}").format(self.actor(victim), self.actor(offender))

    def flag(self, name: str) -> str:
        """A flag (``mediation:CHN``, ``talks:IRN-PAK``, ``redline:IRN>PAK``) in words."""
        kind, sep, arg = name.partition(":")
        if not sep:
            return kind.replace("_", " ")
        if kind == "redline" and ">" in arg:
            declarer, _sep, target = arg.partition(">")
            return _("{0}'s red line against {1}").format(self.actor(declarer), self.actor(target))
        if kind in ACTOR_FLAGS and arg in self.names:
            return _(ACTOR_FLAGS[kind]).format(self.actor(arg))
        if kind in PAIR_FLAGS and self.pair(arg) != arg:
            return _(PAIR_FLAGS[kind]).format(self.pair(arg))
        return _("{0} ({1})").format(kind.replace("_", " "), self._token(arg))

    def meter(self, meter: str) -> str:
        """A meter or actor variable in words."""
        known = METERS.get(meter)
        return _(known) if known is not None else meter.replace("_", " ")

    def subject(self, meter: str, subject: str) -> str:
        """The subject of a provenance record in words: a pair, a grievance, a flag, an actor
        (``*``, the whole region, is global escalation)."""
        match meter:
            case "escalation" | "status":
                return self.pair(subject)
            case "ledger":
                return self.grievance(subject)
            case "flag":
                return self.flag(subject)
            case "global":
                return _("global escalation")
            case _:
                return self.actor(subject)

    def doctrine(self, doctrine: str | None) -> str:
        """A bot doctrine in words ("tit for tat")."""
        if not doctrine:
            return ""
        known = DOCTRINES.get(doctrine)
        return _(known) if known is not None else doctrine.replace("_", " ")

    def controller(self, controller: Controller, who: str | None) -> str:
        """Who plays an actor: a team's name, the White cell, or a bot and its doctrine."""
        match controller:
            case Controller.PLAYER:
                return who or _("a player team")
            case Controller.FACILITATOR:
                return _("White cell")
            case Controller.BOT:
                return _("bot ({0})").format(self.doctrine(who)) if who else _("bot")

    @staticmethod
    def team(team: str) -> str:
        """A team's name; the White cell's own PIN entry as "the White cell"."""
        return _("the White cell") if team == WHITE_CELL else team

    def move(self, actor: str, action: str, target: str | None) -> str:
        """A move in words: "Pakistan: Strike militant camps across the border → Baloch
        separatists"."""
        if target:
            return _("{0}: {1} → {2}").format(
                self.actor(actor), self.action(action), self.actor(target)
            )
        return _("{0}: {1}").format(self.actor(actor), self.action(action))

    # -- provenance -----------------------------------------------------------------------

    def cause(self, cause: Change | str) -> str:
        """The cause of a provenance record in words (empty stays empty; a format this module
        does not know passes through unchanged)."""
        if isinstance(cause, Change):
            if cause.rule == "void":
                return self.void(cause.cause)
            text = cause.cause
        else:
            text = cause
        if not text:
            return ""
        if text.startswith("override: "):
            return _("override: {0}").format(text[len("override: ") :])
        if text.startswith("inject ") and text[len("inject ") :] in self.titles:
            return _("inject: {0}").format(self.inject(text[len("inject ") :]))
        for pattern, render in (
            (_VIA, self._via),
            (_UNANSWERED, self._unanswered),
            (_AGAINST, self._against),
            (_MOVE, self._move),
        ):
            m = pattern.fullmatch(text)
            words = render(m) if m is not None else None
            if words is not None:
                return words
        if text in self.labels:
            return self.action(text)  # a ruling's record names the action it ruled on
        return text

    def _via(self, m: re.Match[str]) -> str | None:
        sponsor = m["sponsor"]
        if sponsor not in self.names:
            return None
        return _("{0} (through {1}'s link to the group)").format(
            self.cause(m["cause"]), self.actor(sponsor)
        )

    def _unanswered(self, m: re.Match[str]) -> str | None:
        offender = m["offender"]
        try:
            days = float(m["days"])
        except ValueError:
            return None
        if offender not in self.names:
            return None
        return ngettext(
            "{0} left unanswered for {1:g} day", "{0} left unanswered for {1:g} days", round(days)
        ).format(self.actor(offender), days)

    def _against(self, m: re.Match[str]) -> str | None:
        target = m["target"]
        return _("against {0}").format(self.actor(target)) if target in self.names else None

    def _move(self, m: re.Match[str]) -> str | None:
        actor, action, target = m["actor"], m["action"], m["target"]
        if actor not in self.names or action not in self.labels:
            return None
        if target is not None and target not in self.names:
            return None
        return self.move(actor, action, target)

    def void(self, reason: str) -> str:
        """Why a move was void at resolution (the engine's legality message) in words."""
        if m := _MAY_NOT.fullmatch(reason):
            return _("{0} may not take “{1}”").format(
                self.actor(m["actor"]), self.action(m["action"])
            )
        if m := _NO_TARGET.fullmatch(reason):
            return _("“{0}” takes no target").format(self.action(m["action"]))
        if m := _BAD_TARGET.fullmatch(reason):
            return _("{0} is not a valid target of “{1}”").format(
                self.actor(m["target"]), self.action(m["action"])
            )
        if m := _NEEDS.fullmatch(reason):
            return _("“{0}” needs {1}").format(self.action(m["action"]), self.text(m["what"]))
        return self.text(reason)

    def text(self, text: str) -> str:
        """A message of the engine with every id in it put in words: flags, pairs,
        grievances, actions and actors."""

        def words(m: re.Match[str]) -> str:
            if m["token"] is not None:
                return self._token(m["token"])
            flag = self.flag(m["flag"])
            if m["state"] == "set":
                return _("“{0}” in force").format(flag)
            return _("“{0}” not in force").format(flag)

        return _IN_TEXT.sub(words, text)

    def _token(self, token: str) -> str:
        """One id (actor, action, pair, grievance or red line) in words; others as they are."""
        if token in self.names:
            return self.actor(token)
        if token in self.labels:
            return self.action(token)
        if "-" in token:
            return self.pair(token)
        if "<" in token:
            return self.grievance(token)
        if ">" in token:
            declarer, _sep, target = token.partition(">")
            if declarer in self.names and target in self.names:
                return self.pair_of(declarer, target)
        return token


def wording(session: Session) -> Wording:
    """The words of the session's scenario (made once per scenario compiled)."""
    world = session.engine.world
    found = world.cache.get("wording")
    if not isinstance(found, Wording):
        found = world.cache["wording"] = Wording(world)
    return found
