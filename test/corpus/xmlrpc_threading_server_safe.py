"""A threading XML-RPC server whose function holds a lock around its counter (negative)."""
import threading
from socketserver import ThreadingMixIn
from xmlrpc.server import SimpleXMLRPCServer

calls = 0
calls_lock = threading.Lock()


class ThreadedRPC(ThreadingMixIn, SimpleXMLRPCServer):
    pass


def ping():
    global calls
    with calls_lock:
        calls += 1
        return calls


def serve(port):
    rpc = ThreadedRPC(("127.0.0.1", port))
    rpc.register_function(ping)
    rpc.serve_forever()
