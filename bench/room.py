"""`make bench`, the room: players' devices loading the console's session server.

The console (a real MainWindow, offscreen) serves the default scenario to eight teams on
loopback. A second process runs the load with aiohttp: half of ``clients`` poll their
team's view, half hold its live stream, and each team submits and withdraws a move in a
loop. Meanwhile the console keeps changing a meter and times each redraw. Printed: the p95
request latency, the failed requests, and the console's meter update p95 under that load.
"""

import asyncio
import multiprocessing
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from PySide6.QtCore import QCoreApplication, QEventLoop

from wargame.core.enums import Controller
from wargame.core.events import ControlAssigned, Override
from wargame.session.headless import fire_due_injects
from wargame.session.operations import advance
from wargame.session.session import Session
from wargame.storage.files import load_scenario
from wargame.ui.files import Autosaver
from wargame.ui.mainwindow import MainWindow

SECONDS = float(os.environ.get("BENCH_ROOM_SECONDS", "60"))
"""How long the load runs (the issue's figure is for 60 s; shorter for a quick look)."""
CADENCE = float(os.environ.get("BENCH_ROOM_CADENCE", "1.0"))
"""Seconds between a team's changes: a submission, then its withdrawal, and again. Eight
teams at 1 s make eight changes a second, far above a real turn's pace (a team makes a
few moves in a phase of minutes); every change is autosaved and pushed to every page."""


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(int(0.95 * len(ordered)) - 1, 0)] if ordered else float("nan")


async def _load(
    port: int, tokens: list[str], teams: list[str], seconds: float, clients: int, cadence: float
):
    base = f"http://127.0.0.1:{port}"
    end = time.monotonic() + seconds
    latencies: list[float] = []
    failed: list[str] = []
    streamed = [0]
    counter = [0]

    def rid() -> str:
        counter[0] += 1
        return f"bench-{os.getpid()}-{counter[0]:08d}"

    async def timed(http, method: str, path: str, token: str, body=None) -> Any:
        start = time.perf_counter()
        try:
            async with http.request(
                method, base + path, json=body, headers={"Authorization": f"Bearer {token}"}
            ) as reply:
                data = await reply.json()
                if reply.status != 200:
                    failed.append(f"{method} {path}: {reply.status} {data}")
                return data
        except Exception as exc:  # counted, never hidden
            failed.append(f"{method} {path}: {type(exc).__name__} {exc}")
            return None
        finally:
            latencies.append(time.perf_counter() - start)

    async def poller(http, token: str) -> None:
        while time.monotonic() < end:
            await timed(http, "GET", "/api/view", token)
            await asyncio.sleep(0.25)

    async def streamer(http, token: str) -> None:
        try:
            async with http.get(
                base + "/api/stream", headers={"Authorization": f"Bearer {token}"}
            ) as reply:
                if reply.status != 200:
                    failed.append(f"stream: {reply.status}")
                    return
                while time.monotonic() < end:
                    line = await asyncio.wait_for(reply.content.readline(), end - time.monotonic())
                    if not line:
                        failed.append("stream: closed by the server")
                        return
                    if line.startswith(b"data: "):
                        streamed[0] += 1
        except TimeoutError:
            pass
        except Exception as exc:
            failed.append(f"stream: {type(exc).__name__} {exc}")

    async def team(http, token: str) -> None:
        view = await timed(http, "GET", "/api/view", token)
        actor = view["actors"][0]
        action = next(a for a in actor["actions"] if a["targets"])
        move = {"actor": actor["id"], "action": action["id"], "target": action["targets"][0]["id"]}
        while time.monotonic() < end:
            await timed(http, "POST", "/api/submit", token, {"request_id": rid(), **move})
            await asyncio.sleep(cadence)
            view = await timed(http, "GET", "/api/view", token)
            if view and view["own_moves"]:
                own = view["own_moves"][-1]
                body = {"request_id": rid(), "index": own["index"], **own["ids"]}
                await timed(http, "POST", "/api/withdraw", token, body)
            await asyncio.sleep(cadence)

    connector = aiohttp.TCPConnector(limit=0)
    timeout = aiohttp.ClientTimeout(total=None, sock_read=None)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as http:
        jobs = [poller(http, tokens[i % len(tokens)]) for i in range(clients // 2)]
        jobs += [streamer(http, tokens[i % len(tokens)]) for i in range(clients - clients // 2)]
        jobs += [team(http, token) for token in tokens[: len(teams)]]
        await asyncio.gather(*jobs)
    return latencies, failed, streamed[0]


def _client(port, tokens, teams, seconds, clients, cadence, out) -> None:
    out.put(asyncio.run(_load(port, tokens, teams, seconds, clients, cadence)))


def bench_room(
    seconds: float = SECONDS, clients: int = 50, cadence: float = CADENCE
) -> dict[str, float]:
    """The figures of the room's load test (the QApplication must exist)."""
    scenario = load_scenario(
        Path(__file__).resolve().parent.parent / "assets" / "scenarios" / "iran_pakistan_2024.json"
    )
    session = Session(scenario, 0)
    for actor in scenario.actors:  # eight teams, one actor each
        session.dispatch(ControlAssigned(actor.id, Controller.PLAYER, f"Team {actor.name}"))
    fire_due_injects(session)
    advance(session)
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(session, Autosaver(Path(tmp)))
        window.show()
        window.room.start("127.0.0.1", 0)
        links = [link for link in window.room.links() if link.team is not None]
        tokens = [urlsplit(link.url).fragment for link in links]
        teams = [str(link.team) for link in links]
        context = multiprocessing.get_context("spawn")
        results = context.Queue()
        proc = context.Process(
            target=_client,
            args=(window.room.port, tokens, teams, seconds, clients, cadence, results),
        )
        proc.start()
        updates: list[float] = []
        k = 0
        got = None
        while got is None:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            k += 1
            if k % 5 == 0:  # a meter change about every 100 ms, timed to its redraw
                event = Override("escalation", float(20 + k % 50), "bench", dyad=("IRN", "PAK"))
                start = time.perf_counter()
                session.dispatch(event)
                QCoreApplication.processEvents()
                updates.append(time.perf_counter() - start)
            try:
                got = results.get_nowait()
            except Exception:  # nothing yet
                time.sleep(0.005)
        proc.join()
        latencies, failed, streamed = got
        window.room.stop()
        window.mark_saved()
        window.close()
    return {
        "room_seconds": seconds,
        "room_clients": clients,
        "room_teams": len(teams),
        "room_team_change_every_s": cadence,
        "room_events_in_log": len(session.log),
        "room_requests": len(latencies),
        "room_failed_requests": len(failed),
        "room_streamed_views": streamed,
        "room_request_ms_p95": round(_p95(latencies) * 1e3, 2),
        "room_request_ms_median": round(statistics.median(latencies) * 1e3, 2),
        "room_meter_update_ms_p95": round(_p95(updates) * 1e3, 2),
        **({"room_first_failure": failed[0]} if failed else {}),
    }


if __name__ == "__main__":
    import json
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from PySide6.QtCore import QStandardPaths

    from wargame.ui.app import init_application

    QStandardPaths.setTestModeEnabled(True)
    init_application([])
    print(json.dumps(bench_room()))
