#!/usr/bin/env python3
"""Build the Candor demo corpus: a fictional NPS survey of "Alder & Co.".

Alder & Co. is an invented home-internet, mobile and online-shop provider in the
UK and France. Every answer below was written by hand by the Candor team; no
outside text was copied or paraphrased. This script only arranges the answers:
with a fixed seed it assigns response ids, dates, channels, regions and exact
scores within each answer's score band, then writes ``survey.csv`` next to this
file and checks it by reading it back. Running it again gives byte-identical
output.

Usage: python3 make_demo.py            (writes survey.csv, prints statistics)

Each entry is ``(band, flaws, reason, improve)``:

* band -- "D" detractor (0-6), "P" passive (7-8), "R" promoter (9-10), or an
  exact score when the text names one ("10/10").
* flaws -- the authors' intended five-flaw tags for the row (see
  shared/codebook.md): I ignorance, G information-gaps, D denial,
  A alignment, V avoidance. Documentation for the team, not a gold standard;
  these letters are not written to the CSV.
* reason, improve -- the two open answers; "" is an empty answer.

Answers in other languages, or mixing two, sit in OTHER with their language
and region given explicitly.
"""

import csv
import datetime
import io
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 20260124
OUTPUT = Path(__file__).resolve().parent / "survey.csv"
FIRST_DAY = datetime.date(2026, 1, 5)
LAST_DAY = datetime.date(2026, 6, 28)
COLUMNS = ["response_id", "submitted_at", "nps", "channel", "region", "reason", "improve"]
FLAW_NAMES = {
    "I": "ignorance",
    "G": "information-gaps",
    "D": "denial",
    "A": "alignment",
    "V": "avoidance",
}

# ---------------------------------------------------------------------------
# English answers (UK-North / UK-South)
# ---------------------------------------------------------------------------

EN_DETRACTORS = [
    ("D", "I", "On hold for 35 minutes, then cut off. Rang back and waited another half hour.",
     "Answer the phone. Seriously."),
    ("D", "IV", "Third time calling about the same broadband fault and it's still not fixed. I'm done, moving to another provider as soon as the contract ends.",
     "Fix faults properly the first time instead of resetting the router remotely and hoping for the best"),
    ("D", "A", "Paid extra for next-day delivery on a new phone. It arrived 9 days later.",
     "Don't charge for express delivery if you can't do express delivery"),
    ("D", "D", "Was told the wifi dropping out was my fault because of where I'd put the router. It's been in the same spot for 4 years and only started dropping after your so-called upgrade.",
     "Stop blaming customers for network problems"),
    ("D", "A", "Bill went up £6 a month with no warning, so now I'm paying more than I was quoted when I signed up.",
     "Honour the price you quote"),
    ("D", "G", "Had to give my account number, postcode and date of birth to three different people in one call. Every transfer started from scratch.",
     "Pass my details on when you transfer me!"),
    ("D", "I", "Refund for a returned tablet still hasnt turned up after 5 weeks. Was promised a call back twice, nobody called back.",
     "Call people back when you say you will"),
    ("D", "V", "Cancelling. Not worth the hassle.", "Doesn't matter now"),
    ("D", "G", "The app logs me out every time I open it and then says my password is wrong. Reset it twice. Chat told me to phone, the phone line told me to use chat.",
     "Sort out the app login, and get your teams talking to each other"),
    ("D", "A", "Advertised 500Mb. I get 60 on a good day.", "Deliver the speed I pay for"),
    ("D", "D", "Complained twice about the engineer not turning up, no reply to either complaint, not even an appology.",
     "Respond to complaints"),
    ("D", "ID", "great, another 2 hour wait on the phone just to be told \"there's nothing we can do\".", "hire more staff, obviously"),
    ("D", "A", "Hidden fees. A £4.99 \"line maintenance\" charge nobody mentioned when I joined, and a paper bill fee on top.",
     "Be upfront about what things actually cost"),
    ("D", "V", "Left a one star review online because there's clearly no point complaining to you directly.", ""),
    ("D", "I", "Engineer appointment: stayed in all day (8am-6pm window), nobody came and nobody rang. Rebooked, exactly the same thing happened again.",
     "Text me if the engineer isn't coming. It's not hard. 07700 900456"),
    ("D", "A", "No signal at all inside my house, even though your coverage checker said \"excellent indoor coverage\" for my postcode.",
     "An honest coverage map"),
    ("D", "AV", "£180 termination fee to leave a contract for a service that never worked as advertised. Paying it anyway, never again.",
     "Let people leave without penalties when you haven't delivered what you sold them"),
    ("D", "G", "Sent from the app to the shop, the shop said they can't do SIM swaps for business accounts and sent me back to the app. Round and round in circles.",
     "Tell people which channel can actually do what"),
    ("D", "I", "still not fixed", "fix it"),
    ("D", "IDGV", "The agent didn't know how to process a cancellation, put me on hold for 20 minutes and came back to say it was \"company policy\" that I ring a different number. Off to a competitor and I'll be telling everyone why.",
     "Train your staff"),
    ("D", "", "Price", "Lower prices"),
    ("D", "IA", "Promised a callback within 24 hours. That was 11 days ago.",
     "Callbacks. My number is 07700 900123, not that anyone will use it."),
    ("D", "D", "Your rep told me my refund was declined because I \"should have read the terms\". No apology for sending me the wrong colour in the first place.",
     "Own your mistakes"),
    ("D", "G", "Couldnt find anywhere on the website how to return the faulty router. No instructions in the box either",
     "Put the returns info somewhere a human being can find it"),
    ("D", "IV", "Broadband down for the 4th time this month. Each time its \"an issue in your area\". Allready looking at switching.",
     "Reliability"),
    ("D", "A", "Took out the £25 SIM only deal online, first bill was £38. Apparantly the price shown didn't include something or other.",
     "Show the real price on the website"),
    ("D", "", "Very slow", ""),
    ("D", "IG", "I've chased this refund by email 6 times. SIX. Each reply comes from a different person asking me to explain it all again.",
     "Give each complaint an owner who actually follows it up"),
    ("D", "AV", "The parcel was \"guaranteed by 1pm\". It turned up at 7pm and I'd taken the morning off work for it. Won't be ordering from the Alder shop again.", ""),
    ("D", "DI", "NOTHING HAS BEEN DONE. I reported this fault in January.", "FIX IT"),
    ("D", "G", "Filled in the online form for moving house, then got a letter asking me to phone up and do it all again.",
     "One moving-home process, not three"),
    ("D", "V", "Had enough, my number is being ported out this week.", "Too late now"),
    ("D", "I", "Waited 52 mins in the que with the same 20 seconds of music on a loop. Nobody picked up.",
     "More people answering phones at lunchtime"),
    ("D", "AI", "They said installation would be \"quick and easy\". Three visits, a hole drilled in the wrong wall, and still no fibre.",
     "Get installations right first time"),
    ("D", "D", "Asked why I'd been charged twice. The lady argued with me for ten minutes that I hadn't been, while I was looking at my bank statment.",
     "Listen to what customers are telling you"),
    ("D", "", "Expensive for what it is.", "Cheaper broadband"),
    ("D", "IG", "Nobody at the store knew anything about my online order. They told me to ring customer services, who told me to go back to the store.",
     "Link up the shop and online orders"),
    ("D", "A", "You advertise no price rises mid-contract and then put my price up in April. Explain that one.",
     "Keep your word"),
    ("D", "V", "Told my sister not to bother with you. She was about to sign up.", "Treat people properly and they'll recommend you"),
    ("D", "I", "wifi drops every evening around 8. reported it in feb, march and april, same answer every time, restart the router",
     "actually look into it"),
    ("D", "DV", "Complaint closed without anyone contacting me. Won't bother raising another one.", ""),
    ("D", "G", "The email said my replacement router would arrive \"soon\". No date, no tracking link, nothing.",
     "Tracking info for deliveries"),
    ("D", "A", "Premium prices, bargain basement service.", "Either lower the price or up your game"),
    ("D", "I", "3 weeks with no landline. Chasing, chasing, chasing. I shouldn't have to do your job for you.",
     "Keep customers updated during a fault without them having to ask"),
    ("D", "D", "Was told its \"not our problem\" because the phone was bought on the website rather then in a store. Its the same company!",
     "Sort out who is responsible for what"),
    ("D", "", "Poor.", "Everything"),
    ("D", "IA", "Mobile data hasnt worked properly since i got the new SIM. Was told it would activate within 24h, its been a week and 2 calls later still nothing.",
     "Activate SIMs when you say you will"),
    ("D", "G", "Your website wants me to log in to report a broadband fault. I can't get online BECAUSE my broadband is down. Genius.",
     "A way to report a fault without needing the internet?"),
    ("D", "V", "Switching to a competitor. They're offering twice the speed for less money.",
     "Look after existing customers as well as new ones"),
    ("D", "D", "The chat agent kept pasting the same script and refused to escalate. \"I understand your frustration\" five times in a row.",
     "Let chat agents escalate"),
    ("D", "A", "The contract said free installation. I've been charged £60 for the engineer visit.", "Refund the £60"),
    ("D", "I", "Order AC-2026-0418-3391 still not delivered and no one seems to know where it is",
     "Find my parcel!!"),
    ("D", "", "Nothing works.", "Everything, starting with the broadband"),
    ("D", "GV", "Tried to cancel online but the website just says \"call us\". Called, got transfered 3 times. In the end I cancelled by letter like it's 1995.",
     "Let me cancel online"),
    ("D", "ID", "Router has been dropping the connection since day one. Three replacements. Your technician admitted it's a known issue with that model but nothing has been done about it.",
     "Stop sending out a router you know is faulty"),
    ("D", "A", "Ordered a phone case shown as black, recieved a bright pink one. Not as discribed at all.",
     "Check orders before sending them"),
    ("D", "", "Customer service", "Customer service, again"),
    ("D", "I", "Engineer came, said the line needed work outside, left. Nobody has been back since and that was 3 weeks ago.",
     "Follow up after an engineer visit"),
    ("D", "DA", "Asked about the \"lifetime price guarantee\" the salesman told me about. Now I'm told no such thing exists and I must have misunderstood.",
     "Train sales staff not to make things up"),
    ("D", "G", "The letter about the price change used so much jargon I still don't know what I'll be paying from next month.",
     "Plain English in letters"),
    ("D", "V", "I'm leaving when my contract ends in June. Not renewing.", ""),
    ("D", "I", "Been on hold 1h10 today. This is ridiculous!!!", "staff"),
    ("D", "D", "Refund refused. Apparently opening the box counts as using the product. The shop staff just shrugged.",
     "Change your returns policy"),
    ("D", "A", "Was sold \"unlimited\" data which turns out to be capped at 100GB and then slowed to a crawl",
     "Don't call it unlimited if it isn't"),
    ("D", "IG", "Moved house and asked to take my broadband with me. Had to explain the whole situation on chat, on the phone and in the shop, and none of them had any notes. Still not live after 4 weeks.",
     "Keep notes on my account so I don't have to start again every time"),
    ("D", "", "Too expensive compared to others", "Cheaper deals for loyal customers"),
    ("D", "DV", "I complained about a rude advisor and got a generic email back. No apology. I'll take my business elsewhere.", ""),
    ("D", "I", "No signal in the kitchen, none in the garden. Reported it twice, nobody ever got back to me.",
     "Better coverage in villages"),
    ("D", "A", "Your adverts say switching is easy. It was not easy. It took 3 weeks and I was without internet for 5 days of it.",
     "Make switching as easy as you claim"),
    ("D", "G", "Billing error, £45 overcharge. The app says to contact you by chat, the chat doesn't work on mobile, and the website version wants a code that gets sent to... the app.",
     "Chat that works on a phone"),
    ("D", "IV", "Every month there's something wrong with the bill. I've given up ringing about it, I'll just leave.", "Get the bills right"),
    ("D", "", "Signal is rubbish where I live", "coverage"),
    ("D", "D", "I was on the phone for ages and the advisor kept insisting it was my equipment. Turned out to be a fault at the exchange. Not even a sorry.",
     "Apologise when you get it wrong"),
    ("D", "A", "Told delivery would be Tuesday. It's Thursday and the tracking still says \"preparing your order\"",
     "Realistic delivery dates"),
    ("D", "I", "The agent didnt know what a PAC code was, I had to explain it to her", "Training"),
    ("D", "AV", "Hidden fees on the bill, price higher than quoted, and then a £50 exit fee when I complained about it. Have cancelled and I'm telling everyone I know.", "Scrap the hidden fees"),
    ("D", "G", "Never got any instuctions for setting up the new router. Spent the whole evening on forums.",
     "A setup guide in the box would be nice"),
    ("D", "D", "\"That's just how the system works\" is not an answer.", "Better answers"),
    ("D", "I", "4 missed technician appointments. FOUR.", "Turn up"),
    ("D", "V", "Don't see the point in filling these surveys in, nothing ever changes", ""),
    ("D", "IG", "Parcel marked as delivered, never arrived. Had to ring 3 times and tell the whole story from the start each time. Still waiting on a replacement 2 weeks later.",
     "Replacements need to be quicker"),
    ("D", "A", "The phone was sold as new but had scratches on the screen and someone else's photos on it.",
     "Quality control"),
    ("D", "", "Rude staff in the Leeds store.", "Staff attitude"),
    ("D", "ID", "Third complaint about the same billing mistake. Every time I'm told it will be corrected on the next bill, every time it isnt, and now I'm told I should have raised it sooner.",
     "Fix billing errors for good"),
    ("D", "A", "Paid for the Fibre 900 upgrade, the speed test shows no difference whatsoever.",
     "Check a line can take the speed before selling the upgrade"),
    ("D", "GV", "My email to the complaints address bounced and the web form timed out twice. In the end I posted on social media, where at least someone replied after 4 days.",
     "Email me at dan.whitcombe@example.com, I'm still waiting for an actual answer"),
    ("D", "IDV", "Called about no internet.\nWaited 40 min.\nAdvisor said I must have unplugged something.\nI hadn't.\nLooking for another provider now.", ""),
    ("D", "A", "Was offered a free upgrade to stay and its now on my bill at £8/month.",
     "Stick to the retention offers you make"),
    ("D", "G", "Nobody told me the old router had to be sent back, and now I've been charged £70 for not returning it.",
     "Tell people about returns before you charge them"),
    ("D", "", "", ""),
    ("D", "", "", "Answer the phone quicker"),
    ("D", "AI", "Refund promised \"within 5 working days\". It's been a month.", "Pay refunds on time"),
    ("D", "I", "My mum (82) has been without a working landline for 12 days. I've rung on her behalf every single day. Every day it's \"escalated\". She relies on that phone.\nDo better.",
     "Prioritise vulnerable customers. Her number is 020 7946 0321 if anyone wants to check."),
    ("D", "A", "Sold me a phone contract with \"free EU roaming\", came back from Spain to a £74 bill.",
     "Be clear about roaming charges"),
    ("D", "DV", "Your engineer left cables across my hallway floor. When I rang, I was told that's how they always do it and there's nothing to be done. Cancelled.", "Engineers who tidy up after themselves"),
    ("D", "", "Worst provider I've had", "Where do I start"),
    ("D", "G", "Tried to upgrade in the app, it said I wasn't eligible. Rang up, they said I was eligible but had to do it in the app. Went to the shop in the end.",
     "Make the app and the phone line give the same answer"),
    ("D", "I", "Still no refund for the cancelled order, and your email says \"allow 3-5 days\"... 3 weeks ago.",
     "Refunds"),
    ("D", "A", "Got a \"special loyalty price\" that turned out to be more expensive than the deal for new customers on your own website.",
     "Treat loyal customers fairly"),
    ("D", "D", "\"Unfortunately there's nothing we can do\" seems to be the answer to everything.", "Let staff actually fix things"),
    ("D", "", "", "Stop putting prices up every year"),
    ("D", "I", "", "Answer emails. I've sent three from sarah_k87@example.com."),
    ("D", "", "", "Get the broadband working"),
    ("D", "V", "", "Make it easier to leave, since that's what I'm doing"),
    ("D", "", "", ""),
    ("D", "IA", "I've been a customer for six years and never had reason to complain until the move. Booked the home move a month in advance and was told the broadband would be live on moving day. It wasn't. Then the engineer didn't show. Then a second engineer said the first order had been cancelled by mistake. Nobody rang me once, I did all the chasing. Three weeks working from home on a phone hotspot, thanks.",
     "Someone who owns a home move from start to finish"),
    ("D", "IAG", "I run a small business from home and rely on the landline for orders. It has gone down four times since Christmas. Each time I'm told an engineer will be out within 48 hours, each time it's nearer a week, and each time I'm asked the same questions from scratch as if nobody has ever heard of me. I've lost orders because of this. If I could leave without paying the early exit fee I would have done already.",
     "A proper business line with a proper repair time.\nAnd notes on my account!"),
    ("D", "D", "Out of contract pricing is a rip-off. I only noticed when my bill jumped by £12, and the advisor just said I should have kept an eye on my end date.",
     "Remind people before their contract ends"),
    ("D", "I", "Spent my lunch break on hold, 38 minutes, then had to go back to work. Tried again at 6pm: \"we're experiencing high call volumes\". Every day is high call volumes apparently.",
     "A callback option instead of holding"),
    ("D", "AV", "Bought the premium mesh wifi kit on the promise it would fix the dead spots. It didn't, and I'm stuck paying for it for 18 months. Lesson learned, won't be buying add-ons from you again.",
     "Let people return add-ons that don't work"),
]

