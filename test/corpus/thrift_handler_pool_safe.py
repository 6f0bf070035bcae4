"""A Thrift handler under a lock on a TThreadPoolServer, and one served by the single-threaded TSimpleServer (negative)."""
import threading

from thrift.protocol import TBinaryProtocol
from thrift.server import TServer
from thrift.transport import TSocket, TTransport

from shortener import Shortener


class LockedHandler:
    def __init__(self):
        self._lock = threading.Lock()
        self.next_id = 0
        self.links = {}

    def shorten(self, url):
        with self._lock:
            self.next_id += 1
            code = format(self.next_id, "x")
            self.links[code] = url
        return code

    def expand(self, code):
        with self._lock:
            return self.links.pop(code, "")


class PlainHandler:
    def __init__(self):
        self.served = 0

    def shorten(self, url):
        self.served += 1
        return str(self.served)


def main():
    transport = TSocket.TServerSocket(port=9090)
    tfactory, pfactory = TTransport.TBufferedTransportFactory(), TBinaryProtocol.TBinaryProtocolFactory()
    pooled = TServer.TThreadPoolServer(Shortener.Processor(LockedHandler()), transport, tfactory, pfactory)
    threading.Thread(target=pooled.serve, daemon=True).start()
    simple = TServer.TSimpleServer(Shortener.Processor(PlainHandler()), TSocket.TServerSocket(port=9091), tfactory, pfactory)
    simple.serve()
