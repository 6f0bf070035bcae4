"""A threading XML-RPC server runs every call on a thread of its own: registered functions, decorated ones and an instance's methods (positive: GIL001 twice, GIL004 once)."""
from socketserver import ThreadingMixIn
from xmlrpc.server import SimpleXMLRPCServer

calls = 0
sessions = {}


class ThreadedRPC(ThreadingMixIn, SimpleXMLRPCServer):
    daemon_threads = True


def ping():
    global calls
    calls += 1  # expect: GIL001
    return calls


class Inventory:
    def __init__(self):
        self.reserved = 0

    def reserve(self, n):
        self.reserved += n  # expect: GIL001
        return self.reserved


def serve(port):
    with ThreadedRPC(("127.0.0.1", port), allow_none=True) as rpc:
        rpc.register_function(ping)
        rpc.register_instance(Inventory())

        @rpc.register_function
        def login(user):
            if user not in sessions:  # expect: GIL004
                sessions[user] = f"token-{user}"
            return sessions[user]

        rpc.serve_forever()