EN_PASSIVES = [
    ("P", "", "Good service overall but the broadband can be a bit slow in the evenings.", "Evening speeds"),
    ("P", "I", "The advisor was lovely but I'd been on hold for 25 minutes before I got to her.",
     "Shorter waits on the phone"),
    ("P", "", "Fine. Does the job.", "Cheaper would be nice"),
    ("P", "A", "Delivery was a day later than promised but the phone itself is great.", "Stick to the delivery date you give"),
    ("P", "", "Decent price, decent speed. Nothing special.", "Not sure"),
    ("P", "G", "Set up was ok once I found the instructions wich were buried in a PDF on the website rather than in the box.",
     "Put instructions in the box"),
    ("P", "", "Friendly staff in store, a bit of a queue though.", "More staff on Saturdays"),
    (7, "", "7 because nothing's gone wrong yet.", ""),
    ("P", "I", "Issue sorted in the end, but only on my second call.", "Fix it on the first call"),
    ("P", "", "App is handy for checking my data. Crashes now and then.", "App stability"),
    ("P", "A", "Price went up more than I expected at renewal, otherwise happy.", "Clearer renewal pricing"),
    ("P", "", "Good coverage in town, patchy on the train.", "Coverage on the commuter lines"),
    ("P", "", "", ""),
    ("P", "", "OK", "Better customer service"),
    ("P", "G", "Technician was polite and quick, but nobody told me I had to be in for the whole 4 hour slot.",
     "Shorter appointment windows, and tell people what to expect"),
    ("P", "", "Refund came through in about a week, could be faster but no problem realy.", "Faster refunds"),
    ("P", "", "The chat was quick, the answer was a bit vague.", "More precise answers on chat"),
    ("P", "", "Mostly reliable, the odd drop-out.", "Fewer drop-outs"),
    ("P", "V", "Service is alright but Ive seen better deals elsewhere, might switch when my contracts up.",
     "Loyalty discounts"),
    ("P", "", "no complaints really", "nothing to report"),
    ("P", "", "Quick delivery, far too much packaging.", "Less plastic please"),
    ("P", "D", "Good product, but when I asked about compensation for the outage the answer was basically \"company policy, sorry\".",
     "Compensate for outages automatically"),
    ("P", "", "Easy to top up. The app could look nicer.", "App design"),
    ("P", "", "Helpful advisor on the phone. Took a while to get through.", "Quicker answer times"),
    ("P", "", "I'd give a 9 if the wifi reached upstairs.", "A booster for bigger houses"),
    ("P", "G", "Had to re-enter all my card details for the upgrade even though you already have them. Otherwise smooth.", "Remember my card details"),
    ("P", "", "Fast service", "Not sure really"),
    ("P", "", "", "Cheaper roaming"),
    ("P", "", "It works. I don't think about it much, which is probably a good sign.", ""),
    ("P", "", "Good value for money but customer service could be friendlier", "Friendlier staff"),
    ("P", "A", "Speeds are good, though not the \"up to 900\" it says on the box. More like 600.", "Be realistic about speeds"),
    ("P", "", "Shop staff were helpful. The phone I wanted was out of stock.", "Stock levels"),
    ("P", "", "average", "a bit of everything"),
    ("P", "I", "Sorted my bill quickly in the end. Shame it took three emails before anyone replied.", "Reply to emails faster"),
    ("P", "", "The new app update is better, login is still fiddly sometimes.", "Face ID login"),
    ("P", "", "Price is fair. Had one outage in 6 months.", "Let us know when there's an outage"),
    ("P", "", "The installer was great. The router is ugly. 😅", "A nicer looking router"),
    ("P", "", "no problem at all with the service, just think it's a bit pricey", "cheaper tariffs"),
    ("P", "G", "Couldnt find where to change my billing date in the app, had to ask on chat. They sorted it in 5 min tho.",
     "Make settings easier to find"),
    ("P", "", "Signal fine, customer service fine, price a bit high.", "Price"),
    ("P", "", "Good", "Nothing"),
    ("P", "A", "The website said in stock, turned out it wasn't. They did ring me to let me know, which I appreciated.",
     "Keep stock info on the website up to date"),
    ("P", "", "Parcel came on time, one accessory was missing, replacement sent fast.", "Check the box before it goes out"),
    ("P", "", "Not bad. Broadband's been steady.", "Mobile signal at home"),
    ("P", "", "", ""),
    ("P", "I", "Good once it works, but getting an engineer booked took 3 attempts.", "The engineer booking system"),
    ("P", "I", "They sorted my issue, but I had to be quite persistent and chase them twice.", "Don't make people chase"),
    ("P", "", "Better than my last provider, not as good as I'd hoped.", "Speeds at peak times"),
    (8, "", "8 - friendly advisor, slightly slow refund", "Refund speed"),
    ("P", "", "Ok service, would be a 10 with better coverage in Cumbria", "Rural coverage"),
    ("P", "", "The lady in the shop went out of her way to help me move my contacts across. Price is steep though.", "Better prices on handsets"),
    ("P", "G", "Good broadband. The bills are confusing, three line items for things I don't understand.", "Simpler bills"),
    ("P", "", "Mostly fine. The hold music is dreadful.", "Change the hold music!"),
    ("P", "", "satisfied", ""),
    ("P", "", "Connection is stable now after the new router, took a while to get there", "Send the better router to everyone"),
    ("P", "A", "Suposed to get £50 credit for switching, got £30. Still decent value though.", "Pay the full switching credit"),
    ("P", "", "Quick to answer on chat, couldn't solve everything.", "Give chat more options"),
    ("P", "", "Happy with the mobile plan, less so with the broadband.", "Broadband reliability"),
    ("P", "", "Good service, though the email confirmations go to my spam folder every single time", "Emails that don't end up in spam"),
    ("P", "", "Used to be better.", "Bring back the old app"),
    ("P", "I", "Engineer fixed it, but it's the second time this year the same green box in the street has failed.",
     "Replace the street cabinet"),
    ("P", "", "Staff were friendly, process was slow.", "Speed up the process"),
    ("P", "", "-", "-"),
    ("P", "A", "The upgrade was simple, though I was surprised by an activation fee nobody had mentioned.",
     "Mention the activation fee earlier"),
    ("P", "", "Quick delivery. I didn't need to contact anyone, which is how it should be.", "Cheaper accessories"),
    ("P", "", "Quite good", "More data for the money"),
    ("P", "", "The chat asked me to type my card number into the chat window (4111 1111 1111 1111) which felt a bit dodgy, but it did get sorted.",
     "Don't ask for card numbers over chat"),
    ("P", "", "Wifi is good downstairs, weak in the loft where I work.", "Mesh wifi as standard"),
    ("P", "", "Decent. The technician was on time and tidy, the router setup afterwards was fiddly.",
     "Simpler router setup"),
    ("P", "", "Fine for the price.", "More data"),
    ("P", "A", "Phone arrived quickly but it was the 128GB model, not the 256GB I ordered. Exchanged in store with no fuss, so 7.",
     "Get orders right"),
    ("P", "", "All good apart from the upload speed", "Upload speed"),
    ("P", "", "", "Evening broadband speeds"),
    ("P", "", "", "Nothing much"),
    ("P", "", "", "The app keeps logging me out"),
    (7, "GI", "Mixed feelings. The broadband itself is excellent and the engineer who installed it was brilliant, explained everything and even tidied the cables. But the billing side is a mess: my first two bills were different amounts and I still don't fully understand why. When I rang, the advisor was friendly but couldn't really explain it either. So: product 9, billing 4, average it out.",
     "Bills a normal person can read"),
    ("P", "", "Got there in the end. The chat bot was useless but the human who took over was great.", "Skip the bot"),
    ("P", "G", "Upgrade went fine but the app and the website showed different end dates for my contract, so I wasn't sure which one to believe.",
     "Make the app and the website agree"),
    (8, "", "8/10. Broadband good, TV box keeps freezing.", "The TV box"),
]

