"""A gRPC servicer that keeps its state under one lock, and an asyncio one whose calls share its event loop (negative)."""
import threading
from concurrent import futures

import grpc
from grpc import aio

from inventory_pb2 import Amount, Count
from inventory_pb2_grpc import StockServicer, add_StockServicer_to_server


class LockedStock(StockServicer):
    def __init__(self):
        self._lock = threading.Lock()
        self.lookups = 0
        self.prices = {}

    def Lookup(self, request, context):
        with self._lock:
            self.lookups += 1
            seen = self.lookups
        return Count(value=seen)

    def Price(self, request, context):
        with self._lock:
            if request.sku not in self.prices:
                self.prices[request.sku] = len(request.sku) * 100
            cents = self.prices[request.sku]
        return Amount(cents=cents)


class LoopStock(StockServicer):
    def __init__(self):
        self.lookups = 0

    async def Lookup(self, request, context):
        self.lookups += 1
        return Count(value=self.lookups)


def serve():
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    add_StockServicer_to_server(LockedStock(), server)
    server.add_insecure_port("[::]:50051")
    server.start()
    server.wait_for_termination()


async def serve_async():
    server = aio.server()
    add_StockServicer_to_server(LoopStock(), server)
    server.add_insecure_port("[::]:50052")
    await server.start()
    await server.wait_for_termination()
