"""A ROS 1 node: a subscriber callback and a service handler, each on rospy's threads, change one total (positive: GIL001 once)."""
import rospy
from std_msgs.msg import Int64
from std_srvs.srv import SetBool, SetBoolResponse

total = 0


def on_number(msg):
    global total
    total += msg.data  # expect: GIL001


def on_reset(request):
    global total
    if request.data:
        total = 0
    return SetBoolResponse(True, "reset")


rospy.init_node("number_counter")
rospy.Subscriber("/number", Int64, on_number)
rospy.Service("/reset_counter", SetBool, on_reset)
rospy.spin()