EN_PROMOTERS = [
    ("R", "", "Fast service and a really friendly advisor.", "Keep doing what you're doing"),
    ("R", "", "Sorted in one call. Brilliant.", "Nothing, keep it up"),
    ("R", "", "Engineer turned up on time, explained everything and left it tidy.", "Shorter appointment slots"),
    ("R", "", "The broadband has been rock solid since I switched.", "Slightly cheaper would be nice"),
    (10, "", "10/10", ""),
    ("R", "", "", ""),
    ("R", "", "Parcel arrived next day as promised. Well packaged.", "Nothing"),
    ("R", "", "Priya on the chat was brilliant, sorted my bill in minutes.", "Clone Priya"),
    ("R", "", "Great value, great signal.", ""),
    ("R", "", "Refund came through in 3 days, no fuss.", "Nothing to add"),
    ("R", "", "Excellent", ""),
    ("R", "", "No problems at all in 2 years.", "Nothing to improve"),
    ("R", "", "The staff in the Brighton store were so patient with my dad, who isn't great with phones. They spent 45 minutes setting everything up and never once rushed him.",
     "More people like that"),
    ("R", "", "Quick, easy, cheap.", ""),
    ("R", "", "They never blamed me even though it was actually my fault, I'd unplugged the box 🙈", "Nothing! All good"),
    ("R", "", "Good speeds, reliable, decent price.", "More speed for the same price 😉"),
    ("R", "", "Switched from another provider and the difference is night and day.", ""),
    ("R", "", "I had a problem with roaming in Spain and the advisor rang me back the next morning as promised. Very impressed.",
     "Roaming info in the app"),
    ("R", "", "Easy to use app", "Dark mode in the app"),
    ("R", "", "great", "n/a"),
    ("R", "", "wifi reaches every room now with the new router, finally!", "Should have sent that router from the start"),
    ("R", "", "The techncian was really freindly, fitted the fibre in under an hour and even helped me set up the TV box.",
     "Nothing, great job"),
    ("R", "", "Good customer service", "Keep it up"),
    ("R", "", "", "Longer opening hours on the phone line"),
    ("R", "", "Everything was explained clearly before I signed, and the first bill matched exactly.", ""),
    ("R", "", "Helpful, polite, quick.", "Can't think of anything"),
    ("R", "", "Answered in under 2 minutes. Didn't expect that!", "Keep the wait times this short"),
    ("R", "", "Ive reccomended you to my neighbours.", "A referral discount"),
    ("R", "", "Always reliable", ""),
    ("R", "", "Excellent service from start to finish. My order arrived a day early.", ""),
    ("R", "", "Not a single drop-out since the install.", "Keep the network this good"),
    ("R", "", "Really pleased, the switch was as easy as the advert said.", ""),
    ("R", "", "Love the app, paying my bill takes 10 seconds.", "Show the bill breakdown in the app"),
    ("R", "", "Very good", "n/a"),
    ("R", "", "Sorted my problem without any fuss, and someone called back the next day to check it was still working. That's rare these days.", ""),
    ("R", "", "Good signal even out in the Dales.", "Keep expanding 5G"),
    ("R", "", "the lad in the shop was dead helpful", ""),
    ("R", "", "Cheaper than my old provider and faster.", "Nothing really"),
    ("R", "", "Fantastic service!!!", ""),
    ("R", "", "Price is good and the contract is straightforward.", "Maybe a cheaper SIM only deal for over 65s"),
    ("R", "", "Prompt refund for a faulty charger.", "Better quality chargers 🙂"),
    ("R", "", "Been with you 8 years, never had a reason to leave.", "Reward long-standing customers a bit more"),
    ("R", "", "Simple, it works.", ""),
    ("R", "", "", "Faster upload speeds"),
    ("R", "", "Chat agent was knowledgeable and patient.", "Open the chat later in the evening"),
    ("R", "", "Very happy", ""),
    ("R", "", "Delivery was on time and the courier rang ahead.", "All fine as it is"),
    ("R", "", "I was worried about switching but it was seamless. No downtime at all.", ""),
    ("R", "", "Excellent value family plan.", "More data on the family plan"),
    ("R", "", "Good wifi, good price, good people.", "not much"),
    ("R", "", "The advisor (Tom) went above and beyond to fix a billing error and even credited me for the hassle.", "Give Tom a raise"),
    ("R", "", "Fast", ""),
    ("R", "", "Couldn't ask for more.", ""),
    ("R", "", "very quick response to my email", ""),
    ("R", "", "The engineer came the same day I reported the fault.", "Nothing, that was excellent"),
    (10, "", "10", ""),
    ("R", "", "Haven't had to contact customer service once, which says it all.", "Keep it that way"),
    ("R", "", "Everything works as it should. Price is reasonable.", ""),
    ("R", "", "Friendly and efficient", "Nothing comes to mind"),
    ("R", "", "Really helpful staff in store. They explained the different plans without trying to upsell me.", "Longer Sunday opening"),
    ("R", "", "Good", ""),
    ("R", "", "The new app is a big improvement, logging in with my fingerprint is so much easier", "Widgets for data usage"),
    ("R", "", "Fast installation, no hidden charges, what more can you want", ""),
    ("R", "", "Solved my issue in one go 👍", "Nothing to say"),
    ("R", "", "Speed is exactly what was advertised, sometimes more.", "Cheaper upgrades to faster packages"),
    ("R", "", "Good communication all through the installation, a text the day before and another one an hour before the engineer arrived.", ""),
    ("R", "", "Happy customer", "Keep prices stable"),
    ("R", "", "Very pleased with the service I received today. The gentleman on the phone was very courteous and sorted out my direct debit quickly.",
     "Nothing at all"),
    ("R", "", "Coverage is great everywhere I go.", "Wifi calling on older phones"),
    ("R", "", "Easy returns process, refund in 4 days.", "Free return labels"),
    ("R", "", "great service as usual", "nothing really"),
    ("R", "", "Good deal on the phone upgrade", ""),
    ("R", "", "", ""),
    ("R", "", "recieved my order the next day, very impresed", ""),
    ("R", "", "Quick and helpful", "More shops in small towns"),
    ("R", "", "Really fast broadband, I work from home and havent had a single issue on video calls.", "Nope"),
    ("R", "", "Clear bills, nothing unexpected.", "Paperless billing by default"),
    ("R", "", "Advisor was very knowledgable and friendly", "Nothing, thanks"),
    ("R", "", "It just works.", ""),
    ("R", "", "Excellent customer service when my phone was stolen, new sim the next morning", "A cheaper insurance option"),
    ("R", "", "The chat bot actually understood my question for once!", "More of that"),
    ("R", "", "No issues", ""),
    ("R", "", "Quick delivery, phone exactly as described.", "Recyclable packaging"),
    ("R", "", "So much better than my last provider. I used to be on hold for ages with them.", ""),
    ("R", "", "Brilliant staff, brilliant service.", "Nothing, you're doing great"),
    ("R", "", "Value for money", "Keep the prices fair"),
    ("R", "", "", "Lower prices for existing customers"),
    ("R", "", "Tech support talked me thru the router settings step by step, very patient with me.", ""),
    ("R", "", "good stuff", "nowt"),
    ("R", "", "Friendly staff, fast service.", ""),
    ("R", "", "The whole thing took 10 minutes in the shop, in and out.", "Honestly nothing"),
    ("R", "", "Always helpful when I call.", ""),
    (9, "", "I would have given 10 if the delivery had been a bit quicker, but no real complaints.", "Delivery speed"),
    ("R", "", "Solid and dependable", ""),
    ("R", "", "Good 5G signal in the city centre", "5G in the suburbs too"),
    ("R", "", "Very efficient, thank you!", ""),
    ("R", "", "Last month's billing mistake was corrected without me even having to ask.", "Nothing springs to mind"),
    ("R", "", "Top notch", ""),
    ("R", "", "Fast, friendly and fixed my problem first time", "Nothing to improve"),
    ("R", "", "", ""),
    ("R", "", "AMAZING SERVICE, THANK YOU SO MUCH!!!", ""),
    ("R", "", "Consistently good", "Keep it up!"),
    ("R", "", "Pleasently surprised. I expected a long wait but got straight through.", ""),
    ("R", "", "Really good mobile deal and the signal is strong at home", "A bit more data"),
    ("R", "", "Sorted", ""),
    ("R", "", "Staff were great with my mum, who is deaf. They switched to chat so she could follow everything.",
     "More accessibility options"),
    ("R", "", "All good 👌", ""),
    ("R", "", "My router died on a Friday evening and a replacement was on my doorstep on Saturday morning. Can't fault that.",
     "Nothing, honestly"),
    ("R", "", "Patient, helpful advisor who didn't rush me", ""),
    ("R", "", "Good service. I've had no problems with billing, which I can't say about my last provider.", "Keep it that way!"),
    ("R", "", "Always pick up quickly and sort things out", "Longer weekend hours"),
    ("R", "", "Cancelled my old landline through you with no fuss and no exit fee, exactly as promised.", "Make the broadband-only deal cheaper"),
    ("R", "", "Great, the engineer even moved the router to a better spot for me", "None"),
    ("R", "", "", "Keep the friendly staff"),
    ("R", "", "", "A loyalty reward now and then"),
    ("R", "", "", "Nothing, all good"),
    ("R", "", "", "Faster refunds maybe"),
    ("R", "", "", ""),
    ("R", "", "Honestly, after reading the reviews I was nervous about switching.\nBut: the router arrived two days early, the switch happened overnight with no downtime, and the one question I had was answered on chat in about three minutes.\nNo hidden fees on the first bill either. Whoever designed this process, well done.",
     "Nothing. Maybe tell the review sites 😄"),
    ("R", "", "Ordered at 10pm, delivered by noon the next day. Very impressed with the shop.", "Free delivery on small orders"),
    ("R", "", "My daughter set it all up in 10 minutes from the instructions in the box. Easy.", ""),
    ("R", "", "Called to query a charge, turned out to be my mistake and the advisor was really kind about it, no problem at all.", ""),
    ("R", "", "Good signal, good price, no complaints", "Unlimited data for a fiver less 😁"),
]

