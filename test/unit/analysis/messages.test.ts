/**
 * Shape 6: the messages say exactly what the code does. The read-then-write-back message names where
 * the threads start and speaks of a lock only when the code holds one; several unlocked updates of
 * one state in one function are one finding, with the others as related locations and one fix that
 * guards them all.
 */
import { strict as assert } from 'node:assert';
import type { Parser } from 'web-tree-sitter';
import { createPythonParser } from '../../../src/analysis/parser';
import { analyzeText, applyEdits, pythonAccepts } from './corpusUtil';

describe('finding messages and grouping', function () {
  this.timeout(60_000);
  let parser: Parser;
  before(async () => {
    parser = await createPythonParser();
  });

  const READ_BACK = ['import threading', '', 'stock = 10', '', 'def take():', '    global stock', '    left = stock - 1', '    stock = left', '', 'for _ in range(3):', '    threading.Thread(target=take).start()', ''].join('\n');

  it('a global read into a local and written back: where threads start, the local, no lock it does not have', () => {
    const [f, ...rest] = analyzeText(parser, READ_BACK).findings;
    assert.equal(rest.length, 0);
    assert.equal(
      f.message,
      '`stock` is a module global, and code that runs in threads (threading.Thread at line 11) reads it into `left` at line 7 and writes it back here. Another thread can run between the two (with the GIL the interpreter switches threads between any two steps; without it, threads run at the same time). An update another thread makes in between is then lost. Hold one lock from the read to the write.',
    );
    assert.deepEqual(f.related.map((r) => [r.range.start.line, r.message]), [[10, 'take() runs in threads started here (threading.Thread at line 11)']]);
    const fixed = applyEdits(READ_BACK, f.fix!.edits);
    assert.match(fixed, /^stock_lock = threading\.Lock\(\)$/m);
    assert.match(fixed, / {4}with stock_lock:\n {8}left = stock - 1\n {8}stock = left\n/);
    assert.deepEqual(analyzeText(parser, fixed).findings, []);
  });

  it('says which side holds a lock when only one does', () => {
    const text = READ_BACK.replace('stock = 10', 'stock = 10\nguard = threading.Lock()').replace('    stock = left', '    with guard:\n        stock = left');
    const [f] = analyzeText(parser, text).findings;
    assert.match(f.message, /reads it into `left` at line 8 and writes it back here \(only the write holds a lock\)\. /);
    assert.equal(f.fix, undefined, 'wrapping it in the same lock again would deadlock');
  });

  it('several unlocked updates of one state in one function: one finding, the others related, one fix for all', () => {
    const text = ['import threading', '', 'open_files = 0', '', 'def handle(path):', '    global open_files', '    open_files += 1', '    try:', '        print(path)', '    finally:', '        open_files -= 1', '', 'for p in ("a", "b"):', '    threading.Thread(target=handle, args=(p,)).start()', ''].join('\n');
    const { findings } = analyzeText(parser, text);
    assert.equal(findings.length, 1, findings.map((f) => f.message).join('\n'));
    const [f] = findings;
    assert.equal(f.range.start.line, 6);
    assert.match(f.message, / This function also updates `open_files` without a lock at line 11\.$/);
    assert.deepEqual(f.related.map((r) => [r.range.start.line, r.message]), [
      [10, '`open_files` is also updated here without a lock'],
      [13, 'handle() runs in threads started here (threading.Thread at line 14)'],
    ]);
    assert.equal(f.fix?.title, 'Create `open_files_lock = threading.Lock()` and guard the 2 updates with it');
    const fixed = applyEdits(text, f.fix.edits);
    assert.match(fixed, / {4}with open_files_lock:\n {8}open_files \+= 1\n/);
    assert.match(fixed, / {8}with open_files_lock:\n {12}open_files -= 1\n/);
    assert.deepEqual(pythonAccepts([fixed]), [true]);
    assert.deepEqual(analyzeText(parser, fixed).findings, []);
  });

  it('different states in one function stay separate findings', () => {
    const text = ['import threading', '', 'hits = 0', 'misses = 0', '', 'def look(found):', '    global hits, misses', '    if found:', '        hits += 1', '    else:', '        misses += 1', '', 'for f in (True, False):', '    threading.Thread(target=look, args=(f,)).start()', ''].join('\n');
    assert.deepEqual(analyzeText(parser, text).findings.map((f) => f.subject), ['hits', 'misses']);
  });

  it('a read through a getter written back through a setter: names the read, the setter, and gives advice, not a fix', () => {
    const text = ['import threading', '', 'totals = {}', '', 'def get_total(name):', '    return totals.get(name, 0)', '', 'def set_total(name, value):', '    totals[name] = value', '', 'def add(name):', '    seen = get_total(name)', '    set_total(name, seen + 1)', '', 'for _ in range(3):', '    threading.Thread(target=add, args=("a",)).start()', ''].join('\n');
    const [f, ...rest] = analyzeText(parser, text).findings;
    assert.equal(rest.length, 0);
    assert.equal(f.range.start.line, 12);
    assert.match(f.message, /^`totals\[name\]` is an item of the module-level container `totals`, and code that runs in threads \(threading\.Thread at line 16\) reads it into `seen` at line 12 and writes it back here through `set_total`\. /);
    assert.match(f.message, /a lock the getter and setter do not take themselves, or an RLock/);
    assert.equal(f.fix, undefined, 'a lock around the calls could be one the accessors take themselves');
    // The same two calls with one lock around both: nothing to report.
    const locked = text.replace('totals = {}', 'totals = {}\nguard = threading.Lock()').replace('    seen = get_total(name)\n    set_total(name, seen + 1)', '    with guard:\n        seen = get_total(name)\n        set_total(name, seen + 1)');
    assert.deepEqual(analyzeText(parser, locked).findings, []);
  });

  it('another object changed under this object\'s lock: names both locks and the method\'s own update', () => {
    const text = ['import threading', '', 'class Box:', '    def __init__(self):', '        self.n = 0', '        self.lock = threading.Lock()', '', '    def give(self, other):', '        with self.lock:', '            self.n -= 1', '            other.n += 1', '', 'a, b = Box(), Box()', 'for _ in range(3):', '    threading.Thread(target=a.give, args=(b,)).start()', ''].join('\n');
    const [f, ...rest] = analyzeText(parser, text).findings;
    assert.equal(rest.length, 0);
    assert.equal(f.range.start.line, 10);
    assert.match(f.message, /^`other\.n` is an attribute of `other`, another object of this kind, changed by code that runs in threads \(threading\.Thread at line 15\) while it holds `self\.lock`, this object's lock, not `other\.lock`\. This method changes `self\.n` under `self\.lock`/);
    assert.equal(f.fix, undefined);
    assert.deepEqual(analyzeText(parser, text.replace('with self.lock:', 'with self.lock, other.lock:')).findings, []);
  });

  it('GIL004 for a removal: what fails, and `d.pop(k, None)` in one step where the `if` holds only the `del`', () => {
    const text = ['import threading', '', 'rooms = {}', '', 'def leave(name):', '    if name in rooms:', '        del rooms[name]', '', 'for n in ("a", "a"):', '    threading.Thread(target=leave, args=(n,)).start()', ''].join('\n');
    const [f, ...rest] = analyzeText(parser, text).findings;
    assert.equal(rest.length, 0);
    assert.equal(f.code, 'GIL004');
    assert.match(f.message, /^`rooms\[name\]` is an item of the module-level container `rooms`, and code that runs in threads \(threading\.Thread at line 10\) finds an item in it here and removes it at line 7 with no lock over both: two threads can both find the item, and the second removal fails \(ValueError for a list, KeyError for a dict or a set\)/);
    assert.equal(f.fix?.title, 'Replace the test and the removal with `rooms.pop(name, None)` (one step)');
    const fixed = applyEdits(text, f.fix!.edits);
    assert.match(fixed, /^ {4}rooms\.pop\(name, None\)$/m);
    assert.deepEqual(analyzeText(parser, fixed).findings, []);
    // A list has no one-step removal: the fix holds a lock over the test and the removal.
    const list = text.replace('rooms = {}', 'rooms = []').replace('        del rooms[name]', '        rooms.remove(name)');
    const [g] = analyzeText(parser, list).findings;
    assert.match(g.fix!.title, /over the test and the removal/);
    assert.deepEqual(analyzeText(parser, applyEdits(list, g.fix!.edits)).findings, []);
  });

  describe('GIL004 check-then-act', () => {
    const start = ['', 'for _ in range(2):', '    threading.Thread(target=work).start()', ''];

    it('a missing key: says what two threads can do; setdefault replaces a plain value in one step', () => {
      const text = ['import threading', '', 'groups = {}', '', 'def work():', '    for name in ("a", "b"):', '        if name not in groups:', '            groups[name] = []', '        groups[name].append(1)', ...start].join('\n');
      const [f, ...rest] = analyzeText(parser, text).findings;
      assert.equal(rest.length, 0);
      assert.equal(f.code, 'GIL004');
      assert.deepEqual([f.range.start.line, f.range.start.character], [6, 11]);
      assert.equal(
        f.message,
        "`groups[name]` is an item of the module-level container `groups`, and code that runs in threads (threading.Thread at line 12) tests it here and sets it at line 8 with no lock over both: two threads can both find the key missing, both compute the value, and the later one overwrites the first one's (work done twice, and a caller may keep a value the dict no longer holds). Use `dict.setdefault` when the value is cheap to make, or hold one lock over the test and the set.",
      );
      assert.equal(f.fix?.title, 'Replace the test and the set with `groups.setdefault(name, [])` (one step)');
      const fixed = applyEdits(text, f.fix.edits);
      assert.match(fixed, /for name in \("a", "b"\):\n {8}groups\.setdefault\(name, \[\]\)\n {8}groups\[name\]\.append\(1\)\n/);
      assert.deepEqual(pythonAccepts([fixed]), [true]);
      assert.deepEqual(analyzeText(parser, fixed).findings, []);
    });

    it('a value that is computed gets a lock over the test and the set (setdefault would compute it every time)', () => {
      const text = ['import threading', '', 'cache = {}', '', 'def work():', '    if "k" not in cache:', '        cache["k"] = sum(range(10))', ...start].join('\n');
      const [f] = analyzeText(parser, text).findings;
      assert.equal(f.fix?.title, 'Create `cache_lock = threading.Lock()` and hold it over the test and the set');
      const fixed = applyEdits(text, f.fix.edits);
      assert.match(fixed, / {4}with cache_lock:\n {8}if "k" not in cache:\n {12}cache\["k"\] = sum\(range\(10\)\)\n/);
      assert.deepEqual(analyzeText(parser, fixed).findings, []);
    });

    it('two instances: hasattr on a class, and None on self, each say what can happen', () => {
      const single = ['import threading', '', 'class Conf:', '    pass', '', 'def work():', '    if not hasattr(Conf, "_it"):', '        Conf._it = Conf()', ...start].join('\n');
      assert.match(analyzeText(parser, single).findings[0].message, /: two threads can both find it missing and both create it, so two instances exist and callers may get different ones\. Hold one lock over the test and the creation\.$/);
      const lazy = ['import threading', '', 'class Db:', '    def __init__(self):', '        self.conn = None', '', '    def query(self):', '        if self.conn is None:', '            self.conn = object()', '', 'db = Db()', 'for _ in range(2):', '    threading.Thread(target=db.query).start()', ''].join('\n');
      const [f] = analyzeText(parser, lazy).findings;
      assert.match(f.message, /^`self\.conn` is an attribute of an object whose method runs in several threads, and code that runs in threads \(threading\.Thread at line 13\) tests it here and sets it at line 9 with no lock over both: two threads can both see it unset \(or not ready\) and both create it;/);
      assert.equal(f.fix?.title, 'Create `self._lock = threading.Lock()` in __init__ and hold it over the test and the set');
    });

    it('no finding under a lock, with double-checked locking, on a threading.local, or in code no thread runs', () => {
      const base = ['import threading', '', 'lock = threading.Lock()', 'cache = {}', 'local = threading.local()', ''];
      const cases = [
        ['def work():', '    with lock:', '        if 1 not in cache:', '            cache[1] = 2'],
        ['def work():', '    if 1 not in cache:', '        with lock:', '            if 1 not in cache:', '                cache[1] = 2'],
        ['def work():', '    if not hasattr(local, "s"):', '        local.s = 1'],
      ];
      for (const body of cases) assert.deepEqual(analyzeText(parser, [...base, ...body, ...start].join('\n')).findings, [], body.join('\n'));
      assert.deepEqual(analyzeText(parser, [...base, 'def setup():', '    if 1 not in cache:', '        cache[1] = 2', '', 'def work():', '    pass', ...start].join('\n')).findings, []);
    });

    const CLAIM = ['import threading', '', 'done = set()', '', 'def crawl(seen, page):', '    if page not in seen and len(seen) < 10:  # new?', '        seen.add(page)', '        print(page)', '        crawl(seen, page + 1)', '', 'def work():', '    crawl(done, 0)', '', 'for _ in range(3):', '    threading.Thread(target=work).start()', ''].join('\n');

    it('a set reached through a parameter: both threads pass the test and do the work twice; the lock covers the test and the add only', () => {
      const [f, ...rest] = analyzeText(parser, CLAIM).findings;
      assert.equal(rest.length, 0);
      assert.equal(
        f.message,
        '`seen` is one object handed to every thread that runs this code, and code that runs in threads (threading.Thread at line 15) tests here whether an item is in it and adds it at line 7 with no lock over both: two threads can both find the item missing, both pass the test and both add it, and both then do the work that follows the test, so that work is done twice for one item. Hold one lock over the test and the add (a set or a list has no `setdefault`).',
      );
      assert.equal(f.fix?.title, 'Create `seen_lock = threading.Lock()` and hold it over the test and the add (the work after the add runs outside it)');
      const fixed = applyEdits(CLAIM, f.fix!.edits);
      // The recursive call runs outside the lock: holding a Lock there would wait for itself.
      assert.match(fixed, /\n {4}with seen_lock:\n {8}is_new = page not in seen and len\(seen\) < 10\n {8}if is_new: {2}# new\?\n {12}seen\.add\(page\)\n {4}if is_new:\n {8}print\(page\)\n {8}crawl\(seen, page \+ 1\)\n/);
      assert.deepEqual(analyzeText(parser, fixed).findings, []);
      assert.deepEqual(pythonAccepts([fixed]), [true]);
    });

    const GUARD = ['import threading', '', 'sent = []', '', 'def send(msg):', '    if msg in sent:', '        return', '    print("sending", msg)', '    sent.append(msg)', '', 'for m in "abca":', '    threading.Thread(target=send, args=(m,)).start()', ''].join('\n');

    it('a guard clause (`if x in s: return`) before the add: with work between, the message says to add first and no fix wraps the work', () => {
      const [f, ...rest] = analyzeText(parser, GUARD).findings;
      assert.equal(rest.length, 0);
      assert.equal(f.code, 'GIL004');
      assert.equal(f.range.start.line, 5);
      assert.match(f.message, /^`sent` is a module-level container, .* tests here whether an item is in it and adds it at line 9 with no lock over both: .* Hold one lock over the test and the add, and add the item right after the test, before the work, so the lock is not held while it runs\.$/);
      assert.equal(f.fix, undefined);
    });

    it('a guard clause right before the add: the fix holds one lock over both, and the finding goes', () => {
      const adjacent = GUARD.replace('    print("sending", msg)\n    sent.append(msg)', '    sent.append(msg)\n    print("sending", msg)');
      const [f] = analyzeText(parser, adjacent).findings;
      assert.equal(f?.code, 'GIL004');
      assert.ok(f.fix, 'a fix is offered');
      const fixed = applyEdits(adjacent, f.fix.edits);
      assert.match(fixed, /\n {4}with sent_lock:\n {8}if msg in sent:\n {12}return\n {8}sent\.append\(msg\)\n {4}print\("sending", msg\)\n/);
      assert.deepEqual(analyzeText(parser, fixed).findings, []);
      assert.deepEqual(pythonAccepts([fixed]), [true]);
    });

    it('a size test before append or pop: says what two threads can do, and the fix locks the test with the change', () => {
      const text = ['import threading', '', 'slots = []', '', 'def take(x):', '    if len(slots) < 2:', '        slots.append(x)', '', 'for i in range(4):', '    threading.Thread(target=take, args=(i,)).start()', ''].join('\n');
      const [f, ...rest] = analyzeText(parser, text).findings;
      assert.equal(rest.length, 0);
      assert.equal(f.code, 'GIL004');
      assert.equal(
        f.message,
        '`slots` is a module-level container, and code that runs in threads (threading.Thread at line 10) tests its size here and changes it at line 7 with no lock over both: two threads can both see room (or an item) and both act, so the list grows past its limit or the second takes from a list another thread just emptied (an IndexError). Hold one lock over the test and the change, or use a queue.Queue, which does both in one step.',
      );
      const fixed = applyEdits(text, f.fix!.edits);
      assert.match(fixed, /\n {4}with slots_lock:\n {8}if len\(slots\) < 2:\n {12}slots\.append\(x\)\n/);
      assert.deepEqual(analyzeText(parser, fixed).findings, []);
    });

    it('a queue asked empty() before get(): says the thread can hang (or raise Empty), offers no lock, and the one-step take is clean', () => {
      const text = ['import queue', 'import threading', '', 'jobs = queue.Queue()', '', 'def work():', '    while not jobs.empty():', '        job = jobs.get()', '        print(job)', '', 'for i in range(4):', '    threading.Thread(target=work).start()', ''].join('\n');
      const [f, ...rest] = analyzeText(parser, text).findings;
      assert.equal(rest.length, 0);
      assert.equal(f.code, 'GIL004');
      assert.deepEqual([f.range.start.line, f.range.start.character], [6, 10]);
      assert.match(f.message, /^`jobs` is a module-level queue, .* asks here whether it is empty and takes an item at line 8: another thread can take the last item in between, and this thread's `get\(\)` then waits for an item that never comes, so it hangs/);
      assert.equal(f.fix, undefined, 'a lock around the loop would serialize the workers');
      const nowait = analyzeText(parser, text.replace('jobs.get()', 'jobs.get_nowait()')).findings;
      assert.match(nowait[0]?.message ?? '', /the take then raises `queue\.Empty`/);
      const oneStep = text.replace('    while not jobs.empty():\n        job = jobs.get()', '    while True:\n        try:\n            job = jobs.get_nowait()\n        except queue.Empty:\n            return');
      assert.deepEqual(analyzeText(parser, oneStep).findings, []);
      assert.deepEqual(pythonAccepts([oneStep]), [true]);
    });

    it('a while loop that tests a list then pops: IndexError in the thread that lost, no lock fix', () => {
      const text = ['import threading', '', 'stack = list(range(9))', '', 'def work():', '    while stack:', '        stack.pop()', '', 'for i in range(4):', '    threading.Thread(target=work).start()', ''].join('\n');
      const [f, ...rest] = analyzeText(parser, text).findings;
      assert.equal(rest.length, 0);
      assert.match(f.message, /^`stack` is a module-level container, .* tests in this loop that it is not empty and takes an item at line 7 with no lock over both: another thread can take the last item in between, and then the take raises IndexError/);
      assert.equal(f.fix, undefined);
      const caught = text.replace('        stack.pop()', '        try:\n            stack.pop()\n        except IndexError:\n            break');
      assert.deepEqual(analyzeText(parser, caught).findings, []);
    });

    it('a home-made spin lock: says both threads can take it, and to use a threading.Lock', () => {
      const text = ['import threading', '', 'busy = False', '', 'def work():', '    global busy', '    while busy:', '        pass', '    busy = True', '    busy = False', '', 'for _ in range(3):', '    threading.Thread(target=work).start()', ''].join('\n');
      const [f, ...rest] = analyzeText(parser, text).findings;
      assert.equal(rest.length, 0);
      assert.deepEqual([f.code, f.range.start.line], ['GIL004', 6]);
      assert.match(f.message, /^`busy` is a module global, used as a lock: code that runs in threads \(threading\.Thread at line 13\) waits here until it is free and takes it at line 9, in two steps\. Two threads can both see it free and both take it/);
      assert.match(f.message, /Use a threading\.Lock/);
      assert.equal(f.fix, undefined);
    });

    it('an id re-read after the lock: says two callers can get the same value; the fix returns it inside the with', () => {
      const text = ['import threading', '', 'lock = threading.Lock()', 'last_id = 0', '', 'def next_id():', '    global last_id', '    with lock:', '        last_id += 1', '    return last_id', '', 'for _ in range(3):', '    threading.Thread(target=next_id).start()', ''].join('\n');
      const [f, ...rest] = analyzeText(parser, text).findings;
      assert.equal(rest.length, 0);
      assert.deepEqual([f.code, f.range.start.line], ['GIL004', 9]);
      assert.match(f.message, /changes it under `lock` at line 9, then reads it here, after letting the lock go: another thread can change it in between, so two callers can get the same value/);
      assert.equal(f.fix?.title, 'Return it from inside `with lock:`, while the lock is held');
      const fixed = applyEdits(text, f.fix!.edits);
      assert.match(fixed, /\n {4}with lock:\n {8}last_id \+= 1\n {8}return last_id\n/);
      assert.deepEqual(analyzeText(parser, fixed).findings, []);
      assert.deepEqual(pythonAccepts([fixed]), [true]);
      // A count shown late is not an identity: not flagged.
      assert.deepEqual(analyzeText(parser, text.replace(/last_id/g, 'visits').replace('next_id', 'count_visit').replace('next_id', 'count_visit')).findings, []);
    });

    it('a value read across the lock that changes it: before it, after it in a test, or under a second acquisition; fixes that make one step', () => {
      const lines = ['import threading', '', 'lock = threading.Lock()', 'turn = 0', 'hosts = ["a", "b"]', '', 'def pick():', '    global turn', '    host = hosts[turn]', '    with lock:', '        turn = (turn + 1) % len(hosts)', '    return host', '', 'for _ in range(3):', '    threading.Thread(target=pick).start()', ''];
      const before = lines.join('\n');
      const [b, ...rest] = analyzeText(parser, before).findings;
      assert.equal(rest.length, 0);
      assert.deepEqual([b.code, b.range.start.line], ['GIL004', 8]);
      assert.match(b.message, /reads it here, before taking `lock`, and changes it under the lock at line 11: another thread can change it in between, so two threads can read the same value/);
      assert.equal(b.fix?.title, 'Move the read inside `with lock:`');
      const moved = applyEdits(before, b.fix!.edits);
      assert.match(moved, /\n {4}with lock:\n {8}host = hosts\[turn\]\n {8}turn = \(turn \+ 1\) % len\(hosts\)\n {4}return host\n/);
      assert.deepEqual(analyzeText(parser, moved).findings, []);

      const relock = before.replace('    host = hosts[turn]\n    with lock:\n        turn = (turn + 1) % len(hosts)\n', '    with lock:\n        turn = (turn + 1) % len(hosts)\n    with lock:\n        host = hosts[turn]\n');
      const [r] = analyzeText(parser, relock).findings;
      assert.deepEqual([r.code, r.range.start.line], ['GIL004', 11]);
      assert.match(r.message, /changes it under `lock` at line 10, lets the lock go, and takes it again here to read it: two locked steps are not one/);
      const merged = applyEdits(relock, r.fix!.edits);
      assert.match(merged, /\n {4}with lock:\n {8}turn = \(turn \+ 1\) % len\(hosts\)\n {8}host = hosts\[turn\]\n {4}return host\n/);
      assert.deepEqual(analyzeText(parser, merged).findings, []);
      assert.deepEqual(pythonAccepts([moved, merged]), [true, true]);

      const tested = before.replace('    host = hosts[turn]\n', '').replace('    return host\n', '    if turn == 0:\n        hosts.reverse()\n');
      const [t] = analyzeText(parser, tested).findings;
      assert.deepEqual([t.code, t.range.start.line], ['GIL004', 10]);
      assert.match(t.message, /then tests it here, after letting the lock go: another thread can change it in between, so two threads can both see the value that should be seen once/);
      assert.equal(t.fix, undefined);
      // Only waking waiters after the test is the same done twice: not flagged.
      assert.deepEqual(analyzeText(parser, tested.replace('        hosts.reverse()', '        ready.set()').replace('hosts = ["a", "b"]', 'hosts = ["a", "b"]\nready = threading.Event()')).findings, []);
    });

    it('a reference tested and then used while another thread clears it: says the use can meet None, and the way out through a local; no fix', () => {
      const text = ['import threading', '', 'class Player:', '    def __init__(self):', '        self.track = object()', '', '    def play(self):', '        if self.track is not None:', '            self.track.start()', '', '    def stop(self):', '        self.track = None', '', 'p = Player()', 'threading.Thread(target=p.play).start()', 'threading.Thread(target=p.stop).start()', ''].join('\n');
      const [f, ...rest] = analyzeText(parser, text).findings;
      assert.equal(rest.length, 0);
      assert.deepEqual([f.code, f.range.start.line], ['GIL004', 7]);
      assert.match(f.message, /tests here that it is set and then uses it, with no lock over both, while other thread code sets it to None or deletes it \(line 12\): that can happen between the test and the use/);
      assert.match(f.message, /Take it into a local once \(`x = self\.track`\)/);
      assert.equal(f.fix, undefined);
      // Through a local taken once: nothing to clear between the test and the use.
      const local = text.replace('        if self.track is not None:\n            self.track.start()', '        track = self.track\n        if track is not None:\n            track.start()');
      assert.deepEqual(analyzeText(parser, local).findings, []);
      // Nobody clears it: no finding.
      assert.deepEqual(analyzeText(parser, text.replace('        self.track = None', '        self.track = object()')).findings, []);
    });

    it('a lazy attribute tested through a local copy: flagged in a class that takes its own lock; the fix holds the lock from the copy', () => {
      const text = ['import threading', '', '', 'class Notifier:', '    def __init__(self):', '        self._lock = threading.Lock()', '        self._sent = 0', '        self._session = None', '', '    def notify(self, text):', '        with self._lock:', '            self._sent += 1', '        session = self._session', '        if session is None:', '            session = object()', '            self._session = session', '        return session', ''].join('\n');
      const [f, ...rest] = analyzeText(parser, text).findings;
      assert.equal(rest.length, 0);
      assert.deepEqual([f.code, f.range.start.line], ['GIL004', 13]);
      assert.match(f.message, /^`self\._session` is an attribute of an object whose methods are meant for several threads/);
      assert.match(f.message, /both create it/);
      const fixed = applyEdits(text, f.fix!.edits);
      assert.match(fixed, /\n {8}with self\._lock:\n {12}session = self\._session\n {12}if session is None:\n/);
      assert.deepEqual(analyzeText(parser, fixed).findings, []);
      assert.deepEqual(pythonAccepts([fixed]), [true]);
    });

    it('a loop over a shared list while other threads remove items: the loop can skip one; a copy as the way out', () => {
      const text = ['import threading', '', 'clients = []', '', 'def serve(c):', '    for other in clients:', '        print(other)', '    clients.remove(c)', '', 'for n in range(3):', '    clients.append(n)', '    threading.Thread(target=serve, args=(n,)).start()', ''].join('\n');
      const [f, ...rest] = analyzeText(parser, text).findings;
      assert.equal(rest.length, 0);
      assert.deepEqual([f.code, f.range.start.line], ['GIL004', 5]);
      assert.match(f.message, /while other thread code removes items \(line 8\): each removal shifts the items after it, so the loop can skip one/);
      assert.match(f.message, /`for x in list\(clients\):`/);
      // Appends alone do not hurt the loop.
      assert.deepEqual(analyzeText(parser, text.replace('    clients.remove(c)\n', '    clients.append(c)\n')).findings, []);
    });

    it('the main program looping over a dict a started thread fills: RuntimeError, the thread function, the start', () => {
      const text = ['import threading', '', 'seen = {}', '', 'def listen():', '    for n in range(100):', '        seen[n] = 1', '', 'threading.Thread(target=listen).start()', 'for k in seen:', '    print(k)', ''].join('\n');
      const [f, ...rest] = analyzeText(parser, text).findings;
      assert.equal(rest.length, 0);
      assert.deepEqual([f.code, f.range.start.line, f.range.start.character], ['GIL004', 9, 9]);
      assert.match(f.message, /^`seen` is a module-level container, and the main program goes through it here while code that runs in threads \(threading\.Thread at line 9\) adds or removes its items \(in listen\(\)\), with no lock over the loop: the loop can fail with RuntimeError/);
      assert.deepEqual(f.related.map((r) => r.range.start.line), [8]);
      // Joined first: the thread is done.
      assert.deepEqual(analyzeText(parser, text.replace('threading.Thread(target=listen).start()', 't = threading.Thread(target=listen)\nt.start()\nt.join()')).findings, []);
    });

    it('GIL005: a return that leaves a lock taken, and a lock nothing releases; not with a finally, nor where one thread runs it', () => {
      const text = ['import threading', '', 'lock = threading.Lock()', 'other = threading.Lock()', 'done = []', '', 'def place(x):', '    lock.acquire()', '    if x is None:', '        return', '    done.append(x)', '    lock.release()', '', 'def note(x):', '    other.acquire()', '    print(x)', '', 'for n in range(3):', '    threading.Thread(target=place, args=(n,)).start()', '    threading.Thread(target=note, args=(n,)).start()', ''].join('\n');
      const found = analyzeText(parser, text).findings;
      assert.deepEqual(found.map((f) => [f.code, f.range.start.line]), [['GIL005', 9], ['GIL005', 14]]);
      assert.match(found[0].message, /^This `return` leaves with `lock` still held: the `lock\.acquire\(\)` above it is let go only at the `lock\.release\(\)` further down, which this path skips, so the next thread that asks for the lock waits forever\. Hold it with `with lock:`/);
      assert.match(found[1].message, /^`other\.acquire\(\)` takes `other`, and nothing in this module lets it go \(no `other\.release\(\)`\): the next thread that asks for it waits forever/);
      const finallyText = text.replace('    lock.acquire()\n    if x is None:\n        return\n    done.append(x)\n    lock.release()', '    lock.acquire()\n    try:\n        if x is None:\n            return\n        done.append(x)\n    finally:\n        lock.release()');
      assert.deepEqual(analyzeText(parser, finallyText).findings.map((f) => f.range.start.line), [16]);
      // One thread, started once: nobody else waits for the lock.
      const once = text.replace('for n in range(3):\n    threading.Thread(target=place, args=(n,)).start()\n    threading.Thread(target=note, args=(n,)).start()', 'threading.Thread(target=place, args=(None,)).start()');
      assert.deepEqual(analyzeText(parser, once).findings, []);
    });

    it('a test by equality or by order before a store: what two threads can do, and one finding for several stores', () => {
      const claim = ['import threading', '', 'state = "idle"', '', 'def work():', '    global state', '    if state == "idle":', '        state = "busy"', '        state = "idle"', '', 'for _ in range(3):', '    threading.Thread(target=work).start()', ''].join('\n');
      const [f, ...rest] = analyzeText(parser, claim).findings;
      assert.equal(rest.length, 0);
      assert.match(f.message, /two threads can both find the value they test for, and both act on it and store the new one/);
      const deadline = claim.replace('state = "idle"\n\n', 'deadline = 5\n\n').replace('    global state\n    if state == "idle":\n        state = "busy"\n        state = "idle"', '    global deadline\n    if deadline > 0:\n        deadline = 0');
      assert.match(analyzeText(parser, deadline).findings[0]?.message ?? '', /another thread can store a new value between the test and this store, and this store then overwrites it/);
      // A store computed from the state is one read-modify-write (GIL001), not also a GIL004.
      const rmw = deadline.replace('        deadline = 0', '        deadline = deadline - 1');
      assert.deepEqual(analyzeText(parser, rmw).findings.map((x) => x.code), ['GIL001']);
    });

    it('a loop over a shared dict while other threads add to it: RuntimeError, the line of the change, and a copy as the way out', () => {
      const text = ['import threading', '', 'members = {}', '', 'def join(name):', '    members[name] = 1', '', 'def show():', '    for name in members:', '        print(name)', '', 'for n in range(3):', '    threading.Thread(target=join, args=(str(n),)).start()', '    threading.Thread(target=show).start()', ''].join('\n');
      const [f, ...rest] = analyzeText(parser, text).findings;
      assert.equal(rest.length, 0);
      assert.deepEqual([f.code, f.range.start.line], ['GIL004', 8]);
      assert.match(f.message, /^`members` is a module-level container, and code that runs in threads \(threading\.Thread at line 14\) goes through it here, with no lock over the loop, while other thread code adds or removes items \(line 6\): the loop can fail with RuntimeError/);
      assert.match(f.message, /`for k in list\(members\):`/);
      assert.equal(f.fix, undefined);
      // A list does not fail that way; a copy taken first is safe.
      assert.deepEqual(analyzeText(parser, text.replace('members = {}', 'members = []').replace('members[name] = 1', 'members.append(name)')).findings, []);
      assert.deepEqual(analyzeText(parser, text.replace('for name in members:', 'for name in list(members):')).findings, []);
    });

    it('a buffer taken and replaced with no lock: says what another thread adds in between is lost', () => {
      const text = ['import threading', '', 'events = []', '', 'def add(n):', '    events.append(n)', '', 'def flush():', '    global events', '    taken = events', '    events = []', '    print(len(taken))', '', 'for n in range(3):', '    threading.Thread(target=add, args=(n,)).start()', '    threading.Thread(target=flush).start()', ''].join('\n');
      const [f, ...rest] = analyzeText(parser, text).findings;
      assert.equal(rest.length, 0);
      assert.deepEqual([f.code, f.range.start.line], ['GIL001', 10]);
      assert.match(f.message, /takes it into `taken` at line 10 and puts a new empty one in its place here, with no lock over both: an item another thread adds in between goes into the container already taken/);
      // A lock around the take alone would hide the finding, not the race with `add`: advice, no fix.
      assert.equal(f.fix, undefined);
      // Gone through with no local (`print(list(events))`), then replaced: the same.
      const [g] = analyzeText(parser, text.replace('    taken = events\n', '    print(list(events))\n').replace('    print(len(taken))\n', '')).findings;
      assert.deepEqual([g.code, g.range.start.line], ['GIL001', 10]);
      assert.match(g.message, /goes through it at line 10 and puts a new empty one in its place here, with no lock over both: an item another thread adds in between goes into the old container after this code went through it, which is then dropped/);
    });

    it('+= through a property whose getter and setter each take the lock: why, and no fix that would deadlock', () => {
      const text = ['import threading', '', 'class Gauge:', '    def __init__(self):', '        self._lock = threading.Lock()', '        self._n = 0', '', '    @property', '    def n(self):', '        with self._lock:', '            return self._n', '', '    @n.setter', '    def n(self, v):', '        with self._lock:', '            self._n = v', '', '    def bump(self):', '        self.n += 1', ''].join('\n');
      const [f, ...rest] = analyzeText(parser, text).findings;
      assert.equal(rest.length, 0);
      assert.equal(f.code, 'GIL001');
      assert.match(f.message, /a property whose getter and setter each take `self\._lock`\..*the public methods of Gauge: the class takes `self\._lock` around this state.*Holding `self\._lock` around this line instead would wait for ever if it is a Lock/);
      assert.equal(f.fix, undefined);
    });

    it('a set under a lock, made per call, or in one thread started once: no finding', () => {
      const cases = [
        CLAIM.replace("done = set()", "done = set()\nguard = threading.Lock()").replace('    if page not in seen and len(seen) < 10:  # new?\n        seen.add(page)', '    with guard:\n        if page not in seen and len(seen) < 10:\n            seen.add(page)'),
        CLAIM.replace('    crawl(done, 0)', '    crawl(set(), 0)'),
        CLAIM.replace('for _ in range(3):\n    threading.Thread(target=work).start()', 'threading.Thread(target=work).start()'),
      ];
      for (const text of cases) assert.deepEqual(analyzeText(parser, text).findings.map((f) => f.message), [], text);
    });
  });

  describe('a lock the caller holds', () => {
    const CALLERS = ['import threading', '', 'total = 0', 'lock = threading.Lock()', '', 'def add(n):', '    global total', '    total = total + n', '', 'def safe(n):', '    with lock:', '        add(n)', '', 'def fast(n):', '    add(n)', '', 'threads = [threading.Thread(target=safe, args=(1,)) for _ in range(2)]', ''].join('\n');

    it('guards the writes of a function every caller calls with the lock held', () => {
      assert.deepEqual(analyzeText(parser, CALLERS).findings, []);
      const acquired = CALLERS.replace('    with lock:\n        add(n)', '    lock.acquire()\n    try:\n        add(n)\n    finally:\n        lock.release()');
      assert.deepEqual(analyzeText(parser, acquired).findings, []);
    });

    it('one call path without the lock keeps the finding, and the message names that path', () => {
      const text = CALLERS + 'threads.append(threading.Thread(target=fast, args=(2,)))\nthreads.append(threading.Thread(target=fast, args=(3,)))\n';
      const [f, ...rest] = analyzeText(parser, text).findings;
      assert.equal(rest.length, 0);
      assert.equal(f.range.start.line, 7);
      assert.equal(
        f.message,
        '`total` is a module global, updated without a lock by code that runs in threads (threading.Thread at line 18): this reads it and writes it back in separate steps, so two threads can interleave and one update is lost. Guard it with a lock. The call at line 12 holds a lock, but this path holds none: fast() → add() (from threading.Thread at line 18), the last call at line 15.',
      );
      assert.deepEqual(f.related[0], { range: { start: { line: 14, character: 4 }, end: { line: 14, character: 10 } }, message: 'add() is called here with no lock held' });
      // The fix holds the callers' lock at the unlocked call: `with lock:` inside add() would wait
      // forever under safe(), which already holds it.
      assert.equal(f.fix?.title, 'Hold `lock` around the call at line 15 too, as the other calls of add() do');
      const fixed = applyEdits(text, f.fix!.edits);
      assert.match(fixed, /\ndef fast\(n\):\n {4}with lock:\n {8}add\(n\)\n/);
      assert.deepEqual(analyzeText(parser, fixed).findings, []);
    });

    it('a lock parameter counts when every thread gets the same lock, not a new one each', () => {
      const param = ['import threading', '', 'total = 0', '', 'def add():', '    global total', '    total += 1', '', 'def task(guard):', '    guard.acquire()', '    add()', '    guard.release()', ''];
      const shared = [...param, 'def main():', '    guard = threading.Lock()', '    a = threading.Thread(target=task, args=(guard,))', '    b = threading.Thread(target=task, args=(guard,))', '    a.start()', '    b.start()', '', 'main()', ''].join('\n');
      assert.deepEqual(analyzeText(parser, shared).findings, []);
      const passedOn = [...param, 'guard = threading.Lock()', '', 'def loop():', '    for _ in range(9):', '        task(guard)', '', 'for _ in range(2):', '    threading.Thread(target=loop).start()', ''].join('\n');
      assert.deepEqual(analyzeText(parser, passedOn).findings, [], 'the module lock, passed on by name');
      const fresh = [...param, 'for _ in range(2):', '    threading.Thread(target=task, args=(threading.Lock(),)).start()', ''].join('\n');
      assert.deepEqual(analyzeText(parser, fresh).findings.map((f) => [f.code, f.range.start.line]), [['GIL001', 6]]);
    });
  });

  describe('where the code runs, and what a wait does', () => {
    it("a method the thread's starter calls beside it, and one the main program calls: the related places say so, not 'started here'", () => {
      const beside = ['import threading', '', 'class Hub:', '    def __init__(self):', '        self.clients = []', '', '    def start(self):', '        threading.Thread(target=self.accept, daemon=True).start()', '        self.broadcast()', '', '    def accept(self):', '        while True:', '            self.clients.append(object())', '            threading.Thread(target=self.drop, daemon=True).start()', '', '    def drop(self):', '        self.clients.remove(self.clients[0])', '', '    def broadcast(self):', '        while True:', '            for c in self.clients:', '                print(c)', '', 'Hub().start()', ''].join('\n');
      const f = analyzeText(parser, beside).findings.find((x) => x.code === 'GIL004' && x.range.start.line === 20);
      assert.ok(f, analyzeText(parser, beside).findings.map((x) => `${x.code}:${x.range.start.line + 1} ${x.message}`).join('\n'));
      assert.match(f.message, /code that runs in threads \(start\(\), which calls it at line 9 beside the thread it started\)/);
      assert.deepEqual(f.related.map((r) => [r.range.start.line, r.message]), [[7, 'Hub.broadcast() runs beside the thread started here: start() calls it at line 9 without waiting for that thread']]);
      const main = ['import threading', '', 'class Counter:', '    def __init__(self):', '        self.n = 0', '', '    def bump(self):', '        self.n += 1', '', 'c = Counter()', 't = threading.Thread(target=c.bump)', 't.start()', 'c.bump()', 't.join()', ''].join('\n');
      const [g] = analyzeText(parser, main).findings;
      assert.deepEqual(g.related.map((r) => [r.range.start.line, r.message]), [
        [10, 'Counter.bump() runs in threads started here (threading.Thread at line 11)'],
        [12, 'Counter.bump() is called here by the main program, while the threads run'],
      ]);
    });

    it('a wait with a timeout of 0 is said not to wait at all', () => {
      const text = ['import threading', '', 'cv = threading.Condition()', 'items = []', '', 'def produce():', '    with cv:', '        items.append(1)', '        cv.notify()', '', 'def consume():', '    with cv:', '        cv.wait(timeout=0)', '        print(items)', '', 'threading.Thread(target=produce).start()', 'threading.Thread(target=consume).start()', ''].join('\n');
      const f = analyzeText(parser, text).findings.find((x) => x.code === 'GIL006');
      assert.ok(f, analyzeText(parser, text).findings.map((x) => `${x.code}:${x.range.start.line + 1} ${x.message}`).join('\n'));
      assert.match(f.message, /with a timeout of 0 this one does not wait at all: it goes on at once/);
      assert.doesNotMatch(f.message, /waits for ever/);
      const timed = analyzeText(parser, text.replace('cv.wait(timeout=0)', 'cv.wait(timeout=5)')).findings.find((x) => x.code === 'GIL006');
      assert.match(timed!.message, /waits for ever \(or until its timeout\)/);
    });

    it("a value the object's own thread alone tests and sets, while outside methods set it too: no 'two threads both create it'", () => {
      const text = ['import threading', 'import time', '', 'class Metronome:', '    def __init__(self):', '        self.next_tick = None', '        threading.Thread(target=self.beat, daemon=True).start()', '', '    def beat(self):', '        while True:', '            now = time.monotonic()', '            if self.next_tick is None:', '                self.next_tick = now', '            time.sleep(max(0.0, self.next_tick - now))', '', '    def stop(self):', '        self.next_tick = None', ''].join('\n');
      const f = analyzeText(parser, text).findings.find((x) => x.code === 'GIL004');
      assert.ok(f, analyzeText(parser, text).findings.map((x) => `${x.code}:${x.range.start.line + 1} ${x.message}`).join('\n'));
      assert.match(f.message, /`stop\(\)` can change it between the test and the set, or between the set and the lines after it that use it/);
      assert.doesNotMatch(f.message, /both create it/);
      // A flag one thread tests and raises after its work, while another of the object's threads lowers it: the lowering is lost.
      const flag = ['import threading', '', 'class Chat:', '    def __init__(self, sock):', '        self.sock = sock', '        self.sent = False', '', '    def receive(self):', '        while True:', '            self.last = self.sock.recv(1024)', '            self.sent = False', '', '    def reply(self):', '        while True:', '            if not self.sent:', '                self.sock.send(b"ok")', '                self.sent = True', '', '    def run(self):', '        threading.Thread(target=self.receive).start()', '        threading.Thread(target=self.reply).start()', ''].join('\n');
      const g = analyzeText(parser, flag).findings.find((x) => x.code === 'GIL004');
      assert.ok(g, analyzeText(parser, flag).findings.map((x) => `${x.code}:${x.range.start.line + 1} ${x.message}`).join('\n'));
      assert.match(g.message, /`receive\(\)` can set it back between the test and the store of True here, and this store then overwrites that/);
      assert.doesNotMatch(g.message, /both do the work/);
    });

    it('a batch taken and reset beside the threads that add to it: who takes it, and the library thread by name', () => {
      const text = ['import time', 'import sounddevice as sd', '', 'blocks = []', '', 'def on_audio(indata, frames, when, status):', '    blocks.append(indata.copy())', '', 'def main():', '    global blocks', '    with sd.InputStream(callback=on_audio):', '        while True:', '            time.sleep(1)', '            print(len(blocks))', '            blocks = []', '', 'main()', ''].join('\n');
      const f = analyzeText(parser, text).findings.find((x) => x.code === 'GIL001');
      assert.ok(f, analyzeText(parser, text).findings.map((x) => `${x.code}:${x.range.start.line + 1} ${x.message}`).join('\n'));
      assert.equal(f.range.start.line + 1, 15);
      assert.match(f.message, /on_audio\(\) at line 7; the sounddevice callback, run on PortAudio's audio thread at line 11/);
      assert.match(f.message, /main\(\), which started them, takes what it holds \(line 14\) and then puts an empty one in its place here/);
      // At module level it is the main program; a reset with no read before it is no take.
      const top = ['import time', 'import sounddevice as sd', '', 'blocks = []', '', 'def on_audio(indata, frames, when, status):', '    blocks.append(indata.copy())', '', 'with sd.InputStream(callback=on_audio):', '    while True:', '        time.sleep(1)', '        print(len(blocks))', '        blocks = []', ''].join('\n');
      assert.match(analyzeText(parser, top).findings.find((x) => x.code === 'GIL001')?.message ?? '', /the main program takes what it holds/);
      assert.equal(analyzeText(parser, top.replace('print(len(blocks))', 'pass')).findings.length, 0);
    });
  });
});
