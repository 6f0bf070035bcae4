"""The ROS listener again, storing the user's callback before it subscribes: whenever the first message
comes, `on_message()` finds everything it reads in place (negative)."""
import threading

import rospy


class TopicListener:
    def __init__(self, topic, msg_type, user_callback=None):
        self.latest = None
        self.lock = threading.Lock()
        self.user_callback = user_callback
        self.subscriber = rospy.Subscriber(topic, msg_type, self.on_message, queue_size=1)

    def on_message(self, msg):
        with self.lock:
            self.latest = msg
        if self.user_callback is not None:
            self.user_callback(msg)

    def get(self):
        with self.lock:
            return self.latest