# ---------------------------------------------------------------------------
# French answers (FR-Nord / FR-Sud / FR-IDF)
# ---------------------------------------------------------------------------

FR_DETRACTORS = [
    ("D", "I", "Trois quarts d'heure en attente, puis « tous nos conseillers sont occupés, merci de rappeler ultérieurement » et ça raccroche.",
     "Le temps d'attente, clairement."),
    ("D", "IV", "Ma box redémarre toute seule plusieurs fois par jour. C'est la 3e fois que j'appelle, on me refait les mêmes tests à distance et rien ne change. Je vais partir.",
     "Envoyer un technicien au lieu de faire des tests à distance"),
    ("D", "A", "Colis annoncé en livraison express 24h, reçu 8 jours plus tard en point relais alors que j'avais payé la livraison à domicile.",
     "Respecter le mode de livraison payé"),
    ("D", "D", "Selon le conseiller, mes coupures viennent de mes appareils « trop anciens ». Mon ordinateur a deux ans. Quand j'ai insisté, il m'a dit que ce n'était pas son problème.",
     "Prendre les pannes au sérieux"),
    ("D", "A", "Personne ne m'avait parlé des 48 € de frais d'activation à la souscription. Je les ai découverts sur la première facture.",
     "Annoncer TOUS les frais avant la signature"),
    ("D", "G", "Le serveur vocal demande mon numéro client, puis le conseiller me le redemande, puis celui à qui il me transfère aussi. À quoi sert le serveur vocal ?",
     "Que le numéro saisi suive l'appel"),
    ("D", "I", "Ca fait 7 semaines que j'attend le remboursement de mon telephone retourné. A chaque appel on me repond \"c'est en cours\".",
     "Rembourser plus vite"),
    ("D", "V", "Résiliation en cours.", "Trop tard"),
    ("D", "G", "Impossible de me connecter à l'appli depuis la mise à jour : le code de vérification n'arrive jamais par SMS. Et pour changer de numéro il faut... être connecté.",
     "Une autre méthode de vérification pour la connexion au compte"),
    ("D", "AD", "La fibre devait m'apporter 2 Gb/s, je plafonne à 300 Mb/s en filaire. Le technicien dit que « c'est normal ». Ce n'est pas ce que dit votre pub.",
     "Afficher des débits réalistes"),
    ("D", "D", "Le technicien a percé mon mur au mauvais endroit et laissé un trou. Photos et réclamation envoyées en avril, aucune réponse, même pas un accusé de réception.",
     "Traiter les réclamations"),
    ("D", "ID", "Bravo pour l'heure de musique d'attente, vraiment passionnant. Tout ça pour s'entendre dire que « ça ne relève pas de notre service ».", ""),
    ("D", "A", "Hausse de 4 €/mois annoncée par un simple SMS, alors que le conseiller m'avait assuré que mon tarif ne bougerait pas pendant l'engagement.",
     "Respecter la parole donnée"),
    ("D", "VD", "J'ai raconté toute l'histoire sur un forum de consommateurs : des dizaines de personnes ont le même problème. Vous, vous ne répondez toujours pas.", ""),
    ("D", "I", "Rdv technicien annulé le matin meme sans prevenir. Reprogrammé 10 jours plus tard... et rebelote.",
     "Prévenir en cas d'annulation du rendez-vous"),
    ("D", "A", "Votre carte de couverture affiche la 4G partout dans mon village. En vrai pas une seule barre, même dehors.",
     "Mettre à jour la carte de couverture réseau"),
    ("D", "V", "Je déménage dans une zone que vous ne couvrez pas et vous me facturez quand même 90 € pour résilier. Ce sera mon dernier contrat chez Alder.", ""),
    ("D", "G", "Le chat m'a dit de passer en boutique pour débloquer mon téléphone. En boutique on m'a donné un numéro à appeler. Au numéro, on m'a conseillé le chat.",
     "Que chacun sache ce que fait l'autre"),
    ("D", "I", "toujours en panne", "réparer la panne !!"),
    ("D", "I", "En un seul appel, le conseiller m'a donné trois dates différentes pour la fin de mon engagement. Il n'en avait visiblement aucune idée.",
     "Que les conseillers connaissent les contrats"),
    ("D", "", "Trop cher pour ce que c'est", "Les prix"),
    ("D", "IA", "On devait me rappeler \"dans l'heure\". C'etait il y a 4 jours.", "Rappeler vraiment"),
    ("D", "DG", "Échange refusé pour mon téléphone défectueux parce que j'avais « dépassé le délai » de deux jours. Ce délai n'est écrit nulle part sur la facture. Politique de l'entreprise, point final.",
     "Un peu de souplesse, et des délais écrits noir sur blanc"),
    ("D", "G", "La box est arrivée avec un câble qui ne correspond pas à ma prise. Rien dans le carton pour expliquer quoi faire.",
     "Mettre le bon câble, ou au moins une explication"),
    ("D", "IV", "Encore des coupures cette semaine. ca dure depuis 3 mois, je compare les offres ailleurs", "La connexion"),
    ("D", "A", "Le prix affiché en boutique n'était pas celui du contrat : 6 € de plus par mois « à cause des options ».",
     "Des prix clairs"),
    ("D", "", "Nul", ""),
    ("D", "IG", "Dossier de remboursment ouvert en mars, relancé par mail, par chat, par courrier. a chaque fois on me demande de renvoyer la facture que j'ai deja envoyée 4 fois.",
     "Un seul interlocuteur par dossier"),
    ("D", "AV", "Vous m'aviez garanti une livraison le samedi, j'ai annulé mon week-end pour être là. Personne. Le colis est arrivé le mardi suivant, chez le voisin. Dernière commande chez vous.", ""),
    ("D", "AI", "JE PAIE POUR LA FIBRE ET J'AI LE DÉBIT D'UN VIEUX MODEM. ÇA FAIT 4 MOIS QUE JE LE SIGNALE.", "LE DÉBIT"),
    ("D", "G", "Pour ajouter une ligne à mon forfait famille : formulaire en ligne, puis appel obligatoire, puis passage en boutique avec une pièce d'identité. Personne ne m'avait prévenu de toutes ces étapes.",
     "Tout faire au même endroit"),
    ("D", "V", "Portabilite demandee chez un autre operateur. Bon vent.", ""),
    ("D", "I", "Attente interminable au téléphone, j'ai eu le temps de faire la vaisselle, de passer l'aspirateur et de préparer le dîner.",
     "Plus de conseillers aux heures de pointe"),
    ("D", "AI", "Fibre vendue « installée sous 15 jours ». Deux mois et trois rendez-vous technicien plus tard, je n'ai toujours rien.", ""),
    ("D", "D", "Le conseiller m'a coupé la parole en permanence et m'a expliqué que je lisais mal ma propre facture. Il s'avère que c'est bien vous qui vous étiez trompés.",
     "Écouter les clients avant de les contredire"),
    ("D", "V", "Service client injoignable, aucun moyen de parler a un humain", "Un vrai numéro avec de vraies personnes"),
    ("D", "G", "La boutique n'a pas accès aux commandes passées sur le site. J'ai montré le mail de confirmation sur mon téléphone, ils n'ont rien pu faire quand même.", "Un seul système pour le site et les boutiques"),
    ("D", "A", "Pub à la télé : « sans engagement ». Dans mon contrat : engagement 12 mois. Cherchez l'erreur.", "Des pubs honnêtes"),
    ("D", "V", "Je déconseille Alder autour de moi, et je ne suis pas la seule.", ""),
    ("D", "I", "la connexion saute des qu'il pleut. ca fait 3 fois que je le signale, on me dit que c'est la ligne, puis que c'est la box, puis de nouveau la ligne",
     "envoyer quelqu'un verifier la ligne"),
    ("D", "DV", "Ma réclamation a reçu une réponse automatique qui ne parlait même pas de mon problème. Je ne vais pas perdre plus de temps avec vous.", ""),
    ("D", "G", "Commande validée, puis plus rien. Le lien de suivi renvoie vers une page d'erreur et le chat ne trouve pas ma commande.",
     "Un suivi de colis qui fonctionne"),
    ("D", "A", "Offre « Premium » avec « conseiller dédié » : je n'ai jamais réussi à le joindre, je tombe sur le même standard que tout le monde.", "Un vrai conseiller dédié, comme promis"),
    ("D", "IG", "Après la tempête, 11 jours sans téléphone ni internet. Mes voisins chez d'autres opérateurs ont été rétablis en 2 jours. Chez vous, aucune nouvelle tant que je n'appelais pas.",
     "Informer les clients pendant une panne"),
    ("D", "D", "Mon téléphone est tombé en panne sous garantie. On m'a répondu que c'était au fabricant qu'il fallait s'adresser, pas à vous. Je l'ai pourtant acheté chez vous !", "Assumer le SAV de ce que vous vendez"),
    ("D", "A", "Passage à l'eSIM : on m'avait dit « 10 minutes ». Je suis resté 3 jours sans téléphone.",
     "Le passage à l'eSIM"),
    ("D", "G", "Le serveur vocal me demande le numéro de série de la box, qui est écrit... sur l'étiquette de la box que le technicien a emportée.",
     "Pouvoir s'identifier avec le numéro de ligne"),
    ("D", "V", "Mon voisin paie 20 € de moins chez un concurrent pour la même fibre. Je fais pareil dès la fin du mois.",
     "Faire des offres aux clients fidèles"),
    ("D", "IV", "Le chat m'a proposé 4 fois de « redémarrer la box » alors que j'expliquais que je n'ai plus de box depuis mon déménagement. Impossible de parler à quelqu'un d'autre.",
     "Pouvoir parler à un humain"),
    ("D", "A", "Le décodeur était « inclus » dans l'offre. Il est pourtant facturé 5 € par mois sur chaque facture.", "Me rembourser le décodeur"),
    ("D", "I", "Commande AC-2026-0227-5512 jamais arrivée, personne ne sait où elle est. Rappelez-moi au 06 39 98 12 34, ça fait 3 fois que je laisse mon numéro.",
     "Retrouver mon colis"),
    ("D", "GV", "Pour résilier on m'a demandé un courrier, puis un formulaire, puis une copie de ma pièce d'identité par mail. Trois semaines pour partir. Je ne reviendrai pas.",
     "La résiliation en ligne"),
    ("D", "D", "Tout le monde dans la résidence a les mêmes coupures depuis la mise à jour de la box. Le support le sait, le dit à demi-mot, et ne fait rien.",
     "Corriger la mise à jour"),
    ("D", "A", "Le téléphone « reconditionné état parfait » avait une rayure sur tout l'écran.",
     "Contrôler les téléphones reconditionnés avant l'envoi"),
    ("D", "I", "Le technicien est passé, a dit que le probleme venait de l'exterieur et depuis plus aucune nouvelle. ça fait 3 semaines.",
     "Un suivi après l'intervention. Joignable au 06 39 98 40 17 ou claire.dubois@example.fr"),
    ("D", "AD", "Le vendeur m'avait assuré que le téléphone était « offert » avec le forfait. Il est en fait payé en 24 mensualités cachées dans ma facture. Et maintenant c'est moi qui ai « mal lu ».", ""),
    ("D", "G", "Mon contrat dit que la promo dure « 12 mois à compter de l'activation », mais personne n'est capable de me dire quand l'activation a eu lieu.",
     "Des dates claires sur les promos"),
    ("D", "V", "je ne renouvelle pas en juin", ""),
    ("D", "I", "Appelé à 9h, eu quelqu'un à 10h05 !!! Vous vous moquez de qui ?", "Embauchez du monde"),
    ("D", "DG", "On refuse de reprendre mon casque Bluetooth parce que je n'ai plus la boîte d'origine. Ce n'est écrit nulle part, mais « c'est la règle ».",
     "Revoir la politique de retour"),
    ("D", "A", "Forfait vendu « 5G incluse »... sauf que la 5G demande une option payante. Publicité mensongère.", "Arrêter les options cachées"),
    ("D", "G", "Changement de titulaire après le décès de mon père : il a fallu envoyer le même acte de décès quatre fois, à quatre services différents. Très pénible dans ce moment-là.",
     "Un peu d'humanité, et un seul interlocuteur"),
    ("D", "DV", "La conseillère m'a raccroché au nez quand j'ai demandé un responsable. J'ai écrit pour le signaler, aucune réponse. Je vais voir ailleurs.", ""),
    ("D", "I", "Depuis qu'une antenne a été démontée près de chez moi, plus de réseau. Deux tickets ouverts, aucun retour.",
     "La couverture réseau à la campagne"),
    ("D", "", "Service client déplorable", "Le service client"),
    ("D", "A", "Frais cachés partout : frais de dossier, frais d'envoi de la SIM, frais de « mise en service ». Le prix annoncé ne veut rien dire.",
     "Un prix tout compris"),
    ("D", "I", "tres decu, ca fait 2 mois que j'attend mon remboursement et personne ne repond aux mails",
     "repondre aux mails"),
    ("D", "D", "Quand j'ai demandé un geste commercial pour 10 jours sans internet, on m'a répondu que le contrat ne prévoyait rien. Pas un mot d'excuse.",
     "Un geste commercial automatique en cas de panne longue"),
    ("D", "G", "On m'a envoyé un SMS de satisfaction « suite à votre échange » alors que mon problème n'est pas réglé. Mauvais timing.",
     "Demander mon avis quand c'est fini"),
    ("D", "IDV", "Mon père est sous téléassistance, elle passe par la ligne fixe. 15 jours de coupure.\nOn m'a répondu qu'il fallait « attendre le technicien comme tout le monde ».\nNous allons résilier.",
     "Prioriser les personnes fragiles. Ligne concernée : 01 99 00 45 67"),
    ("D", "A", "Box « dernière génération » d'après la pub. On m'a livré l'ancien modèle.", "Livrer ce qui est vendu"),
    ("D", "", "", ""),
    ("D", "", "", "Le temps d'attente au téléphone"),
    ("D", "I", "Livraison en retard, puis colis perdu, puis renvoyé a la mauvaise adresse. 3 erreurs sur une seule commande !",
     "La logistique"),
    ("D", "GV", "Aucune adresse pour faire une réclamation sur le site, juste une FAQ qui tourne en rond. J'ai fini par écrire sur les réseaux sociaux.",
     "Un formulaire de réclamation visible"),
    ("D", "A", "On m'a dit que le changement d'offre serait « simple et sans coupure ». Quatre jours sans internet.", "Prévenir des coupures"),
    ("D", "D", "Le livreur a laissé mon colis devant la porte, il a disparu. Pour vous c'est « livré », donc pas votre problème.",
     "Prendre ses responsabilités"),
    ("D", "I", "Facture erronée pour le 3e mois consécutif. Je dois vérifier chaque ligne moi-même.",
     "Corriger la facturation une bonne fois pour toutes"),
    ("D", "V", "franchement je vois pas l'interet de repondre, rien ne change jamais", ""),
    ("D", "AG", "La promo « 3 mois offerts » n'a jamais été appliquée. Les conditions étaient écrites en tout petit, introuvables sur la page de l'offre.",
     "Appliquer les promos annoncées"),
    ("D", "G", "Panne réseau mobile dans tout le quartier depuis lundi. Aucune info, aucune date de rétablissement.",
     "Informer les clients des pannes en cours"),
    ("D", "D", "La conseillere m'a carrement dit que si j'etais pas content j'avais qu'a partir.", ""),
    ("D", "", "Décevant.", "Tout"),
    ("D", "I", "Si on m'avait dit dès le premier appel que ma ligne n'était pas éligible, j'aurais gagné un mois. Au lieu de ça, quatre conseillers, quatre réponses.",
     "Vérifier l'éligibilité avant de vendre"),
    ("D", "", "", "Les coupures internet"),
    ("D", "A", "", "Arrêter les hausses de prix en cours de contrat"),
    ("D", "", "", ""),
    ("D", "IDV", "Client depuis 8 ans. En février, panne de box. Le conseiller me fait faire les manipulations habituelles, rien. On m'envoie une nouvelle box, même problème. Un technicien vient et dit que la ligne est bonne. On me renvoie une troisième box. Au total 5 semaines sans internet, et quand j'ai demandé un geste on m'a dit que ce n'était pas possible car « la panne venait de chez moi ». Je suis parti chez un concurrent.",
     ""),
    ("D", "DV", "Frais de résiliation de 60 € alors que je pars à cause de vos coupures. On m'a répondu que c'était « contractuel », fin de la discussion.",
     "Supprimer les frais de résiliation en cas de pannes à répétition"),
    ("D", "G", "Impossible de savoir combien me coûtera la résiliation avant la fin d'engagement : le site renvoie vers le contrat, le contrat renvoie vers les conditions générales.",
     "Un simulateur de frais de résiliation"),
    ("D", "IV", "Résiliation demandée il y a deux mois, je suis toujours prélevé. Trois appels, trois promesses de régularisation.",
     "Arrêter les prélèvements après une résiliation"),
]

