#!/usr/bin/env python3
"""Draws the walkthrough's diagrams (media/walkthrough/*.svg).

They use VS Code's theme colours (the walkthrough page defines the --vscode-* variables) with
fallbacks, so they read in light, dark and high-contrast themes. Run: python3 scripts/walkthrough-media.py
"""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "media", "walkthrough")
W, H = 600, 300

FONT = "var(--vscode-font-family, -apple-system, 'Segoe UI', sans-serif)"
MONO = "var(--vscode-editor-font-family, Menlo, Consolas, monospace)"
FG = "var(--vscode-foreground, #8b8b8b)"
BORDER = "var(--vscode-widget-border, #8b8b8b80)"

# Presentation attributes, not a <style> block: the walkthrough inlines the SVG under a strict
# Content-Security-Policy that drops <style>, while var() in attributes follows the theme.
CLASSES = {
    "": f'fill="{FG}" font-family="{FONT}" font-size="13"',
    "muted": f'fill="var(--vscode-descriptionForeground, #8b8b8b)" font-family="{FONT}" font-size="12"',
    "title": f'fill="{FG}" font-family="{FONT}" font-size="15" font-weight="600"',
    "mono": f'fill="{FG}" font-family="{MONO}" font-size="12"',
    "lane": f'fill="none" stroke="{BORDER}" stroke-dasharray="3 3"',
    "run": 'fill="var(--vscode-charts-blue, #1a85ff)"',
    "run2": 'fill="var(--vscode-charts-purple, #9b59d0)"',
    "run3": 'fill="var(--vscode-charts-green, #388a34)"',
    "wait": 'fill="var(--vscode-charts-yellow, #bf8803)" fill-opacity="0.45"',
    "bad": f'fill="var(--vscode-errorForeground, #e51400)" font-family="{FONT}" font-size="13" font-weight="600"',
    "good": f'fill="var(--vscode-charts-green, #388a34)" font-family="{FONT}" font-size="13" font-weight="600"',
    "box": f'fill="var(--vscode-editorWidget-background, #8b8b8b20)" stroke="{BORDER}"',
    "gil": 'fill="var(--vscode-charts-orange, #d18616)"',
    "line": f'stroke="{FG}" stroke-width="1.2" fill="none"',
}



def svg(name, title, body):
    text = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" role="img" aria-label="{title}">\n'
        f"<title>{title}</title>\n{body}\n</svg>\n"
    )
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)


def t(x, y, s, cls="", anchor="start"):
    return f'<text x="{x}" y="{y}" {CLASSES[cls]} text-anchor="{anchor}">{s}</text>'


def rect(x, y, w, h, cls, rx=3):
    return f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="{rx}" {CLASSES[cls]}/>'


def lanes(x0, y0, names, length, gap=34):
    out = []
    for i, n in enumerate(names):
        y = y0 + i * gap
        out.append(t(x0 - 8, y + 15, n, "muted", "end"))
        out.append(f'<line x1="{x0}" y1="{y + 10}" x2="{x0 + length}" y2="{y + 10}" {CLASSES["lane"]}/>')
    return out


def arrow_defs():
    return (
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
        '<path d="M0,0 L10,5 L0,10 z" fill="var(--vscode-charts-orange, #d18616)"/></marker></defs>'
    )


def gil_handoff():
    body = [t(20, 28, "One GIL: threads take turns running Python", "title")]
    body += lanes(110, 60, ["thread 1", "thread 2", "thread 3"], 380)
    turns = [(0, 0, 70), (1, 70, 60), (2, 130, 50), (0, 180, 70), (1, 250, 40), (2, 290, 90)]
    cls = ["run", "run2", "run3"]
    for lane, start, w in turns:
        body.append(rect(110 + start, 60 + lane * 34, w - 2, 20, cls[lane]))
        body.append(t(110 + start + 4, 60 + lane * 34 + 14, "GIL", "mono") if w > 45 else "")
    body.append(t(110, 190, "time →", "muted"))
    body.append(t(20, 225, "A coloured bar is a thread holding the GIL and running bytecode; the others wait."))
    body.append(t(20, 247, "It is handed over when the holder blocks (I/O, sleep, a lock) or after the switch"))
    body.append(t(20, 269, "interval (sys.getswitchinterval(), 5 ms by default). Free-threaded builds have no GIL.", ""))
    svg("gil-handoff.svg", "Threads taking turns holding the GIL", "\n".join(body))


