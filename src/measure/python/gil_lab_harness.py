"""GIL Lab's measurement harness. Standard library only; CPython 3.9+ (GIL and free-threaded).

Reads one JSON request on stdin and writes versioned JSON lines on the ORIGINAL stdout. Anything the
user's code prints goes to stderr, so it can never corrupt the protocol. Statistics and verdicts are
computed by the caller from the raw samples this prints.
"""
import sys

PROTOCOL = 1

# Keep the lines above this guard parseable by old interpreters, so they get a clear message.
if sys.version_info < (3, 9):
    import json as _json

    sys.stdout.write(_json.dumps({"v": PROTOCOL, "type": "error", "error": {
        "code": "interpreter-too-old",
        "message": "GIL Lab needs Python 3.9 or newer; this is %d.%d." % sys.version_info[:2],
        "hint": "Select a newer interpreter (gilLab.pythonPath or the Python extension)."}}) + "\n")
    sys.exit(3)

import ast  # noqa: E402
import builtins  # noqa: E402
import importlib.util  # noqa: E402
import inspect  # noqa: E402
import json  # noqa: E402
import multiprocessing  # noqa: E402
import os  # noqa: E402
import pickle  # noqa: E402
import signal  # noqa: E402
import sysconfig  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
import traceback  # noqa: E402
import tokenize  # noqa: E402
import types  # noqa: E402
from concurrent.futures import ProcessPoolExecutor  # noqa: E402
from concurrent.futures.process import BrokenProcessPool  # noqa: E402

TARGET_MODULE = "__gil_lab_target__"
# name -> the skipped statement ({"line", "text", "reason"}) that alone would have set it; see load_target.
SKIPPED_BINDINGS = {}


class HarnessFailure(Exception):
    def __init__(self, code, message, hint=None, location=None, tb=None):
        super().__init__(message)
        self.error = {"code": code, "message": message}
        if hint:
            self.error["hint"] = hint
        if location:
            self.error["location"] = location
        if tb:
            self.error["traceback"] = tb


# The harness's own descriptors (protocol out, the caller's pipe in) are moved at or above this
# number, close-on-exec, so that code that writes to fd 1 or reads fd 0 never reaches them.
PRIVATE_FD_FLOOR = 200


def private_fd(fd):
    try:
        import fcntl
        return fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, PRIVATE_FD_FLOOR)
    except (ImportError, AttributeError, OSError):
        return os.dup(fd)  # Windows, or no room up there: still a non-inheritable copy


class Protocol:
    """Writes events to a private copy of the original stdout; fd 1 then points at stderr, so
    everything the user's code prints (print, os.write(1), C code) travels apart from the protocol."""

    current = None

    def __init__(self):
        self.stream = os.fdopen(private_fd(1), "w", encoding="utf-8", buffering=1)
        os.dup2(2, 1)
        sys.stdout = sys.stderr
        # What ran last (mode, repeat), so a death can say where it happened.
        self.last_progress = {}
        self.answered = False
        Protocol.current = self

    def send(self, kind, **fields):
        if os.getpid() != HARNESS_PID:
            return  # a copy of the harness made by os.fork() in the user's code never speaks for it
        if kind == "progress":
            self.last_progress = dict(fields)
        elif kind in ("result", "error") and not self.answered:
            self.answered = True
            attach_run_warnings(kind, fields)
        fields.update({"v": PROTOCOL, "type": kind})
        self.stream.write(json.dumps(fields) + "\n")
        self.stream.flush()


# ---------------------------------------------------------------- interpreter facts

def cpu_count():
    if hasattr(os, "process_cpu_count"):  # 3.13+: respects affinity
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def interpreter_facts():
    gil_check = getattr(sys, "_is_gil_enabled", None)
    return {
        "implementation": sys.implementation.name,
        "version": "%d.%d.%d" % sys.version_info[:3],
        "versionInfo": list(sys.version_info[:3]),
        "executable": sys.executable,
        "freeThreaded": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
        "gilEnabled": bool(gil_check()) if gil_check else True,
        "switchIntervalSeconds": sys.getswitchinterval(),
        "cpuCount": cpu_count(),
        "startMethod": multiprocessing.get_start_method(allow_none=False),
        "platform": sys.platform,
    }


# ---------------------------------------------------------------- loading only what the function needs

MAIN_GUARD_REASON = "the script's main block"


def is_main_guard(node):
    test = node.test
    return (isinstance(test, ast.Compare) and isinstance(test.left, ast.Name) and test.left.id == "__name__"
            and len(test.comparators) == 1 and isinstance(test.comparators[0], ast.Constant)
            and test.comparators[0].value == "__main__")


def called_names(node):
    return {n.func.id for n in ast.walk(node) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}


def skip_reason(node, local_functions):
    """Why a top-level statement is not executed, or None to execute it."""
    if isinstance(node, (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Pass)):
        return None
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
        return None  # docstring
    if isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
        calls = called_names(node) & local_functions
        if calls:
            return "calls %s() defined in this file" % sorted(calls)[0]
        return None
    if isinstance(node, ast.If):
        if is_main_guard(node):
            return MAIN_GUARD_REASON
        inner = node.body + node.orelse
        return None if all(skip_reason(n, local_functions) is None for n in inner) else "a conditional block with work in it"
    if isinstance(node, ast.Try):
        inner = node.body + node.orelse + node.finalbody + [s for h in node.handlers for s in h.body]
        return None if all(skip_reason(n, local_functions) is None for n in inner) else "a try block with work in it"
    if isinstance(node, ast.Expr):
        return "a top-level call" if isinstance(node.value, (ast.Call, ast.Await)) else "a top-level expression"
    if isinstance(node, (ast.For, ast.AsyncFor, ast.While)):
        return "a top-level loop"
    if isinstance(node, (ast.With, ast.AsyncWith)):
        return "a top-level with block"
    return "a top-level %s statement" % type(node).__name__


def bound_names(node):
    names = set()
    for n in ast.walk(node):
        if isinstance(n, ast.Name) and isinstance(n.ctx, (ast.Store, ast.Del)):
            names.add(n.id)
        elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(n.name)
        elif isinstance(n, (ast.Import, ast.ImportFrom)):
            for a in n.names:
                names.add((a.asname or a.name).split(".")[0])
    return names