FR_PASSIVES = [
    ("P", "", "Bonne expérience avec le conseiller, mais j'ai découvert ensuite que la même offre était moins chère sur le site.",
     "Les mêmes prix partout"),
    ("P", "I", "Vingt minutes d'attente pour une simple question de facture, c'est long. La conseillère était cependant très gentille.",
     "Un numéro dédié pour les questions simples"),
    ("P", "", "Correct.", "Le prix"),
    ("P", "A", "Le colis devait arriver mercredi, il est arrivé vendredi. Rien de grave mais j'avais prevu d'etre la mercredi.",
     "Une date de livraison fiable"),
    ("P", "", "Ni bien ni mal.", "Je ne sais pas"),
    ("P", "G", "Le changement de forfait s'est bien passé, mais je n'ai reçu aucune confirmation, j'ai dû vérifier moi-même dans l'appli le lendemain.",
     "Envoyer une confirmation"),
    ("P", "", "Boutique agréable, vendeuse souriante, mais 25 minutes de queue un samedi.", "Prendre rendez-vous en boutique"),
    ("P", "", "Pas de souci particulier, mais rien d'exceptionnel non plus.", ""),
    ("P", "I", "Il a fallu deux passages du technicien pour que la prise fibre fonctionne. Maintenant c'est parfait.",
     "Vérifier le travail avant de partir"),
    ("P", "", "L'appli fait le job, mais elle met une éternité à charger.", "Une appli plus légère"),
    ("P", "A", "Le prix a pris 3 € à la fin de la promo. Je m'y attendais un peu, mais pas autant.",
     "Prévenir un mois avant la fin de la promo"),
    ("P", "", "Réseau excellent à Lyon, catastrophique dès que je vais chez mes parents en Lozère.", "La couverture à la campagne"),
    ("P", "", "", ""),
    ("P", "", "Bien", "Les prix"),
    ("P", "G", "Rendez-vous technicien respecté, mais personne ne m'a dit qu'il fallait dégager l'accès à la prise murale. Il a fallu déplacer l'armoire en catastrophe.",
     "Dire à l'avance ce qu'il faut préparer"),
    ("P", "", "Remboursement un peu lent (12 jours) mais il est arrivé.", "Rembourser plus vite"),
    ("P", "", "Le chat répond vite mais on sent que c'est un robot au début.", "Passer plus vite à un humain"),
    ("P", "", "Quelques micro coupures le soir sinon la connexion est bonne", "La stabilité le soir"),
    ("P", "V", "Correct mais si une offre moins chere arrive chez un concurent je partirai sans hesiter.", "Être plus compétitif"),
    ("P", "", "rien à redire sur le réseau, le reste est moyen", "L'accueil téléphonique"),
    ("P", "", "Livraison rapide. Par contre un carton énorme pour une coque de téléphone...", "Moins d'emballage"),
    ("P", "D", "Trois jours sans internet et pour tout dédommagement : « ce n'est pas prévu dans votre contrat ».",
     "Un dédommagement automatique en cas de panne"),
    ("P", "I", "Les vendeurs sont sympa mais connaissent pas toujours les offres internet.", "Former les vendeurs aux offres box"),
    ("P", "", "Bon service, mais on ne tombe jamais deux fois sur le même conseiller.", "Un conseiller attitré"),
    ("P", "", "Si le service client était aussi bon que le réseau, je mettrais 10.", "Le service client"),
    ("P", "G", "Il a falu envoyer mon justificatif de domicile 2 fois, le premier s'était « perdu ». Sinon ca va.", ""),
    ("P", "", "Service rapide", "Rien de spécial"),
    ("P", "", "", "Le prix des appels vers le Maroc"),
    ("P", "", "Ça fonctionne. Jamais eu besoin de vous appeler, mais pas de quoi s'extasier non plus.", ""),
    ("P", "", "Prix attractifs, mais l'accueil au téléphone est un peu sec.", "L'amabilité au téléphone"),
    ("P", "A", "Débit correct mais loin des « jusqu'à 1 Gb/s » de la publicité. Plutôt 400 en wifi.", "Des débits annoncés plus honnêtes"),
    ("P", "", "Le téléphone que je voulais était en rupture, le vendeur m'a proposé un autre modèle, pas mal finalement.", ""),
    ("P", "", "moyen", "l'attente au telephone"),
    ("P", "I", "Erreur sur ma facture corrigee mais il a fallu relancer 2 fois par mail", "Répondre aux mails plus vite"),
    ("P", "", "L'appli est mieux depuis la mise à jour, mais je dois encore me reconnecter à mon compte tous les deux jours.", "Rester connecté"),
    ("P", "", "Tarif honnête. La seule panne a été réglée en une journée.", "Prévenir quand il y a une panne"),
    ("P", "", "Le technicien était top. Par contre la box clignote en bleu toute la nuit dans ma chambre 😅", "Un bouton pour éteindre les voyants"),
    ("P", "", "Pas de souci avec le réseau, c'est surtout le prix qui me gêne.", "Le prix"),
    ("P", "G", "Je voulais bloquer les numéros surtaxés pour mon fils, impossible de trouver l'option. Le chat a fini par l'activer pour moi.",
     "Rendre les options plus visibles"),
    ("P", "", "Tout va bien sauf le prix de l'option TV.", "Les options TV"),
    ("P", "", "RAS", "RAS"),
    ("P", "A", "Le modèle était annoncé disponible en boutique, ce n'était pas le cas. On me l'a commandé et il est arrivé en 2 jours, donc ça va.",
     "Afficher les vrais stocks"),
    ("P", "", "Colis arrivé à l'heure mais abîmé, heureusement le téléphone n'avait rien.", "Des emballages plus solides"),
    ("P", "", "Pas mal du tout depuis que j'ai changé de box.", "Envoyer la nouvelle box à tout le monde"),
    ("P", "", "", ""),
    ("P", "I", "Une fois installée, la fibre est top. Mais la prise de rendez-vous a été un parcours du combattant : trois créneaux annulés.",
     "La prise de rendez-vous technicien"),
    ("P", "A", "Ça dépanne. J'attendais un peu mieux vu les pubs.", "Être à la hauteur de la pub"),
    (8, "", "8 parce que le vendeur a été top, pas 10 parce que le téléphone a mis une semaine à arriver.", "Le délai de livraison"),
    ("P", "", "La couverture dans les Alpes laisse à désirer, sinon rien à dire.", "Couverture en montagne"),
    ("P", "G", "Bonne connexion. Je ne comprends rien aux « frais de service » sur la facture.", "Des factures lisibles"),
    ("P", "", "Globalement bien. Le serveur vocal est pénible, il ne comprend jamais ce que je dis.", "Des touches plutôt que la reconnaissance vocale"),
    ("P", "", "satisfaite", ""),
    ("P", "A", "On m'avait promis le remboursement de mes frais de résiliation chez l'ancien opérateur jusqu'à 100 €, j'ai reçu 60 €. Ça reste correct.",
     "Verser le montant promis"),
    ("P", "G", "Le chat m'a répondu en 2 minutes, mais pour la suite il a fallu appeler quand même.", "Tout régler sur le chat"),
    ("P", "", "Très bien pour le mobile. Pour internet, j'hésite encore à tout regrouper chez vous.", "Une vraie réduction box + mobile"),
    ("P", "I", "Coupure réparée, mais c'est la troisième fois depuis l'hiver que des travaux arrachent le câble. Il faudrait l'enterrer plus profond.",
     "Une réparation durable"),
    ("P", "", "Rien à dire sur le service, mais j'aimerais recevoir mes factures par mail et plus par courrier. Mon adresse : m.lefevre@example.fr",
     "Factures par mail"),
    ("P", "", "Correct, sans plus. Le vendeur était sympa.", ""),
    ("P", "", "Bon service mais pourquoi faut-il toujours appeler pour la moindre chose ?", "Plus d'options dans l'espace client"),
    ("P", "", "Internet ok. Par contre le décodeur TV plante parfois.", "Le décodeur TV"),
    ("P", "", "Bonne couverture, appli un peu lente, prix dans la moyenne.", "L'appli"),
    ("P", "", "", "Le temps d'attente en boutique"),
    ("P", "", "", "La couverture réseau à la maison"),
    ("P", "", "", ""),
    ("P", "", "Alder s'est occupé de la résiliation de mon ancienne box, rien à gérer de mon côté. Par contre l'attente au téléphone pour la mise en service était longue.",
     "L'attente au téléphone"),
]

