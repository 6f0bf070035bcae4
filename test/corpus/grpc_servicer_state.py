"""A gRPC servicer: the synchronous server runs every call on its thread pool, on one servicer object (positive: GIL001 once, GIL004 once)."""
from concurrent import futures

import grpc

import inventory_pb2
import inventory_pb2_grpc


class StockServicer(inventory_pb2_grpc.StockServicer):
    def __init__(self):
        self.lookups = 0
        self.prices = {}

    def Lookup(self, request, context):
        self.lookups += 1  # expect: GIL001
        return inventory_pb2.Count(value=self.lookups)

    def Price(self, request, context):
        if request.sku not in self.prices:  # expect: GIL004
            self.prices[request.sku] = load_price(request.sku)
        return inventory_pb2.Amount(cents=self.prices[request.sku])

    def _audit(self, line):
        print(line)


def load_price(sku):
    return len(sku) * 100


def serve():
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    inventory_pb2_grpc.add_StockServicer_to_server(StockServicer(), server)
    server.add_insecure_port("[::]:50051")
    server.start()
    server.wait_for_termination()
