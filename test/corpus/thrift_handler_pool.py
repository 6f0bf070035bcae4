"""A Thrift handler given to a TThreadPoolServer: its methods run on the pool's threads, several calls at once (positive: GIL001 once, GIL004 once)."""
from thrift.protocol import TBinaryProtocol
from thrift.server import TServer
from thrift.transport import TSocket, TTransport

from shortener import Shortener


class ShortenerHandler:
    def __init__(self):
        self.next_id = 0
        self.links = {}

    def shorten(self, url):
        self.next_id += 1  # expect: GIL001
        code = format(self.next_id, "x")
        self.links[code] = url
        return code

    def expand(self, code):
        if code in self.links:  # expect: GIL004
            return self.links.pop(code)
        return ""


def main():
    handler = ShortenerHandler()
    processor = Shortener.Processor(handler)
    transport = TSocket.TServerSocket(port=9090)
    server = TServer.TThreadPoolServer(processor, transport, TTransport.TBufferedTransportFactory(), TBinaryProtocol.TBinaryProtocolFactory())
    server.setNumThreads(8)
    server.serve()