FR_PROMOTERS = [
    ("R", "", "Conseillère au top, elle a tout réglée pendant que j'étais en ligne.", "Rien, continuez"),
    ("R", "", "Rapide et efficace.", ""),
    ("R", "", "Le technicien a pris le temps de m'expliquer le fonctionnement de la box, très pro.", "Rien à signaler"),
    ("R", "", "Fibre stable, jamais de coupure en teletravail.", "Un meilleur débit montant"),
    (10, "", "10/10", ""),
    ("R", "", "", ""),
    ("R", "", "Commande passée le dimanche soir, reçue le mardi matin.", "Rien, tout était parfait"),
    ("R", "", "Accueil chaleureux à la boutique de Montpellier, on m'a aidé à transférer toutes mes photos sur le nouveau téléphone.", "Plus de places de parking devant la boutique"),
    ("R", "", "Bon réseau partout en Bretagne, même sur la côte.", "Plus de data pour le même prix"),
    ("R", "", "Remboursé en 4 jours après le retour de ma montre, impeccable.", "Rien de spécial"),
    ("R", "", "Parfait", ""),
    ("R", "", "Client depuis 2019, aucun problème.", "R.A.S."),
    ("R", "", "La conseillère a pris le temps d'expliquer chaque ligne de la facture à ma grand-mère, avec une patience incroyable. Elle l'a même rappelée le lendemain pour vérifier que tout était clair. Merci à elle.",
     "Plus de conseillers comme elle"),
    ("R", "", "Pas cher et ça marche.", ""),
    ("R", "", "Aucun reproche alors que c'était moi qui avais mal branché le câble, merci pour la gentillesse 😊", "Rien du tout"),
    ("R", "", "Débit au rendez-vous, prix raisonnable.", "L'upload"),
    ("R", "", "Je regrette de pas etre passé chez vous plus tot", ""),
    ("R", "", "Problème de facturation pendant mes vacances, réglé par le chat en 10 minutes depuis la plage.", ""),
    ("R", "", "Appli claire et pratique", "Un widget pour la conso"),
    ("R", "", "super", ""),
    ("R", "", "Nouvelle box = wifi dans toutes les pièces. Enfin !", ""),
    ("R", "", "Installation de la fibre nickel, le technicien a même rebouché le trou proprement.", "Rien, bravo"),
    ("R", "", "Service client au top", "Continuez comme ça"),
    ("R", "", "", "Ouvrir le service client le dimanche"),
    ("R", "", "Offre claire, aucune surprise sur la facture.", ""),
    ("R", "", "Aimable, rapide, efficace.", ""),
    ("R", "", "J'ai eu un conseiller tout de suite, un vendredi à 19h. Bravo.", ""),
    ("R", "", "J'ai parrainé deux amis, ils sont ravis aussi.", "Un parrainage plus généreux"),
    ("R", "", "Toujours fiable", ""),
    ("R", "", "Livraison plus rapide que prevu", ""),
    ("R", "", "Zéro coupure en un an.", ""),
    ("R", "", "Portabilité de mon numéro faite en une journée, sans coupure, comme annoncé.", ""),
    ("R", "", "Je règle tout depuis l'appli, plus besoin d'appeler.", "Le détail de la conso dans l'appli"),
    ("R", "", "Très bien", "Rien de plus"),
    ("R", "", "Après l'appel, le conseiller m'a envoyé un SMS récapitulatif de tout ce qui avait été fait. Très pro.", ""),
    ("R", "", "Bonne couverture même dans le Vercors.", "Continuer à étendre la 5G"),
    ("R", "", "le vendeur était vraiment sympa et pas du tout insistant", ""),
    ("R", "", "J'économise 15 € par mois par rapport à avant, pour un meilleur débit.", "Rien à changer"),
    ("R", "", "Service génial !!!", ""),
    ("R", "", "Contrat clair, sans engagement, sans piège.", "Une offre pour les étudiants"),
    ("R", "", "Chargeur défectueux échangé sur place en boutique.", ""),
    ("R", "", "Chez vous depuis l'epoque de l'ADSL, toujours satisfait", "Récompenser les clients fidèles"),
    ("R", "", "Ça marche, c'est tout ce que je demande.", ""),
    ("R", "", "", "Le débit montant"),
    ("R", "", "Le chat m'a mis en relation avec un technicien qui a réglé la box à distance. Top.", ""),
    ("R", "", "tres satisfait", ""),
    ("R", "", "Le livreur a appeler 30 minutes avant, tres pratique.", "Je ne vois pas"),
    ("R", "", "Passage de l'ADSL à la fibre sans aucune coupure.", ""),
    ("R", "", "Les 4 forfaits de la famille sur une seule facture, c'est pratique et pas cher.", "Partager la data entre les lignes"),
    ("R", "", "Personnel sympathique et compétent.", ""),
    ("R", "", "Merci à Nadia qui a débloqué ma ligne en pleine nuit alors que j'étais à l'étranger.", ""),
    ("R", "", "Rapide", ""),
    ("R", "", "Rien à redire.", "Rien"),
    ("R", "", "reponse a mon mail dans la journee, parfait", ""),
    ("R", "", "Panne signalée le matin, réparée le soir.", "Rien, c'était parfait"),
    (10, "", "10", ""),
    ("R", "", "Trois ans sans un seul appel au service client. C'est le meilleur compliment que je puisse faire.", ""),
    ("R", "", "Rien à signaler, tout fonctionne.", ""),
    ("R", "", "Sympathique et efficace", ""),
    ("R", "", "Le vendeur m'a conseillé un forfait moins cher que celui que je voulais prendre. Honnête !", "Former tous les vendeurs comme lui"),
    ("R", "", "Bien", "Rien à ajouter"),
    ("R", "", "La nouvelle appli est bien plus rapide, et je peux enfin voir mes factures sur 2 ans.", "Le paiement par carte dans l'appli"),
    ("R", "", "Pas de frais cachés, le prix annoncé est celui que je paie. Ça change !", ""),
    ("R", "", "Au top 👍", ""),
    ("R", "", "Je reçois bien les 500 Mb/s de mon offre, testé plusieurs fois.", "Des options plus rapides à petit prix"),
    ("R", "", "Le suivi par SMS pendant la livraison de la box était parfait, je savais exactement quand le livreur arrivait.", ""),
    ("R", "", "Client satisfait", ""),
    ("R", "", "Je remercie chaleureusement la personne qui m'a aidée ce matin à configurer mes mails sur ma tablette. Très courtoise et patiente.",
     "Rien du tout"),
    ("R", "", "Réseau impeccable, même dans le métro.", ""),
    ("R", "", "Échange du téléphone sous garantie en 48h.", "Un téléphone de prêt pendant la réparation"),
    ("R", "", "toujours aussi bien", "rien"),
    ("R", "", "", ""),
    ("R", "", "livraison super rapide, commandé le lundi recu le mardi", ""),
    ("R", "", "Serviable", "Une boutique plus près de chez moi"),
    ("R", "", "Mes enfants jouent en ligne, je regarde des séries, mon mari télétravaille : aucun ralentissement.", ""),
    ("R", "", "Conseiller très compétent et sympa", "Rien merci"),
    ("R", "", "Nickel.", ""),
    ("R", "", "Téléphone perdu à l'aéroport : ligne bloquée en 5 minutes et nouvelle SIM en boutique le jour même.", ""),
    ("R", "", "L'assistant virtuel est enfin utile, il a retrouvé ma facture tout seul.", "Continuer dans ce sens"),
    ("R", "", "RAS, tout roule", ""),
    ("R", "", "Le reconditionné est comme neuf, aucune rayures.", "Des emballages recyclables"),
    ("R", "", "Chez mon ancien opérateur je passais des heures au téléphone, ici jamais plus de 5 minutes.", ""),
    ("R", "", "Équipe de la boutique de Nantes au top.", ""),
    ("R", "", "Bon rapport qualité-prix", "Garder des prix stables"),
    ("R", "", "", "Baisser les prix pour les anciens clients"),
    ("R", "", "Le support m'a aidé à configurer le contrôle parental, pas à pas.", "Un tuto vidéo pour le contrôle parental"),
    ("R", "", "bien dans l'ensemble", "/"),
    ("R", "", "Personnel sympathique, service rapide.", ""),
    ("R", "", "Carte sim changé en boutique en 5 min sans rendez vous", ""),
    (9, "", "Si l'appli était aussi bien que le réseau, ce serait 10.", "L'appli"),
    ("R", "", "Sérieux et fiable", ""),
    ("R", "", "La 5G à Marseille, c'est le jour et la nuit par rapport à la 4G.", "La 5G en périphérie"),
    ("R", "", "Très efficace, merci !", ""),
    ("R", "", "Vous m'avez remboursé spontanément un trop-perçu, je ne l'avais même pas remarqué.", ""),
    ("R", "", "TOP", ""),
    ("R", "", "Box en panne pendant les vacances, échange express en point relais en 24h.", "Rien à améliorer"),
    ("R", "", "Merci à Julien, à la boutique de Lille, pour sa patience !", ""),
    ("R", "", "Pas de souci, tout fonctionne.", ""),
    ("R", "", "Conseiller aimable qui ne m'a pas pressée.", "Franchement rien"),
    ("R", "", "J'ai résilié l'option TV sans frais, en deux clics dans l'appli, comme c'était indiqué.", ""),
    ("R", "", "Excellent service, je recommande.", "Rien pour l'instant"),
    ("R", "", "Toujours joignables et efficaces.", "Des horaires plus larges le samedi"),
    ("R", "", "", "Rien de particulier"),
    ("R", "", "", "Une appli plus rapide"),
    ("R", "", "", "Garder les mêmes conseillers"),
    ("R", "", "", ""),
    ("R", "", "Je tenais à remercier la conseillère qui m'a aidée la semaine dernière. Mon mari venait d'être hospitalisé et je n'arrivais plus à accéder à nos comptes, tout était à son nom. Elle a été d'une grande douceur, a tout expliqué simplement, et m'a rappelée deux jours plus tard pour s'assurer que tout était en ordre. Dans un moment pareil, ça compte énormément.",
     "Rien. Merci encore."),
    ("R", "", "Vous avez pris en charge mes frais de résiliation chez mon ancien opérateur, remboursés en 3 semaines comme prévu.", ""),
]

