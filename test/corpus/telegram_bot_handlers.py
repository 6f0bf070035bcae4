"""pyTelegramBotAPI runs message handlers on its worker threads (threaded by default): the registry they fill is shared (positive: GIL004 once, GIL001 once)."""
import telebot

bot = telebot.TeleBot("TOKEN")
players = {}
answers = 0


@bot.message_handler(commands=["join"])
def join(message):
    if message.chat.id not in players:  # expect: GIL004
        players[message.chat.id] = {"score": 0}


@bot.message_handler(func=lambda m: True)
def answer(message):
    global answers
    answers += 1  # expect: GIL001


bot.infinity_polling()
