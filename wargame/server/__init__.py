"""The session server: players' devices join a session over the room's network.

Qt-free. It sits above ``session`` and ``analysis`` and below ``ui``: the console starts
it on a worker thread, ``wargame serve`` runs it headless. Whatever runs it, one thread
mutates the session (the *session thread*): the server reaches the session only through a
:class:`~wargame.server.host.Host`, and reads come from immutable snapshots the session
thread publishes after every change.
"""