# ---------------------------------------------------------------------------
# Other languages and mixed answers: (language, region, band, flaws, reason, improve)
# ---------------------------------------------------------------------------

OTHER = [
    ("es", "FR-Sud", "D", "IV", "El router se desconecta cada noche y nadie me llama. Llevo tres semanas esperando al técnico, me voy a cambiar de compañía.",
     "Que cumplan las citas"),
    ("de", "UK-South", "R", "", "Sehr freundlicher Service im Laden, alles war in zehn Minuten erledigt.", ""),
    ("pt", "FR-IDF", "P", "G", "Bom serviço, mas a fatura é muito difícil de entender e não encontrei explicação no site.",
     "Fatura mais clara"),
    ("en+fr", "FR-IDF", "D", "IG", "I live in Paris and called the English line: 40 min d'attente, then they transferred me to someone who only spoke French and couldn't help. Franchement pas top.",
     "More English-speaking advisors"),
    ("en+fr", "FR-Sud", "P", "", "Service ok mais the app is only half translated, moitié français moitié anglais, pas pratique.",
     "Finish the translation of the app"),
    ("fr+en", "UK-South", "R", "", "Très bon service, merci ! The advisor even switched to French for my mum, which was lovely.", ""),
]

# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------

REGIONS = {
    "en": (("UK-North", 45), ("UK-South", 55)),
    "fr": (("FR-Nord", 30), ("FR-Sud", 30), ("FR-IDF", 40)),
}
CHANNELS = (("phone", 30), ("chat", 20), ("web", 15), ("app", 15), ("store", 12), ("email", 8))
SCORES = {
    "D": ((0, 12), (1, 5), (2, 6), (3, 9), (4, 10), (5, 16), (6, 14)),
    "P": ((7, 45), (8, 55)),
    "R": ((9, 42), (10, 58)),
}
BAND_OF_SCORE = {**{s: "D" for s in range(7)}, 7: "P", 8: "P", 9: "R", 10: "R"}
MISSING_SCORE_SHARE = 0.03
# Words in an answer that suggest which channel the customer used.
CHANNEL_HINTS = (
    ("phone", re.compile(r"\b(on hold|called|calling|rang|ring|phoned|phone line|au téléphone|appel|appelé|"
                         r"attente|raccroch|serveur vocal|au bout du fil)", re.I)),
    ("chat", re.compile(r"\bchat", re.I)),
    ("app", re.compile(r"\b(app|appli|application)\b", re.I)),
    ("store", re.compile(r"\b(store|the shop|in the shop|boutique|vendeu?r|vendeuse)\b", re.I)),
    ("email", re.compile(r"\b(e-?mails?|mails?|courrier)\b", re.I)),
    ("web", re.compile(r"\b(website|site|online|en ligne|web form)\b", re.I)),
)
HINT_SHARE = 0.85
# Every non-empty answer text may appear at most this many times in the file.
MAX_REUSE = 2


