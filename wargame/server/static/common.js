// What the team and White-cell pages share: the link's token, requests, the live view
// and the room's public picture. Texts from the server are always set as text, never HTML.
"use strict";

const room = {
  token: decodeURIComponent(window.location.hash.slice(1)),
  version: -1,
  stopped: false,
};

function el(tag, attrs, children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "text") node.textContent = value;
    else if (key === "class") node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children || []) if (child) node.appendChild(child);
  return node;
}

let sayTimer = null;

// What a tap did, at the foot of the screen; good news fades after a while.
function say(text, kind) {
  const box = document.getElementById("message");
  box.textContent = text || "";
  box.className = "message" + (kind ? " " + kind : "");
  clearTimeout(sayTimer);
  if (text && kind !== "error") sayTimer = setTimeout(() => say("", ""), 6000);
}

function linkState(text, kind) {
  const pill = document.getElementById("link-state");
  pill.textContent = text;
  pill.className = "pill" + (kind ? " " + kind : "");
}

function requestId() {
  const bytes = new Uint8Array(16);
  window.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

async function api(path, body) {
  const init = { headers: { Authorization: "Bearer " + room.token }, cache: "no-store" };
  if (body !== undefined) {
    init.method = "POST";
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (err) {
    return { ok: false, status: 0, data: { error: "the session server cannot be reached: check the Wi-Fi" } };
  }
  let data = {};
  try {
    data = await response.json();
  } catch (err) {
    data = { error: "the server's answer could not be read" };
  }
  return { ok: response.ok, status: response.status, data: data };
}

// Send a change; say what happened. Returns whether it was taken.
async function act(path, body) {
  const result = await api(path, Object.assign({ request_id: requestId() }, body || {}));
  say(result.ok ? result.data.message : result.data.error, result.ok ? "ok" : "error");
  return result.ok;
}

function stopWith(text) {
  room.stopped = true;
  linkState("not connected", "bad");
  document.body.classList.add("stopped");  // nothing left to show but the message
  say(text, "error");
}

// Follow the view: a stream of server-sent events read through fetch (so the token goes
// in a header), with a poll and a growing pause whenever the stream drops.
async function follow(onView) {
  if (!room.token) {
    stopWith("This page needs the link the White cell gave you (it ends with # and a code).");
    return;
  }
  let pause = 1000;
  while (!room.stopped) {
    try {
      const response = await fetch("/api/stream", {
        headers: { Authorization: "Bearer " + room.token },
        cache: "no-store",
      });
      if (response.status === 401 || response.status === 403) {
        const data = await response.json().catch(() => ({}));
        stopWith(data.error || "This link is not valid any more.");
        return;
      }
      if (!response.ok || !response.body) throw new Error("stream refused");
      linkState("live", "good");
      pause = 1000;
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let cut;
        while ((cut = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          if (block.startsWith("event: revoked")) {
            stopWith("This link was revoked: ask the White cell for the new one.");
            return;
          }
          if (block.startsWith("event: gone")) {
            stopWith("Your team has no actors in this session now: ask the White cell.");
            return;
          }
          if (block.startsWith("data: ")) {
            const view = JSON.parse(block.slice(6));
            room.version = view.version;
            onView(view);
          }
        }
      }
    } catch (err) {
      // dropped: fall through to a poll, then try the stream again
    }
    if (room.stopped) return;
    linkState("reconnecting…", "warn");
    const polled = await api("/api/view");
    if (polled.ok) onView(polled.data);
    else if (polled.status === 401 || polled.status === 403) {
      stopWith(polled.data.error);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
    pause = Math.min(pause * 2, 10000);
  }
}

function bar(value, baseline) {
  const track = el("span", { class: "track", "aria-hidden": "true" });
  const fill = el("span", { class: "fill" });
  fill.style.width = Math.max(0, Math.min(100, value)) + "%";
  track.appendChild(fill);
  if (baseline !== undefined) {
    const mark = el("span", { class: "mark" });
    mark.style.left = Math.max(0, Math.min(100, baseline)) + "%";
    track.appendChild(mark);
  }
  return track;
}

// The public picture: turn, date, phase, the gauge, the hottest pairs, who has submitted,
// and the narrative in Review.
function renderPicture(pub) {
  const box = document.getElementById("picture");
  box.replaceChildren();
  box.appendChild(el("p", { class: "when", text: "Turn " + pub.turn + " · " + pub.date_label }));
  box.appendChild(el("p", { class: "phase", text: pub.phase_label + " phase" }));
  const gauge = el("div", { class: "gauge", role: "meter", "aria-valuemin": "0", "aria-valuemax": "100",
    "aria-valuenow": String(pub.gauge.value), "aria-label": "Global escalation" }, [
    el("span", { class: "label", text: "Global escalation " + pub.gauge.value.toFixed(1) + " — " + pub.gauge.band }),
    bar(pub.gauge.value),
  ]);
  box.appendChild(gauge);
  const pairs = el("ul", { class: "pairs", "aria-label": "The hottest pairs" });
  for (const pair of pub.hottest) {
    pairs.appendChild(el("li", {}, [
      el("span", { class: "label", text: pair.pair }),
      bar(pair.value, pair.baseline),
      el("span", { class: "value", text: pair.value.toFixed(1) }),
    ]));
  }
  box.appendChild(pairs);
  if (pub.phase === "orders" && pub.teams.length) {
    const status = pub.teams.map((t) => t.name + (t.submitted ? " ✔ submitted" : ": waiting"));
    box.appendChild(el("p", { class: "teams", text: "Sealed orders — " + status.join(" · ") }));
  }
  if (pub.news.length) {
    const news = el("section", { class: "news", "aria-label": "Today's news" }, [
      el("h2", { text: "Today's news" }),
    ]);
    for (const item of pub.news) {
      news.appendChild(el("article", { class: "card" }, [
        el("h3", { text: item.title }),
        item.text ? el("p", { class: "prose", text: item.text }) : null,
      ]));
    }
    box.appendChild(news);
  }
  if (pub.narrative) box.appendChild(el("p", { class: "narrative prose", text: pub.narrative }));
  if (pub.blocked) box.appendChild(el("p", { class: "message warn", text: "On hold: " + pub.blocked }));
}