def refcount():
    body = [arrow_defs(), t(20, 28, "Every reference changes a count inside the object", "title")]
    for i, name in enumerate(["data", "alias", "box[0]", "box[1]"]):
        y = 60 + i * 42
        body.append(rect(30, y, 90, 28, "box"))
        body.append(t(75, y + 19, name, "mono", "middle"))
        body.append(f'<line x1="122" y1="{y + 14}" x2="286" y2="{130 + i * 6}" {CLASSES["line"]} marker-end="url(#arrow)"/>')
    body.append(rect(290, 95, 290, 90, "box", 6))
    body.append(t(435, 122, "object", "muted", "middle"))
    body.append(t(435, 148, "ob_refcnt = 4 (getrefcount shows 5)", "mono", "middle"))
    body.append(t(435, 170, "freed when it reaches 0", "muted", "middle"))
    body.append(t(20, 250, "Two threads changing one count at once could lose a change: a freed object still in use."))
    body.append(t(20, 272, "The GIL makes all such changes safe at once; free-threaded builds need other means."))
    svg("refcount.svg", "References to one object and its reference count", "\n".join(body))


def cpu_threads():
    body = [t(20, 28, "CPU-bound: 2 calls of cpu_bound()", "title")]
    x0 = 150
    body.append(t(x0 - 8, 70, "serial", "muted", "end"))
    body += [rect(x0, 56, 140, 20, "run"), rect(x0 + 142, 56, 140, 20, "run2")]
    body.append(t(x0 + 290, 70, "≈ 2 units", "muted"))
    body.append(t(20, 110, "threads, GIL", "muted"))
    for i, (s, w) in enumerate([(0, 40), (40, 40), (80, 50), (130, 40), (170, 50), (220, 62)]):
        lane = i % 2
        body.append(rect(x0 + s, 96 + lane * 26, w - 2, 20, "run" if lane == 0 else "run2"))
    body.append(t(x0 + 290, 125, "≈ 2 units: turns", "muted"))
    body.append(t(20, 190, "threads, no GIL", "muted"))
    body += [rect(x0, 176, 150, 20, "run"), rect(x0, 202, 150, 20, "run2")]
    body.append(t(x0 + 160, 205, "≈ 1 unit on 2 cores (3.13t, 3.14t)", "muted"))
    body.append(t(20, 262, "With the GIL the threads' CPU time adds up to the wall time: no speedup."))
    body.append(t(20, 284, "GIL Lab measures both, per thread, and draws this timeline for your function."))
    svg("cpu-threads.svg", "Serial and threaded timelines for CPU-bound work", "\n".join(body))


def io_threads():
    body = [t(20, 28, "I/O-bound: 4 calls of fetch(), each waiting 0.2 s", "title")]
    x0 = 110
    body.append(t(x0 - 8, 70, "serial", "muted", "end"))
    for i in range(4):
        body.append(rect(x0 + i * 95, 56, 6, 20, "run"))
        body.append(rect(x0 + i * 95 + 6, 56, 86, 20, "wait"))
    for i in range(4):
        y = 110 + i * 26
        body.append(t(x0 - 8, y + 14, f"thread {i + 1}", "muted", "end"))
        body.append(rect(x0 + i * 2, y, 6, 20, "run"))
        body.append(rect(x0 + i * 2 + 6, y, 86, 20, "wait"))
    body.append(t(x0 + 110, 160, "the waits overlap: ≈ one wait in total", "muted"))
    body.append(rect(20, 232, 12, 12, "run") + t(38, 243, "running Python (holds the GIL)", "muted"))
    body.append(rect(270, 232, 12, 12, "wait") + t(288, 243, "waiting on a socket (GIL released)", "muted"))
    body.append(t(20, 280, "No internet needed: the sample's own local server answers slowly on purpose."))
    svg("io-threads.svg", "Waits overlapping in I/O-bound threads", "\n".join(body))


def race():
    body = [t(20, 28, "counter += 1 is read, add, write: a lost update", "title")]
    rows = [
        ("thread 1", "read counter → 41", 0),
        ("thread 1", "add 1 → 42", 0),
        ("thread 2", "read counter → 41", 1),
        ("thread 2", "add 1 → 42", 1),
        ("thread 2", "write counter = 42", 1),
        ("thread 1", "write counter = 42", 0),
    ]
    for i, (who, what, lane) in enumerate(rows):
        y = 50 + i * 28
        x = 30 if lane == 0 else 305
        body.append(rect(x, y, 260, 22, "box"))
        body.append(rect(x, y, 5, 22, "run" if lane == 0 else "run2", 1))
        body.append(t(x + 12, y + 15, f"{who}: {what}", "mono"))
    body.append(t(40, 234, "Two increments ran, the counter went up by one.", ""))
    body.append(t(40, 256, "With the GIL (3.10+) the tight loop happens not to switch mid-statement;", "muted"))
    body.append(t(40, 276, "a call between read and write, 3.9, or no GIL, and updates are lost.", "muted"))
    body.append(t(565, 234, "42, not 43", "bad", "end"))
    svg("race.svg", "Two threads interleaving read, add and write of a counter", "\n".join(body))