def weighted(rng, pairs):
    """Pick one value from (value, weight) pairs."""
    values, weights = zip(*pairs)
    return rng.choices(values, weights=weights)[0]


def all_entries():
    """Every hand-written entry as a dict, in the order it appears above."""
    tables = (
        ("en", EN_DETRACTORS), ("en", EN_PASSIVES), ("en", EN_PROMOTERS),
        ("fr", FR_DETRACTORS), ("fr", FR_PASSIVES), ("fr", FR_PROMOTERS),
    )
    entries = []
    for language, table in tables:
        for band, flaws, reason, improve in table:
            entries.append(dict(language=language, region=None, band=band, flaws=flaws,
                                reason=reason, improve=improve))
    for language, region, band, flaws, reason, improve in OTHER:
        entries.append(dict(language=language, region=region, band=band, flaws=flaws,
                            reason=reason, improve=improve))
    return entries


def pick_channel(rng, entry):
    text = entry["reason"] + " " + entry["improve"]
    hinted = [name for name, pattern in CHANNEL_HINTS if pattern.search(text)]
    if hinted and rng.random() < HINT_SHARE:
        return rng.choice(hinted)
    return weighted(rng, CHANNELS)


def build_rows():
    """Assign ids, dates, scores, channels and regions with a fixed seed."""
    rng = random.Random(SEED)
    entries = all_entries()
    rng.shuffle(entries)
    span = (LAST_DAY - FIRST_DAY).days + 1
    for order, entry in enumerate(entries):
        entry["order"] = order
        entry["date"] = FIRST_DAY + datetime.timedelta(days=rng.randrange(span))
        band = entry["band"]
        entry["nps"] = band if isinstance(band, int) else weighted(rng, SCORES[band])
        entry["channel"] = pick_channel(rng, entry)
        if entry["region"] is None:
            entry["region"] = weighted(rng, REGIONS[entry["language"]])
    for index in rng.sample(range(len(entries)), round(MISSING_SCORE_SHARE * len(entries))):
        entries[index]["nps"] = None
    entries.sort(key=lambda e: (e["date"], e["order"]))
    for number, entry in enumerate(entries, start=1):
        entry["response_id"] = "R%04d" % number
    return entries


def render_csv(rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([
            row["response_id"],
            row["date"].isoformat(),
            "" if row["nps"] is None else str(row["nps"]),
            row["channel"],
            row["region"],
            row["reason"],
            row["improve"],
        ])
    return buffer.getvalue()


def percent(part, whole):
    return "%.1f %%" % (100.0 * part / whole)


def check(condition, message):
    """Stop with a message when a property of the written file does not hold."""
    if not condition:
        raise SystemExit("survey.csv check failed: %s" % message)


def normalised(text):
    """An answer reduced to lower-case words, to catch reuse that differs only in case or punctuation."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def check_and_report(rows):
    """Read survey.csv back, check it, and print the statistics used in README.md."""
    raw = OUTPUT.read_bytes()
    check(not raw.startswith(b"\xef\xbb\xbf"), "file starts with a BOM")
    check(b"\r" not in raw, "file contains a carriage return")
    with OUTPUT.open(encoding="utf-8", newline="") as handle:
        records = list(csv.reader(handle))
    header, body = records[0], records[1:]
    check(header == COLUMNS, "header is %r" % header)
    check(len(body) >= 480, "only %d rows" % len(body))
    check(all(len(record) == len(COLUMNS) for record in body), "a row has the wrong number of fields")
    parsed = [dict(zip(COLUMNS, record)) for record in body]
    check([p["response_id"] for p in parsed] == ["R%04d" % n for n in range(1, len(body) + 1)],
          "response ids are not R0001.. in order")
    for p in parsed:
        day = datetime.date.fromisoformat(p["submitted_at"])
        check(FIRST_DAY <= day <= LAST_DAY, "date %s out of range" % day)
        check(p["nps"] == "" or (p["nps"].isdigit() and 0 <= int(p["nps"]) <= 10), "bad score %r" % p["nps"])
        check(p["channel"] in dict(CHANNELS), "bad channel %r" % p["channel"])
        check(p["region"] in {r for pairs in REGIONS.values() for r, _ in pairs}, "bad region %r" % p["region"])
    check([p["submitted_at"] for p in parsed] == sorted(p["submitted_at"] for p in parsed),
          "rows are not in date order")
    uses = Counter(normalised(text) or text for p in parsed for text in (p["reason"], p["improve"]) if text)
    overused = sorted(text for text, n in uses.items() if n > MAX_REUSE)
    check(not overused, "answers used more than %d times: %r" % (MAX_REUSE, overused))
    for row, p in zip(rows, parsed):
        check((row["reason"], row["improve"]) == (p["reason"], p["improve"]), "%s did not round-trip" % p["response_id"])
        if p["nps"]:
            band = BAND_OF_SCORE[row["band"]] if isinstance(row["band"], int) else row["band"]
            check(BAND_OF_SCORE[int(p["nps"])] == band, "%s scored outside its band" % p["response_id"])

    n = len(parsed)
    print("rows: %d" % n)
    print("dates: %s .. %s" % (parsed[0]["submitted_at"], parsed[-1]["submitted_at"]))
    languages = Counter(row["language"] for row in rows)
    print("languages: " + ", ".join("%s %d (%s)" % (k, v, percent(v, n)) for k, v in languages.most_common()))
    for column in ("region", "channel"):
        counts = Counter(p[column] for p in parsed)
        print("%s: %s" % (column, ", ".join("%s %d" % kv for kv in sorted(counts.items()))))
    scores = Counter(p["nps"] for p in parsed)
    print("nps: " + ", ".join("%s=%d" % (s, scores[str(s)]) for s in range(11)) + ", empty=%d" % scores[""])
    scored = n - scores[""]
    for name, band in (("detractors 0-6", "D"), ("passives 7-8", "P"), ("promoters 9-10", "R")):
        k = sum(v for s, v in scores.items() if s and BAND_OF_SCORE[int(s)] == band)
        print("  %s: %d (%s of scored)" % (name, k, percent(k, scored)))
    promoters = sum(v for s, v in scores.items() if s and int(s) >= 9)
    detractors = sum(v for s, v in scores.items() if s and int(s) <= 6)
    print("  NPS: %+.1f" % (100.0 * (promoters - detractors) / scored))
    for column in ("reason", "improve"):
        empty = sum(1 for p in parsed if not p[column])
        print("empty %s: %d (%s)" % (column, empty, percent(empty, n)))
    both = sum(1 for p in parsed if not p["reason"] and not p["improve"])
    print("both answers empty: %d" % both)
    multiline = sum(1 for p in parsed for c in ("reason", "improve") if "\n" in p[c])
    print("answers with a line break: %d" % multiline)
    words = [len(p[c].split()) for p in parsed for c in ("reason", "improve") if p[c]]
    print("answer length in words: min %d, max %d" % (min(words), max(words)))
    flaws = Counter(letter for row in rows for letter in row["flaws"])
    print("intended flaw tags (rows): " + ", ".join(
        "%s %d" % (FLAW_NAMES[k], flaws[k]) for k in FLAW_NAMES))
    tagged = sum(1 for row in rows if row["flaws"])
    multi = sum(1 for row in rows if len(row["flaws"]) >= 2)
    print("rows with any flaw: %d, with two or more: %d, with none: %d" % (tagged, multi, n - tagged))


def main():
    rows = build_rows()
    with OUTPUT.open("w", encoding="utf-8", newline="") as handle:
        handle.write(render_csv(rows))
    check_and_report(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