def global_reads(fn_node):
    """Names a function reads that are not its own parameters or locals."""
    args = fn_node.args
    params = {a.arg for a in args.args + args.kwonlyargs + getattr(args, "posonlyargs", [])}
    params |= {a.arg for a in (args.vararg, args.kwarg) if a}
    declared_global = {n for s in ast.walk(fn_node) if isinstance(s, ast.Global) for n in s.names}
    stored = set()
    for body_node in fn_node.body:
        stored |= bound_names(body_node)
    local = (params | stored) - declared_global
    reads = {n.id for n in ast.walk(fn_node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    return reads - local - set(dir(builtins))


def syntax_location(err, path):
    return {"file": err.filename or path, "line": err.lineno or 1}


def user_location(tb, path):
    """The innermost traceback frame inside the user's file."""
    frames = [f for f in traceback.extract_tb(tb) if os.path.abspath(f.filename) == os.path.abspath(path)]
    return {"file": path, "line": frames[-1].lineno} if frames else None


def load_target(path, function_name):
    """Executes the module's imports, definitions and simple assignments; returns (module, function, report)."""
    if not os.path.isfile(path):
        raise HarnessFailure("file-not-found", "No file at %s." % path)
    try:
        with tokenize.open(path) as f:  # honours the file's encoding declaration
            source = f.read()
    except (SyntaxError, UnicodeDecodeError) as err:
        raise HarnessFailure("syntax-error", "%s cannot be read as Python source: %s" % (os.path.basename(path), err),
                             location={"file": path, "line": 1})
    try:
        tree = ast.parse(source, filename=path)
    except SyntaxError as err:
        raise HarnessFailure("syntax-error", "Syntax error in %s line %s: %s" % (os.path.basename(path), err.lineno, err.msg),
                             hint="Fix the syntax error, then run again.", location=syntax_location(err, path))
    local_functions = {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    kept, skipped, skipped_nodes = [], [], []
    lines = source.splitlines()
    for node in tree.body:
        reason = skip_reason(node, local_functions)
        if reason is None:
            kept.append(node)
        else:
            skipped_nodes.append(node)
            text = lines[node.lineno - 1].strip() if node.lineno - 1 < len(lines) else ""
            skipped.append({"line": node.lineno, "text": text[:120], "reason": reason})

    class_name, method_name = split_target(function_name)
    if class_name is None:
        fn_node = next((n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name == function_name), None)
    else:
        class_node = next((n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == class_name), None)
        fn_node = class_node and next((n for n in class_node.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name == method_name), None)
    bound_kept = set()
    for n in kept:
        bound_kept |= bound_names(n)
    # Names only skipped statements set, with the first such statement: errors about them say why.
    skipped_only = {}
    for n, entry in zip(skipped_nodes, skipped):
        for name in bound_names(n) - bound_kept:
            skipped_only.setdefault(name, entry)
    SKIPPED_BINDINGS.clear()
    SKIPPED_BINDINGS.update(skipped_only)
    missing = sorted(global_reads(fn_node) & set(skipped_only)) if fn_node is not None else []

    module = types.ModuleType(TARGET_MODULE)
    module.__file__ = path
    module.__builtins__ = builtins
    sys.modules[TARGET_MODULE] = module
    folder = os.path.dirname(os.path.abspath(path))
    if folder not in sys.path:
        sys.path.insert(0, folder)
    try:
        code = compile(ast.Module(body=kept, type_ignores=[]), path, "exec")
        exec(code, module.__dict__)
    except ImportError as err:
        raise HarnessFailure("import-error", "Importing for %s failed: %s" % (os.path.basename(path), err),
                             hint="Install the module in this interpreter, or select the interpreter that has it.",
                             location=user_location(sys.exc_info()[2], path), tb=traceback.format_exc())
    except Exception as err:  # noqa: BLE001 - any error in the user's module is reported, not raised
        raise HarnessFailure("import-error", "Loading %s failed: %s: %s" % (os.path.basename(path), type(err).__name__, err),
                             location=user_location(sys.exc_info()[2], path), tb=traceback.format_exc())

    if class_name is not None:
        fn = resolve_method(module, path, tree, class_name, method_name, skipped_only)
        return module, fn, {"skipped": skipped, "missingNames": missing}
    fn = module.__dict__.get(function_name)
    if fn is None and function_name in skipped_only:
        entry = skipped_only[function_name]
        raise HarnessFailure("function-not-found",
                             "%s() is set only at line %d of %s, which GIL Lab skipped (%s) so that only the function runs."
                             % (function_name, entry["line"], os.path.basename(path), entry["reason"]),
                             hint="Define it with def at the top level, or set it with a plain assignment that calls no function of this file.",
                             location={"file": path, "line": entry["line"]})
    if not callable(fn):
        available = sorted(n for n in local_functions if not n.startswith("_")) or sorted(local_functions)
        raise HarnessFailure("function-not-found", "%s has no top-level function %s()." % (os.path.basename(path), function_name),
                             hint="Functions there: %s." % (", ".join(available) if available else "none"))
    if inspect.iscoroutinefunction(fn):
        raise HarnessFailure("bad-request", "%s() is async; GIL Lab times plain functions." % function_name,
                             hint="Wrap it: def run(): asyncio.run(%s())" % function_name)
    return module, fn, {"skipped": skipped, "missingNames": missing}


def split_target(function_name):
    """("Ledger", "deposit") for "Ledger.deposit", (None, name) for a top-level function."""
    parts = function_name.split(".")
    if len(parts) == 1:
        return None, function_name
    if len(parts) > 2 or not all(p.isidentifier() for p in parts):
        raise HarnessFailure("bad-request", "%s is not FUNCTION or Class.method: GIL Lab calls top-level functions and methods of "
                             "module-level classes." % function_name,
                             hint="A nested class or a class made inside a function has no name a worker process could find it by.")
    return parts[0], parts[1]


def resolve_method(module, path, tree, class_name, method_name, skipped_only):
    """The class attribute Class.method names: a plain function (called on an instance), or a static or class method."""
    cls = module.__dict__.get(class_name)
    if cls is None and class_name in skipped_only:
        entry = skipped_only[class_name]
        raise HarnessFailure("function-not-found", "%s is set only at line %d of %s, which GIL Lab skipped (%s)."
                             % (class_name, entry["line"], os.path.basename(path), entry["reason"]),
                             location={"file": path, "line": entry["line"]})
    if not isinstance(cls, type):
        classes = sorted(n.name for n in tree.body if isinstance(n, ast.ClassDef))
        raise HarnessFailure("function-not-found", "%s has no module-level class %s." % (os.path.basename(path), class_name),
                             hint="Classes there: %s." % (", ".join(classes) if classes else "none"))
    raw = inspect.getattr_static(cls, method_name, None)
    fn = getattr(cls, method_name, None)
    if raw is None or not callable(fn) or isinstance(raw, property):
        methods = sorted(n for n, v in vars(cls).items() if callable(v) or isinstance(v, (staticmethod, classmethod)))
        methods = [n for n in methods if not n.startswith("_")] or methods
        raise HarnessFailure("function-not-found", "Class %s in %s has no method %s()." % (class_name, os.path.basename(path), method_name),
                             hint="Methods there: %s." % (", ".join(methods) if methods else "none"))
    if inspect.iscoroutinefunction(fn):
        raise HarnessFailure("bad-request", "%s.%s() is async; GIL Lab times plain functions and methods." % (class_name, method_name),
                             hint="Wrap it in a method that runs it: asyncio.run(self.%s())" % method_name)
    return fn


def method_kind(module, function_name):
    """None for a top-level function; "static", "class" or "instance" for Class.method."""
    class_name, method_name = split_target(function_name)
    if class_name is None:
        return None
    raw = inspect.getattr_static(module.__dict__[class_name], method_name)
    return "static" if isinstance(raw, staticmethod) else "class" if isinstance(raw, classmethod) else "instance"


def required_names(signature):
    return [p.name for p in signature.parameters.values()
            if p.default is inspect.Parameter.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]


def evaluate(module, expression, what, code, hint):
    """The user's own expression, evaluated in the user's module; its error, and where it was raised, when it fails."""
    try:
        compiled = compile(expression, "<%s>" % what, "eval")
    except SyntaxError as err:
        raise HarnessFailure(code, "The %s %s is not a Python expression: %s" % (what, expression, err.msg), hint=hint)
    try:
        return eval(compiled, module.__dict__)
    except Exception as err:  # noqa: BLE001
        first = str(err).splitlines()[0] if str(err) else ""
        location = user_location(sys.exc_info()[2], module.__file__)
        raise HarnessFailure(code, "The %s %s raised %s: %s" % (what, expression, type(err).__name__, first),
                             hint=hint, location=location, tb=traceback.format_exc())


def make_instance(module, function_name, instance_expr):
    """The object Class.method is called on: the user's constructor expression, else Class()."""
    class_name, method_name = split_target(function_name)
    cls = module.__dict__[class_name]
    if not instance_expr:
        try:
            inspect.signature(cls).bind()
        except TypeError:
            needed = ", ".join(required_names(inspect.signature(cls)))
            raise HarnessFailure("needs-instance", "%s.%s() is called on an instance, and %s() needs arguments: %s."
                                 % (class_name, method_name, class_name, needed),
                                 hint="Give a constructor expression (the Instance lens, or --instance in the CLI), e.g. %s(...)." % class_name)
        except ValueError:
            pass  # no signature to read (a builtin base): try the call
    hint = "Give an expression that makes a %s, evaluated in the module of %s, e.g. %s()." % (class_name, os.path.basename(module.__file__), class_name)
    instance = evaluate(module, instance_expr or "%s()" % class_name, "instance expression", "bad-instance", hint)
    if not isinstance(instance, cls):
        raise HarnessFailure("bad-instance", "The instance expression %s gave an object of class %s, not a %s."
                             % (instance_expr or "%s()" % class_name, type(instance).__name__, class_name), hint=hint)
    return instance


def call_arguments(module, fn, args_expr, function_name):
    args = ()
    if args_expr:
        args = evaluate(module, args_expr, "argument expression", "bad-arguments", "Give what goes between the call's parentheses, e.g. 10**6")
        if not isinstance(args, tuple):
            args = (args,)
    try:
        signature = inspect.signature(fn)
        if method_kind(module, function_name) == "instance":  # fn is the class's plain function: self comes from the instance
            signature = signature.replace(parameters=list(signature.parameters.values())[1:])
        signature.bind(*args)
    except TypeError as err:
        if not args:
            raise HarnessFailure("needs-arguments", "%s() needs arguments: %s." % (function_name, ", ".join(required_names(signature))),
                                 hint="Give an argument expression (GIL Lab: Set Arguments, or --args in the CLI).")
        raise HarnessFailure("bad-arguments", "%s() does not take these arguments: %s" % (function_name, err))
    except ValueError:
        pass  # builtins without a signature
    return args


class TargetCall:
    """What a run calls, made afresh for each repeat: the function, bound to a new instance when it is an
    instance method, and its arguments. Every thread of a repeat gets these same objects; each process
    gets its own pickled copy of them."""

    def __init__(self, module, fn, request):
        self.module, self.fn, self.name = module, fn, request["function"]
        self.instance_expr, self.args_expr = request.get("instance") or "", request.get("args") or ""
        self.kind = method_kind(module, self.name)
        if self.instance_expr and self.kind != "instance":
            raise HarnessFailure("bad-instance", "%s() is %s, called without an instance, so the instance expression %s has nothing to do."
                                 % (self.name, "a top-level function" if self.kind is None else "a %s method" % self.kind, self.instance_expr),
                                 hint="Leave the instance expression out.")
        self.fresh()  # a bad instance or argument expression fails here, before anything is timed

    def fresh(self):
        """(callable, args, instance or None)."""
        instance = make_instance(self.module, self.name, self.instance_expr) if self.kind == "instance" else None
        args = call_arguments(self.module, self.fn, self.args_expr, self.name)
        return (self.fn.__get__(instance) if instance is not None else self.fn), args, instance

    def process_payload(self):
        """For an instance method, the bound method and its arguments pickled for the worker processes (None
        otherwise: workers load the function by name and evaluate the arguments themselves)."""
        if self.kind != "instance":
            return None
        bound, args, instance = self.fresh()
        try:
            return pickle.dumps((bound, args))
        except Exception as err:  # noqa: BLE001 - pickling can fail with any error the object's own code raises
            class_name = self.name.split(".")[0]
            raise HarnessFailure("not-picklable", "Each worker process gets its own copy of the %s instance by pickling, and this one "
                                 "cannot be pickled: %s: %s" % (class_name, type(err).__name__, str(err).splitlines()[0] if str(err) else ""),
                                 hint="Threads share the one instance as it is; a process needs a copy. Leave what cannot be copied "
                                      "(a lock, an open file, a connection) out of it with __getstate__ and __setstate__, or time "
                                      "serial vs threaded only.", tb=traceback.format_exc())

    def sharing(self, processes=True, unit="repeat"):
        """One line on what the threads share and what the processes copy (the panel and the CLI show it)."""
        things = []
        if self.kind == "instance":
            things.append("one %s instance" % self.name.split(".")[0])
        if self.args_expr:
            things.append("the same argument objects")
        if not things:
            return None
        shared = "Threads share %s (made once per %s)" % (" and ".join(things), unit)
        if not processes:
            return shared + "."
        copies = "its own pickled copy" if self.kind == "instance" else "its own copy, from evaluating the arguments again"
        return "%s; each worker process gets %s." % (shared, copies)


# ---------------------------------------------------------------- running

def native_thread_id():
    """The operating system's id of the calling thread (a /proc/PID/task/TID entry on Linux)."""
    get = getattr(threading, "get_native_id", None)
    return get() if get else None


def span_clock(t0, pid=None, tid=None):
    """Who ran a call and the clock its offsets count from, so a scheduler sampler outside this
    process can find the thread's lane and line its samples up (time.perf_counter() is
    CLOCK_MONOTONIC on Linux, the same clock in every process)."""
    return {"pid": pid or os.getpid(), "nativeThreadId": tid or native_thread_id(), "repeatClockSeconds": t0}


def timed_call(fn, args, t0):
    start = time.perf_counter()
    c0 = time.thread_time()
    fn(*args)
    c1 = time.thread_time()
    end = time.perf_counter()
    return start - t0, end - t0, c1 - c0


class UserError(Exception):
    pass


def run_serial(fn, args, n):
    spans = []
    c0 = time.process_time()
    t0 = time.perf_counter()
    for i in range(n):
        s, e, c = timed_call(fn, args, t0)
        spans.append(dict({"worker": i, "startSeconds": s, "endSeconds": e, "cpuSeconds": c}, **span_clock(t0)))
    wall = time.perf_counter() - t0
    return wall, time.process_time() - c0, spans


def run_threads(fn, args, n):
    spans = [None] * n
    errors = []
    ready = threading.Barrier(n + 1)
    box = {}

    def worker(i):
        try:
            ready.wait()
            s, e, c = timed_call(fn, args, box["t0"])
            spans[i] = dict({"worker": i, "startSeconds": s, "endSeconds": e, "cpuSeconds": c}, **span_clock(box["t0"]))
        except BaseException:  # noqa: BLE001
            errors.append(sys.exc_info())

    threads = [threading.Thread(target=worker, args=(i,), name="gil-lab-%d" % i, daemon=True) for i in range(n)]
    for t in threads:
        t.start()
    c0 = time.process_time()
    box["t0"] = time.perf_counter()
    ready.wait()
    for t in threads:
        t.join()
    wall = time.perf_counter() - box["t0"]
    cpu = time.process_time() - c0
    if errors:
        raise errors[0][1].with_traceback(errors[0][2])
    return wall, cpu, spans


# Process workers load the target the same way (needed for spawn and forkserver, where nothing is inherited).
_worker_state = {}


def _init_worker(path, function_name, args_expr):
    os.dup2(2, 1)
    _worker_state["path"] = path
    try:
        module, fn, _ = load_target(path, function_name)
        _worker_state["fn"] = fn
        _worker_state["args"] = call_arguments(module, fn, args_expr, function_name)
    except HarnessFailure as failure:  # reported by _worker_loaded: a raising initializer only breaks the pool
        _worker_state["load_error"] = failure.error
    except BaseException as err:  # noqa: BLE001
        _worker_state["load_error"] = {"code": "import-error", "message": "%s: %s" % (type(err).__name__, err),
                                       "location": user_location(sys.exc_info()[2], path), "traceback": traceback.format_exc()}


def _worker_loaded():
    time.sleep(0.05)  # long enough that every worker gets one of these
    _worker_state["baseline"] = side_effect_baseline()
    return _worker_state.get("load_error")


def _worker_report():
    """What the function left in this worker: threads still running, a changed directory or switch interval."""
    time.sleep(0.05)  # as in _worker_loaded: spread over the workers
    base = _worker_state.get("baseline") or side_effect_baseline()
    return {"pid": os.getpid(), "threads": [describe_thread(t) for t in threading.enumerate() if t.ident not in base["threads"] and t.is_alive()],
            "changes": changed_side_effects(base)}


def _worker_call(t0, payload=None):
    """(pid, start, end, cpu), or ("error", type, message, location, traceback): an exception object
    from the user's code may not survive pickling, so its parts travel as plain values. `payload`: an
    instance method bound to this call's own copy of the instance, with its arguments (see TargetCall)."""
    try:
        fn, args = pickle.loads(payload) if payload is not None else (_worker_state["fn"], _worker_state["args"])
        s, e, c = timed_call(fn, args, t0)
    except BaseException as err:  # noqa: BLE001 - sys.exit() and KeyboardInterrupt too
        return ("error", type(err).__name__, str(err), user_location(sys.exc_info()[2], _worker_state["path"]), traceback.format_exc())
    return os.getpid(), s, e, c, native_thread_id()


def run_processes(pool, n, payload=None):
    t0 = time.perf_counter()
    futures = [pool.submit(_worker_call, t0, payload) for _ in range(n)]
    results = [f.result() for f in futures]
    for r in results:
        if r[0] == "error":
            raise user_exception(r[1], r[2], r[3], r[4])
    wall = time.perf_counter() - t0
    pids = sorted({r[0] for r in results})
    spans = [dict({"worker": pids.index(pid), "startSeconds": s, "endSeconds": e, "cpuSeconds": c}, **span_clock(t0, pid, tid))
             for pid, s, e, c, tid in results]
    return wall, sum(s["cpuSeconds"] for s in spans), spans


def start_pool(request, n):
    method = os.environ.get("GIL_LAB_START_METHOD") or None
    context = multiprocessing.get_context(method)
    started = time.perf_counter()
    pool = ProcessPoolExecutor(max_workers=n, mp_context=context, initializer=_init_worker,
                               initargs=(request["file"], request["function"], request.get("args") or ""))
    # Start every worker (each one loads the module) before anything is timed.
    try:
        errors = [e for e in [f.result() for f in [pool.submit(_worker_loaded) for _ in range(n)]] if e]
    except BrokenProcessPool:
        raise dead_worker_failure(pool, "while the worker processes loaded %s" % os.path.basename(request["file"]))
    except BaseException:
        stop_pool(pool, n, report=False)
        raise
    POOL_PROCESSES.update(getattr(pool, "_processes", None) or {})
    if errors:
        stop_pool(pool, n, report=False)
        error = errors[0]
        raise HarnessFailure(error["code"], "A worker process could not load %s() from %s: %s"
                             % (request["function"], os.path.basename(request["file"]), error["message"]),
                             hint="Worker processes load the file again on their own (its imports, definitions and plain "
                                  "assignments); make that code work the same in a worker process.",
                             location=error.get("location"), tb=error.get("traceback"))
    return pool, time.perf_counter() - started


def apply_switch_interval(request):
    """sys.setswitchinterval for this run: how long a thread may hold the GIL while another waits."""
    seconds = request.get("switchIntervalSeconds")
    if seconds is None:
        return
    try:
        sys.setswitchinterval(float(seconds))
    except (TypeError, ValueError) as err:
        raise HarnessFailure("bad-request", "The switch interval %r cannot be used: %s" % (seconds, err),
                             hint="Give a number of seconds above 0, e.g. 0.001.")


def measure(protocol, request):
    path, name = request["file"], request["function"]
    protocol.send("progress", phase="load", message="Loading %s" % os.path.basename(path))
    module, fn, report = load_target(path, name)
    call = TargetCall(module, fn, request)
    apply_switch_interval(request)
    facts = interpreter_facts()  # after loading: an extension module may have switched the GIL back on
    protocol.send("hello", interpreter=facts)
    n = max(1, int(request.get("workers") or max(2, facts["cpuCount"])))
    modes = [m for m in ("serial", "threads", "processes") if m in request.get("modes", ["serial", "threads", "processes"])]
    repeats = max(1, int(request.get("repeats", 5)))
    warmup = max(0, int(request.get("warmup", 1)))

    pool, pool_startup = None, None
    if "processes" in modes:
        call.process_payload()  # an instance that cannot be pickled is reported before any worker starts
    try:
        if "processes" in modes:
            protocol.send("progress", phase="warmup", mode="processes", message="Starting %d worker processes" % n)
            try:
                pool, pool_startup = start_pool(request, n)
            except HarnessFailure:
                raise
            except Exception as err:  # noqa: BLE001
                raise HarnessFailure("not-picklable", "The worker processes could not load %s(): %s" % (name, err),
                                     hint="Process pools need a top-level function in a file they can import; "
                                          "move it out of any class or function.", tb=traceback.format_exc())
        # Instance and arguments are made afresh for each repeat, outside the timed part.
        runners = {
            "serial": lambda: run_serial(*call.fresh()[:2], n),
            "threads": lambda: run_threads(*call.fresh()[:2], n),
            "processes": lambda: run_processes(pool, n, call.process_payload()),
        }
        for w in range(warmup):
            protocol.send("progress", phase="warmup", message="Warming up (%d of %d)" % (w + 1, warmup))
            for mode in modes:
                protocol.send("progress", phase="warmup", mode=mode, repeat=w, of=warmup)
                guarded(runners[mode], path)
        samples = []
        for r in range(repeats):
            # Modes interleaved inside each repeat so drift (thermal, other load) hits them alike.
            for mode in modes:
                protocol.send("progress", phase="measure", mode=mode, repeat=r, of=repeats)
                wall, cpu, spans = guarded(runners[mode], path)
                sample = {"mode": mode, "repeat": r, "wallSeconds": wall, "cpuSeconds": cpu, "workers": spans}
                samples.append(sample)
                protocol.send("sample", sample=sample)
    finally:
        if pool is not None:
            stop_pool(pool, n)
    result = {"kind": "measure", "interpreter": facts, "target": target_of(request), "workers": n, "repeats": repeats,
              "samples": samples, "load": report}
    if pool_startup is not None:
        result["poolStartupSeconds"] = pool_startup
    if call.sharing("processes" in modes):
        result["sharing"] = call.sharing("processes" in modes)
    protocol.send("result", result=result)


def skipped_name_hint(type_name, message):
    """For a NameError on a name only a skipped top-level statement sets: which statement, and what to do."""
    if type_name not in ("NameError", "UnboundLocalError"):
        return None
    for name, entry in sorted(SKIPPED_BINDINGS.items()):
        if "'%s'" % name in message:
            return ("%s is set only at line %d (%s), which GIL Lab skipped so that only the function runs. "
                    "Move that set-up into the function, or make it a plain assignment that calls no function of this file."
                    % (name, entry["line"], entry["reason"]))
    return None


def user_exception(type_name, message, location, tb):
    first = message.splitlines()[0] if message else ""
    special = special_exit(type_name, first)
    if special:
        return HarnessFailure("user-exception", special[0], hint=special[1], location=location, tb=tb)
    return HarnessFailure("user-exception", "The function raised %s: %s" % (type_name, first),
                          hint=skipped_name_hint(type_name, message), location=location, tb=tb)


def guarded(run, path):
    base = side_effect_baseline()
    queued = run_queue_snapshot()
    try:
        result = run()
        note_run_queue(queued)
        return result
    except HarnessFailure:
        raise
    except BrokenProcessPool:
        raise dead_worker_failure(None, where_now())
    except BaseException as err:  # noqa: BLE001 - sys.exit(), KeyboardInterrupt: the user's code raised them
        raise user_exception(type(err).__name__, str(err), user_location(sys.exc_info()[2], path), traceback.format_exc())
    finally:
        if os.getpid() != HARNESS_PID:
            os._exit(0)  # a copy made by os.fork() in the function came back here: it must not measure or answer
        restore_side_effects(base)


def parse_state(expression):
    """("BOX", [("item", 0)]) for "BOX[0]": a name, then attributes and items with literal keys."""
    try:
        node = ast.parse(expression.strip(), mode="eval").body
    except SyntaxError:
        node = None
    steps = []
    while node is not None and not isinstance(node, ast.Name):
        if isinstance(node, ast.Attribute):
            steps.append(("attr", node.attr))
            node = node.value
        elif isinstance(node, ast.Subscript):
            key = node.slice.value if type(node.slice).__name__ == "Index" else node.slice  # 3.8's wrapper
            try:
                steps.append(("item", ast.literal_eval(key)))
            except ValueError:
                raise HarnessFailure("bad-state", "%s: the race check counts an item whose key is written out (a number or a "
                                     "string, like BOX[0] or hits[\"a\"]), not %s." % (expression, ast.dump(key) if not hasattr(ast, "unparse") else ast.unparse(key)))
            node = node.value
        else:
            node = None
    if node is None:
        raise HarnessFailure("bad-state", "%s is not state the race check can count." % expression,
                             hint="Name it as self.ATTR, Class.ATTR, NAME, NAME[INDEX] or NAME.ATTR.")
    steps.reverse()
    return node.id, steps


def describe_steps(root, steps):
    return root + "".join(".%s" % k if how == "attr" else "[%r]" % (k,) for how, k in steps)


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class StateRef:
    """The counted state of a race check: a module global, or an attribute or item reached from a module-level
    name, from the shared instance (self) or from the class (cls)."""

    def __init__(self, module, call, expression):
        self.module, self.call, self.expression = module, call, expression.strip()
        self.root, self.steps = parse_state(self.expression)
        if not self.steps and self.root in ("self", "cls"):
            raise HarnessFailure("bad-state", "%s alone is not a number; name one of its attributes, e.g. %s.total." % (self.root, self.root))
        if self.root == "self" and call.kind != "instance":
            raise HarnessFailure("bad-state", "%s counts an attribute of the instance, and %s() is not called on one."
                                 % (self.expression, call.name),
                                 hint="Count a module-level name or a class attribute instead, e.g. Class.ATTR.")
        if self.root == "cls" and call.kind is None:
            raise HarnessFailure("bad-state", "%s names cls, and %s() is not a method." % (self.expression, call.name))
        if self.root not in ("self", "cls") and self.root not in module.__dict__:
            passed = self.passed_as(self.root)
            if passed is not None:
                raise HarnessFailure("bad-state", "%s is a parameter of %s(); the race check counts state by the name the module "
                                     "gives it, so count %s%s." % (self.root, call.name, passed, self.expression[len(self.root):]),
                                     hint="The argument expression passes %s as %s; every thread gets that same object." % (passed, self.root))
            raise HarnessFailure("bad-state", "%s has no module-level name %s, so there is no %s to count."
                                 % (os.path.basename(module.__file__), self.root, self.expression))

    def passed_as(self, parameter):
        """The argument expression's text for `parameter` when it is a plain name or attribute (BOX for box), else None."""
        try:
            params = list(inspect.signature(self.call.fn).parameters)
            if self.call.kind == "instance":
                params = params[1:]
            index = params.index(parameter)
            node = ast.parse(self.call.args_expr, mode="eval").body
            items = node.elts if isinstance(node, ast.Tuple) else [node]
            item = items[index]
        except (ValueError, TypeError, IndexError, SyntaxError):
            return None
        return ast.unparse(item) if isinstance(item, (ast.Name, ast.Attribute)) else None

    def where(self, instance):
        """(object holding the counted value, "attr" or "item", key)."""
        if self.root == "self":
            holder, steps = instance, self.steps
        elif self.root == "cls":
            holder, steps = self.module.__dict__[self.call.name.split(".")[0]], self.steps
        else:
            holder, steps = self.module.__dict__, [("item", self.root)] + self.steps
        for how, key in steps[:-1]:
            holder = self.get(holder, how, key)
        how, key = steps[-1]
        return holder, how, key

    def get(self, holder, how, key):
        try:
            return getattr(holder, key) if how == "attr" else holder[key]
        except (AttributeError, KeyError, IndexError, TypeError) as err:
            owner = "the module" if holder is self.module.__dict__ else "the %s %s" % (
                type(holder).__name__, "instance" if how == "attr" else "object")
            raise HarnessFailure("bad-state", "There is no %s to count: %s has no %s (%s: %s)."
                                 % (self.expression, owner, ("attribute %s" % key) if how == "attr" else ("item %r" % (key,)),
                                    type(err).__name__, err),
                                 hint="Name state that exists before the calls start, e.g. an attribute set in __init__.")

    def read(self, instance):
        holder, how, key = self.where(instance)
        value = self.get(holder, how, key)
        if not is_number(value):
            raise HarnessFailure("not-a-number", "%s is a %s, not a number; the race check counts changes to a numeric counter%s."
                                 % (self.expression, type(value).__name__, self.suggestion(value)))
        return value

    def suggestion(self, value):
        """A numeric item or attribute of a non-numeric value, as an example of what could be counted."""
        try:
            if isinstance(value, dict):
                key = next(k for k, v in value.items() if is_number(v) and isinstance(k, (int, str)))
                return " such as %s[%r]" % (self.expression, key)
            if isinstance(value, (list, tuple)):
                index = next(i for i, v in enumerate(value) if is_number(v))
                return " such as %s[%d]" % (self.expression, index)
            attr = next(k for k, v in sorted(vars(value).items()) if is_number(v) and not k.startswith("__"))
            return " such as %s.%s" % (self.expression, attr)
        except (StopIteration, TypeError):
            return ""

    def write(self, instance, value):
        holder, how, key = self.where(instance)
        if how == "attr":
            setattr(holder, key, value)
        else:
            holder[key] = value


def race(protocol, request):
    path, name = request["file"], request["function"]
    expression = request.get("state") or request.get("global") or ""
    protocol.send("progress", phase="load", message="Loading %s" % os.path.basename(path))
    module, fn, report = load_target(path, name)
    call = TargetCall(module, fn, request)
    state = StateRef(module, call, expression)
    facts = interpreter_facts()
    protocol.send("hello", interpreter=facts)
    initial = state.read(call.fresh()[2])
    n = max(2, int(request.get("workers") or max(2, facts["cpuCount"])))
    runs = max(1, int(request.get("runs", 5)))

    def observe(run):
        """What one run added to the state, from the same starting value; `run` gets (callable, args)."""
        bound, args, instance = call.fresh()
        if state.read(instance) != initial:
            state.write(instance, initial)
        guarded(lambda: run(bound, args), path)
        return state.read(instance) - initial

    per_call = observe(lambda f, a: f(*a))
    results = []
    serial = observe(lambda f, a: run_serial(f, a, n))
    results.append({"mode": "serial", "expected": per_call * n, "observed": serial, "lost": per_call * n - serial})
    for r in range(runs):
        protocol.send("progress", phase="race", repeat=r, of=runs, message="Threaded run %d of %d" % (r + 1, runs))
        observed = observe(lambda f, a: run_threads(f, a, n))
        results.append({"mode": "threads", "expected": per_call * n, "observed": observed, "lost": per_call * n - observed})
    instance = call.fresh()[2]
    if state.read(instance) != initial:
        state.write(instance, initial)
    result = {"kind": "race", "interpreter": facts, "target": target_of(request), "global": state.expression,
              "state": state.expression, "workers": n, "runs": results, "load": report}
    if call.sharing(processes=False, unit="run"):
        result["sharing"] = call.sharing(processes=False, unit="run")
    protocol.send("result", result=result)


def target_of(request):
    target = {"file": request["file"], "function": request["function"]}
    if request.get("args"):
        target["args"] = request["args"]
    if request.get("instance"):
        target["instance"] = request["instance"]
    return target


# ---------------------------------------------------------------- what the user's code leaves behind

HARNESS_PID = os.getpid()
TARGET_NAME = {"function": "the function"}
# kind -> {"kind", "message"}: the first of each kind, attached to the answer.
RUN_WARNINGS = {}
THREADS_AT_START = set()
# pid -> multiprocessing Process of the pool: exit codes of the dead, and stopping the rest.
POOL_PROCESSES = {}
MULTIPROCESSING_HELPERS = ("multiprocessing.forkserver", "multiprocessing.resource_tracker", "multiprocessing.spawn")

SIGNAL_MEANINGS = {
    "SIGSEGV": "a crash in C code: segmentation fault",
    "SIGBUS": "a crash in C code: bus error",
    "SIGILL": "a crash in C code: illegal instruction",
    "SIGFPE": "a crash in C code: arithmetic error",
    "SIGABRT": "aborted by a fatal error in C code or in Python itself",
    "SIGKILL": "killed outright: the system ran out of memory, or another program killed it",
    "SIGTERM": "asked to stop by another program",
}


def warn(kind, message, scope=""):
    RUN_WARNINGS.setdefault((kind, scope), {"kind": kind, "message": message})


def fn_name():
    return "%s()" % TARGET_NAME["function"]


def describe_exit(code):
    """How a process ended, from a multiprocessing exit code (negative: the signal that ended it)."""
    if code is None:
        return "stopped"
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = "signal %d" % -code
        meaning = SIGNAL_MEANINGS.get(name)
        return "was killed by signal %s%s" % (name, " (%s)" % meaning if meaning else "")
    return "exited with code %d (os._exit(), or C code that exited)" % code


def where_now():
    """Where the run was, from the last progress event: 'in the threads mode, repeat 2 of 5'."""
    p = Protocol.current.last_progress if Protocol.current else {}
    phase, mode = p.get("phase"), p.get("mode")
    if phase == "measure":
        return "in the %s mode, repeat %d of %d" % (mode, int(p.get("repeat") or 0) + 1, int(p.get("of") or 1))
    if phase == "warmup" and str(p.get("message", "")).startswith("Starting"):
        return "while the worker processes started"
    if phase == "warmup":
        return "in the %s mode's warm-up" % mode if mode else "during the warm-up calls"
    if phase == "race":
        return "in threaded run %d of %d of the race check" % (int(p.get("repeat") or 0) + 1, int(p.get("of") or 1))
    return "while loading the file"


def dead_worker_failure(pool, where):
    """process-died for a pool worker that died: which one, how (signal or exit code), and when."""
    if pool is not None:
        POOL_PROCESSES.update(getattr(pool, "_processes", None) or {})
    ended = []
    for pid, proc in sorted(POOL_PROCESSES.items()):
        waited = time.monotonic() + 0.5  # the executor notices a death at once; the exit code may take a moment
        while proc.exitcode is None and time.monotonic() < waited:
            time.sleep(0.02)
        if proc.exitcode is not None:
            ended.append((pid, proc.exitcode))
    # The executor stops the other workers with SIGTERM once one died: name the one that died first.
    first = [e for e in ended if e[1] != -signal.SIGTERM] or ended
    how = "process %d %s" % (first[0][0], describe_exit(first[0][1])) if first else "process died"
    return HarnessFailure("process-died", "A worker %s while running %s %s." % (how, fn_name(), where),
                          hint="Functions timed in processes must return normally: an exit, a signal or a crash in C code ends "
                               "the worker. Run it in the serial mode to see it fail in the main process.",
                          tb=traceback.format_exc())


def special_exit(type_name, first_line):
    """(message, hint) for the exceptions that are not the function's own errors, or None."""
    name = fn_name()
    if type_name == "SystemExit":
        return ("%s called sys.exit(%s), which ends a program; GIL Lab times functions that return." % (name, first_line),
                "Return from the function instead of calling sys.exit() (or exit()/quit()).")
    if type_name == "KeyboardInterrupt":
        return ("%s raised KeyboardInterrupt itself (what Ctrl+C raises; GIL Lab never interrupts a run that way)." % name,
                "Raise another exception, or return, when the function wants to stop.")
    if type_name == "MemoryError":
        return ("%s ran out of memory (MemoryError%s)." % (name, ": " + first_line if first_line else ""),
                "Threads and processes run several calls at once, each with its own memory: make one call use less.")
    if type_name == "RecursionError":
        return ("%s recursed deeper than Python allows (RecursionError: %s; the limit is %d frames)." % (name, first_line, sys.getrecursionlimit()),
                "Find the recursion without a base case, or make it a loop.")
    if type_name == "EOFError":
        return ("%s read from stdin, which is empty while GIL Lab times it (EOFError: %s)." % (name, first_line),
                "Pass the input as an argument (GIL Lab: Set Arguments, or --args) instead of reading it.")
    return None


# Per measured repeat: seconds the calls were ready to run but waited for a CPU (Linux schedstat of the
# harness's and the pool workers' main threads; the threads mode's own threads end before they can be read).
RUN_QUEUE = []


def run_queue_snapshot():
    # Serial calls run in this process's main thread; processes calls in the workers' (read quickly: the
    # reads fall inside the window).
    mode = (Protocol.current.last_progress if Protocol.current else {}).get("mode")
    workers = [pid for pid, proc in POOL_PROCESSES.items() if proc.exitcode is None] if mode == "processes" else []
    pids = [os.getpid()] + workers
    snapshot = {"at": time.perf_counter()}
    for pid in pids:
        try:
            with open("/proc/%d/schedstat" % pid) as f:
                snapshot[pid] = int(f.read().split()[1]) / 1e9
        except (OSError, ValueError, IndexError):
            pass
    return snapshot


def note_run_queue(before):
    p = Protocol.current.last_progress if Protocol.current else {}
    if len(before) < 2 or p.get("phase") != "measure" or p.get("mode") not in ("serial", "processes"):
        return
    after = run_queue_snapshot()
    waited = sum(after[pid] - before[pid] for pid in before if pid != "at" and pid in after)
    RUN_QUEUE.append({"mode": p.get("mode"), "repeat": int(p.get("repeat") or 0), "seconds": max(0.0, waited),
                      "windowSeconds": after["at"] - before["at"], "processes": len(before) - 1})


def side_effect_baseline():
    try:
        cwd = os.getcwd()
    except OSError:
        cwd = None
    return {"cwd": cwd, "switch": sys.getswitchinterval(), "threads": {t.ident for t in threading.enumerate()}}


def changed_side_effects(base):
    changes = {}
    try:
        cwd = os.getcwd()
    except OSError:
        cwd = "a folder that no longer exists"
    if base["cwd"] is not None and cwd != base["cwd"]:
        changes["cwd"] = (cwd, base["cwd"])
    if sys.getswitchinterval() != base["switch"]:
        changes["switch"] = (sys.getswitchinterval(), base["switch"])
    return changes


def note_changes(changes, in_worker=False):
    scope = "workers" if in_worker else ""
    where = " in a worker process" if in_worker else ""
    after = "GIL Lab stopped that worker after the run." if in_worker else "GIL Lab changed it back after each run."
    if "cwd" in changes:
        now, was = changes["cwd"]
        warn("changed-cwd", "%s changed the working directory%s to %s (it was %s). %s" % (fn_name(), where, now, was, after), scope)
    if "switch" in changes:
        now, was = changes["switch"]
        warn("changed-switch-interval", "%s changed the switch interval%s to %g ms (it was %g ms), which changes how often threads hand "
             "over the GIL. %s" % (fn_name(), where, now * 1000, was * 1000, after), scope)


def restore_side_effects(base):
    changes = changed_side_effects(base)
    note_changes(changes)
    if "cwd" in changes:
        try:
            os.chdir(base["cwd"])
        except OSError:
            pass
    if "switch" in changes:
        sys.setswitchinterval(base["switch"])


def describe_threads(descriptions):
    """'a', 'b', 'b' -> "'a', 2 x 'b'": a function that leaves a thread per call names it once."""
    counts = {}
    for d in descriptions:
        counts[d] = counts.get(d, 0) + 1
    return ", ".join(d if k == 1 else "%d \u00d7 %s" % (k, d) for d, k in counts.items())


def describe_thread(t):
    target = getattr(getattr(t, "_target", None), "__name__", None)
    running = " running %s()" % target if target and "(%s)" % target not in t.name else ""
    return "'%s'%s%s" % (t.name, running, "" if t.daemon else " (not a daemon thread)")


def is_harness_thread(t):
    return (t.name.startswith("gil-lab-") or t.name == "QueueFeederThread"
            or type(t).__name__ in ("_ExecutorManagerThread", "_QueueManagementThread", "_DummyThread"))


def stop_pool(pool, n, report=True):
    """Ends the pool without waiting on what the function left in its workers: a worker with a running
    non-daemon thread never exits on its own (it joins its threads on the way out), so shutdown(wait=True)
    would hang. Workers still there 2 s after being asked to go are killed."""
    POOL_PROCESSES.update(getattr(pool, "_processes", None) or {})
    if report and not getattr(pool, "_broken", False):
        try:
            # Which worker takes a task is up to the pool: ask again until every worker has answered.
            seen, threads = set(), []
            deadline = time.monotonic() + 4
            while set(POOL_PROCESSES) - seen and time.monotonic() < deadline:
                for f in [pool.submit(_worker_report) for _ in range(n)]:
                    r = f.result(timeout=max(0.1, deadline - time.monotonic()))
                    if r["pid"] in seen:
                        continue
                    seen.add(r["pid"])
                    threads += r["threads"]
                    note_changes(r["changes"], in_worker=True)
            if threads:
                warn("leftover-threads", scope="workers", message="%s left %s running in worker processes after it returned: %s. While they ran they could take "
                     "CPU time from the calls timed after them; GIL Lab stopped them with the workers." % (fn_name(), plural(len(threads), "thread"), describe_threads(threads)))
        except Exception:  # noqa: BLE001 - a report that does not come is no reason to keep the run waiting
            pass
    pool.shutdown(wait=False, cancel_futures=True)
    # Polled, not join(): a child the function forked inherits each worker's sentinel pipe, so
    # join() would wait for that child rather than for the worker.
    deadline = time.monotonic() + (0.3 if ("leftover-threads", "workers") in RUN_WARNINGS else 2)
    while time.monotonic() < deadline and any(proc.exitcode is None for proc in POOL_PROCESSES.values()):
        time.sleep(0.02)
    stuck = [proc for proc in POOL_PROCESSES.values() if proc.exitcode is None]
    for proc in stuck:
        try:
            proc.kill()
        except Exception:  # noqa: BLE001
            pass
    if stuck and ("leftover-threads", "workers") not in RUN_WARNINGS:
        warn("stuck-workers", "%d of the worker processes did not exit when the run ended (something the function left kept them "
             "alive); GIL Lab stopped them." % len(stuck))


def plural(k, word):
    return "%d %s" % (k, word if k == 1 else word + ("es" if word.endswith("s") else "s"))


def process_table():
    """pid -> (state, ppid, process group) from /proc; empty where there is none."""
    table = {}
    try:
        entries = os.listdir("/proc")
    except OSError:
        return table
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry, "rb") as f:
                stat = f.read().decode("latin-1")
            fields = stat[stat.rindex(")") + 2:].split()
            table[int(entry)] = (fields[0], int(fields[1]), int(fields[2]))
        except (OSError, ValueError, IndexError):
            continue
    return table


def command_line(pid):
    try:
        with open("/proc/%d/cmdline" % pid, "rb") as f:
            return f.read().replace(b"\0", b" ").decode("utf-8", "replace").strip()
    except OSError:
        return ""


def leftover_processes():
    """Running processes this harness's run started that are still there: its descendants, and on POSIX
    the members of its process group (children re-parented when their parent exited)."""
    table = process_table()
    me = os.getpid()
    leader = hasattr(os, "getpgid") and os.getpgid(0) == me
    ours = {pid for pid, (_, _, group) in table.items() if leader and group == me}
    children = {}
    for pid, (_, ppid, _) in table.items():
        children.setdefault(ppid, []).append(pid)
    frontier = [me]
    while frontier:
        for child in children.get(frontier.pop(), []):
            if child not in ours:
                ours.add(child)
                frontier.append(child)
    ours.discard(me)
    own = command_line(me)
    found = []
    for pid in sorted(ours):
        if table[pid][0] in ("Z", "X") or pid in POOL_PROCESSES:
            continue
        cmd = command_line(pid)
        if any(h in cmd for h in MULTIPROCESSING_HELPERS):
            continue
        found.append((pid, "a copy of this Python made by os.fork()" if cmd == own else (cmd if len(cmd) <= 100 else cmd[:99] + "…") or "?"))
    return found


def collect_leftovers():
    """Names, then stops, what the run left: threads (they end with this process) and processes."""
    threads = [t for t in threading.enumerate()
               if t.is_alive() and t.ident not in THREADS_AT_START and t is not threading.current_thread() and not is_harness_thread(t)]
    if threads:
        warn("leftover-threads", "%s left %s running after it returned: %s. While they ran they could take CPU time "
             "from the calls timed after them; GIL Lab stopped them when the run ended." % (fn_name(), plural(len(threads), "thread"), describe_threads(describe_thread(t) for t in threads)))
    for proc in POOL_PROCESSES.values():
        if proc.exitcode is None:
            try:
                proc.kill()
            except Exception:  # noqa: BLE001
                pass
    procs = leftover_processes() if HARNESS_PID == os.getpid() else []
    for pid, _ in procs:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    if procs:
        warn("leftover-processes", "%s left %s running: %s. GIL Lab stopped %s." % (
            fn_name(), plural(len(procs), "process"), ", ".join("pid %d (%s)" % p for p in procs), "it" if len(procs) == 1 else "them"))


def attach_run_warnings(kind, fields):
    try:
        collect_leftovers()
    except Exception:  # noqa: BLE001 - the answer matters more than the list of leftovers
        pass
    result = fields.get("result")
    if kind == "result" and isinstance(result, dict) and result.get("kind") == "measure" and RUN_QUEUE:
        result["runQueue"] = list(RUN_QUEUE)
    if not RUN_WARNINGS:
        return
    payload = fields.get("result") if kind == "result" else fields.get("error")
    if isinstance(payload, dict) and (kind == "error" or payload.get("kind") in ("measure", "race")):
        payload["warnings"] = list(RUN_WARNINGS.values())


def quiet_stdin():
    """The function's stdin is empty: fd 0 and sys.stdin read /dev/null (end of file at once)."""
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    sys.stdin = open(os.devnull, "r")


def exit_with_parent(fd=0):
    """The caller keeps our stdin open while it lives. When it closes (the editor or CLI died, or it
    gave up on us), everything this harness started goes too, pool workers included. `fd` is the
    private copy of that stdin (fd 0 itself is the function's, and reads /dev/null)."""
    def watch():
        # os.read on the descriptor, not sys.stdin: a forked pool worker closes sys.stdin while it
        # starts, and would deadlock on the buffer's lock if this thread held it at fork time.
        try:
            while os.read(fd, 65536):
                pass
        except OSError:
            pass
        if hasattr(os, "killpg") and os.getpgid(0) == os.getpid():
            os.killpg(os.getpid(), 9)  # we lead our own process group (the caller spawned us detached)
        os._exit(4)

    threading.Thread(target=watch, name="gil-lab-watchdog", daemon=True).start()


def main():
    protocol = Protocol()
    try:
        try:
            request = json.loads(sys.stdin.readline() or "{}")
        except ValueError as err:
            raise HarnessFailure("bad-request", "The request is not JSON: %s" % err)
        caller = private_fd(0)
        quiet_stdin()
        TARGET_NAME["function"] = request.get("function") or TARGET_NAME["function"]
        THREADS_AT_START.update(t.ident for t in threading.enumerate())
        if request.get("watchParent", True):
            exit_with_parent(caller)
        kind = request.get("kind")
        if kind == "probe":
            protocol.send("result", result=interpreter_facts())
        elif kind == "measure":
            measure(protocol, request)
        elif kind == "race":
            race(protocol, request)
        else:
            raise HarnessFailure("bad-request", "Unknown request kind %r." % kind)
    except HarnessFailure as failure:
        protocol.send("error", error=failure.error)
        return 2
    except BaseException as err:  # noqa: BLE001 - the caller must always get a structured answer
        protocol.send("error", error={"code": "process-died", "message": "%s: %s" % (type(err).__name__, err),
                                      "traceback": traceback.format_exc()})
        return 2
    return 0


if __name__ == "__main__":
    exit_code = main()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:  # noqa: BLE001
            pass
    # Not sys.exit: threads the function left (joined at exit) and its atexit hooks would hold us here.
    os._exit(exit_code)