def cpu_pitfall():
    body = [t(20, 28, "A thread per request: fine for waits, not for computing", "title")]
    x0 = 110
    cls = ["run", "run2", "run3", "run"]
    for i in range(4):
        y = 50 + i * 30
        body.append(t(x0 - 8, y + 14, f"request {i + 1}", "muted", "end"))
    slot = 0
    for k in range(12):
        lane = k % 4
        body.append(rect(x0 + slot, 50 + lane * 30, 28, 20, cls[lane]))
        slot += 30
    body.append(t(x0, 190, "make_thumbnail() in 4 threads: one runs at a time, the rest queue for the GIL.", "muted"))
    body.append(t(20, 240, "More threads do not add cores. Throughput stays that of one core,"))
    body.append(t(20, 262, "and every hand-over of the GIL costs a little on top."))
    svg("cpu-pitfall.svg", "CPU-bound request threads queueing for the GIL", "\n".join(body))


def processes():
    body = [arrow_defs(), t(20, 28, "One interpreter and one GIL per process", "title")]
    body.append(rect(20, 60, 140, 70, "box", 6) + t(90, 85, "main process", "", "middle") + t(90, 108, "pool.map(cpu_bound)", "mono", "middle"))
    for i in range(2):
        y = 45 + i * 90
        body.append(rect(300, y, 200, 75, "box", 6))
        body.append(t(400, y + 20, f"worker process {i + 1}", "", "middle"))
        body.append(rect(316, y + 32, 40, 20, "gil") + t(336, y + 46, "GIL", "mono", "middle"))
        body.append(rect(362, y + 32, 124, 20, "run" if i == 0 else "run2"))
        body.append(t(424, y + 68, f"runs on core {i + 1}", "muted", "middle"))
        body.append(f'<line x1="162" y1="95" x2="296" y2="{y + 37}" {CLASSES["line"]} marker-end="url(#arrow)"/>')
    body.append(t(200, 78, "pickled call", "muted"))
    body.append(t(20, 250, "Processes compute in parallel. The price: starting them, and pickling the"))
    body.append(t(20, 272, "function (top level only), its arguments and its result between processes."))
    svg("processes.svg", "A process pool with one GIL per process", "\n".join(body))


def lock():
    body = [t(20, 28, "with balance_lock: read, add and write as one step", "title")]
    rows = [
        ("thread 1", "acquire lock", 0, "run"),
        ("thread 1", "read 41, add, write 42", 0, "run"),
        ("thread 2", "waits for the lock…", 1, "wait"),
        ("thread 1", "release lock", 0, "run"),
        ("thread 2", "read 42, add, write 43", 1, "run2"),
    ]
    for i, (who, what, lane, cls) in enumerate(rows):
        y = 50 + i * 30
        x = 30 if lane == 0 else 305
        body.append(rect(x, y, 260, 24, "box"))
        body.append(rect(x, y, 5, 24, cls, 1))
        body.append(t(x + 12, y + 16, f"{who}: {what}", "mono"))
    body.append(t(565, 232, "43 ✓", "good", "end"))
    body.append(t(40, 232, "Every increment counts, with or without a GIL."))
    body.append(t(40, 256, "GIL Lab's quick fix adds the lock and the with block for you.", "muted"))
    svg("lock.svg", "Two threads serialised by a lock", "\n".join(body))


def primitives():
    body = [t(20, 28, "Lock, Event, Semaphore, Barrier", "title")]
    panels = [
        ("Lock", "one thread inside at a time", [(0, 0, 60), (1, 62, 60), (2, 124, 60)]),
        ("Event", "one set() releases all waiters", [(0, 90, 94), (1, 90, 94), (2, 90, 94)]),
        ("Semaphore(2)", "at most two inside at once", [(0, 0, 90), (1, 0, 90), (2, 92, 90)]),
        ("Barrier(3)", "go on when all three arrived", [(0, 120, 64), (1, 120, 64), (2, 120, 64)]),
    ]
    cls = ["run", "run2", "run3"]
    for p, (name, what, bars) in enumerate(panels):
        x = 20 + (p % 2) * 290
        y = 55 + (p // 2) * 120
        body.append(t(x, y, name, "mono"))
        body.append(t(x + 100, y, what, "muted"))
        for lane, start, w in bars:
            if start:
                body.append(rect(x + 40, y + 10 + lane * 24, start - 2, 18, "wait"))
            body.append(rect(x + 40 + start, y + 10 + lane * 24, w, 18, cls[lane]))
    svg("primitives.svg", "What Lock, Event, Semaphore and Barrier let threads do", "\n".join(body))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for draw in (gil_handoff, refcount, cpu_threads, io_threads, race, cpu_pitfall, processes, lock, primitives):
        draw()
    print("wrote", sorted(os.listdir(OUT)))
