"""The pages' files, read once from the package: nothing else is ever served from disk.

Only the files named here exist for the server; a request for any other name is a 404,
and no folder is ever listed.
"""

from wargame.resources import SERVER_STATIC

FILES = {
    "index.html": "text/html",
    "team.html": "text/html",
    "white.html": "text/html",
    "room.css": "text/css",
    "common.js": "text/javascript",
    "team.js": "text/javascript",
    "white.js": "text/javascript",
}

PAGES: dict[str, tuple[bytes, str]] = {
    name: ((SERVER_STATIC / name).read_bytes(), kind) for name, kind in FILES.items()
}
"""File name -> (its bytes, its content type)."""
